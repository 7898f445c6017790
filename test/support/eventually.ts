/**
 * Waits until `check` holds, polling every `everyMs` (default 20 ms), for at most `limitMs`
 * (default 30,000 ms): a generous limit for what happens in other processes or servers, not a
 * timing. A check that rejects counts as not holding yet (a server may be restarting); when the
 * time is up, the last rejection is the error's cause.
 */
export async function eventually(
  check: () => Promise<boolean> | boolean,
  limitMs = 30_000,
  everyMs = 20,
): Promise<void> {
  const until = Date.now() + limitMs;
  let failure: unknown;
  const holds = async (): Promise<boolean> => {
    try {
      return await check();
    } catch (error) {
      failure = error;
      return false;
    }
  };
  while (!(await holds())) {
    if (Date.now() > until) throw new Error(`still not true after ${limitMs} ms`, { cause: failure });
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
