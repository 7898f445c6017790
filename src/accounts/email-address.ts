/** The longest email address accepted: 254 characters (RFC 5321's limit on a path, less the brackets). */
export const MAX_EMAIL_LENGTH = 254;

/** An address: something, `@`, a domain with a dot; no spaces, no second `@`. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;

/**
 * An email as somkb keeps it: NFKC, trimmed, lowercase. Users sign in with it as they typed it,
 * whatever its case.
 */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/** What is wrong with a normalised email, as a sentence, or `undefined` when it may be used. */
export function emailProblem(email: string): string | undefined {
  if (email === '') return 'an email address is needed';
  if (email.length > MAX_EMAIL_LENGTH)
    return `an email address has at most ${MAX_EMAIL_LENGTH} characters (this one has ${email.length})`;
  if (!EMAIL.test(email)) return 'not an email address (name@example.org)';
  if (email.startsWith('cli:')) return "an email address may not begin with 'cli:' (the command line's name)";
  return undefined;
}
