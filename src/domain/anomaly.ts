/** How serious an anomaly is: errors stop a publish, warnings are listed. */
export type AnomalySeverity = 'error' | 'warning';

/**
 * Something irregular found while reading or validating a text, with the line it was found on
 * (1-based, in the file as given; 0 when it concerns the whole file).
 */
export interface Anomaly {
  readonly severity: AnomalySeverity;
  /** A stable, machine-readable name for the kind of anomaly (`paragraph-number-jump` …). */
  readonly code: string;
  readonly line: number;
  readonly message: string;
}

/** Orders anomalies by line, errors before warnings on the same line. */
export function sortAnomalies(anomalies: readonly Anomaly[]): Anomaly[] {
  return [...anomalies].sort(
    (a, b) => a.line - b.line || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

/** True if any anomaly is an error. */
export function hasErrors(anomalies: readonly Anomaly[]): boolean {
  return anomalies.some((anomaly) => anomaly.severity === 'error');
}
