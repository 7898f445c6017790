/**
 * The parts that make a compound up end to end, in order and without overlap: at each place, the
 * first of the `parts` that start there in the order `before` gives (default: the longest first);
 * undefined when some place starts none of them. 保障人权 with 保障, 人权 and 人 is 保障 + 人权; 无人机
 * with 无人 alone is undefined (机 starts no part), so that a word that only holds another stays whole.
 * Both the query planner (a compound the index does not hold) and the concept expander (a compound
 * with a label inside it) read compounds so.
 */
export function coverCompound(
  token: string,
  parts: readonly string[],
  before: (a: string, b: string) => number = (a, b) => b.length - a.length,
): string[] | undefined {
  const cover: string[] = [];
  for (let at = 0; at < token.length;) {
    const here = parts.filter((part) => token.startsWith(part, at)).sort(before)[0];
    if (here === undefined) return undefined;
    cover.push(here);
    at += here.length;
  }
  return cover;
}
