/** The JSON the CLI prints on stdout: two-space indented, with a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Prints `value` as JSON when `json` is set, else the terminal text `text()` makes. */
export function printJsonOrText(
  stdout: (text: string) => void,
  json: boolean,
  value: unknown,
  text: () => string,
): void {
  stdout(json ? jsonText(value) : text());
}
