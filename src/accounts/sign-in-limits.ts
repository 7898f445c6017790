/**
 * How failed sign-ins slow down whoever makes them: per address (one machine trying many accounts)
 * and per account (many machines trying one account). Each key allows a few failures freely, then
 * makes the next attempt wait a delay that doubles with each failure, up to a ceiling. The delays
 * are a pure function of the failures counted (how many in the window, and when the last was), so
 * that every process over one store applies the same limit. Failures under an unknown email count
 * as under a known one: the limit says nothing about whether an account exists.
 */

/** The limit of one kind of key. */
export interface SignInLimit {
  /** Failures allowed without any delay. */
  readonly freeFailures: number;
  /** The delay after the first failure beyond the free ones, in seconds; each further failure doubles it. */
  readonly firstDelaySeconds: number;
  /** The longest delay, in seconds. */
  readonly maxDelaySeconds: number;
  /** How far back failures count, in seconds; older ones are forgotten. */
  readonly windowSeconds: number;
}

/**
 * Per account (`account:<email>`): 5 failures free (typing mistakes), then 2 s, 4 s, 8 s … up to
 * 15 minutes, over 24 hours. An attacker gets some 110 guesses a day at one account; its owner,
 * after a bad morning, waits minutes, not a day. A successful sign-in clears the account's count.
 */
export const ACCOUNT_SIGN_IN_LIMIT: SignInLimit = {
  freeFailures: 5,
  firstDelaySeconds: 2,
  maxDelaySeconds: 15 * 60,
  windowSeconds: 24 * 60 * 60,
};

/**
 * Per address (`ip:<address>`): 20 failures free (an office behind one address), then 2 s doubling
 * up to 15 minutes, over one hour. It stops one machine from trying one password on every account.
 * A successful sign-in does not clear it (a valid account would otherwise reset it between guesses).
 */
export const ADDRESS_SIGN_IN_LIMIT: SignInLimit = {
  freeFailures: 20,
  firstDelaySeconds: 2,
  maxDelaySeconds: 15 * 60,
  windowSeconds: 60 * 60,
};

/** The key under which the failures of an address are counted. */
export function addressLimitKey(ip: string): string {
  return `ip:${ip}`;
}

/** The key under which the failures of an account are counted (the email, normalised). */
export function accountLimitKey(email: string): string {
  return `account:${email}`;
}

/**
 * The wait after `failures` failures counted under one key, in seconds: 0 while fewer than the free
 * ones, then `firstDelaySeconds` once they are used up, doubling with each further failure, at most
 * `maxDelaySeconds`.
 */
export function signInDelaySeconds(failures: number, limit: SignInLimit): number {
  const beyond = failures - limit.freeFailures;
  if (beyond < 0) return 0;
  // 2^beyond overflows to Infinity long after it passed the ceiling; Math.min keeps it finite.
  return Math.min(limit.maxDelaySeconds, limit.firstDelaySeconds * 2 ** beyond);
}

/**
 * How many whole seconds the next attempt under a key must still wait at `now`, or 0 when it may be
 * made: the delay of {@link signInDelaySeconds} counted from the last failure.
 */
export function retryAfterSeconds(
  failures: { readonly count: number; readonly lastAt: string | null },
  now: Date,
  limit: SignInLimit,
): number {
  if (failures.lastAt === null) return 0;
  const delay = signInDelaySeconds(failures.count, limit);
  const elapsed = (now.getTime() - Date.parse(failures.lastAt)) / 1000;
  return Math.max(0, Math.ceil(delay - elapsed));
}

/** The start of the window of `limit` at `now`, ISO 8601 UTC: failures from then on count. */
export function signInWindowStart(now: Date, limit: SignInLimit): string {
  return new Date(now.getTime() - limit.windowSeconds * 1000).toISOString();
}
