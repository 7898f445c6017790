/**
 * The rules a password must follow (issue 15): at least {@link MIN_PASSWORD_LENGTH} characters and
 * not among the most common passwords, after Unicode normalisation (NFKC), so that the same password
 * typed on another keyboard or composed differently is the same password. No rules of composition
 * (NIST SP 800-63B §5.1.1.2: length and a list of known passwords, not "one digit, one capital").
 */

/** The fewest characters (Unicode code points after NFKC) a password may have: 12. */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * The most characters a password may have: 1,000. Far more than any passphrase; it bounds the work of
 * normalising and hashing what a client sends (argon2id reads any length, but nothing needs more).
 */
export const MAX_PASSWORD_LENGTH = 1000;

/** The fewest different characters a password may be made of: 4 (`aaaaaaaaaaaa`, `abababababab` are refused). */
export const MIN_DISTINCT_CHARACTERS = 4;

/**
 * The password as somkb hashes and compares it: NFKC, so that a full-width `Ａ`, a ligature `ﬁ` or a
 * decomposed `é` is the character most keyboards type. Hashing and verifying both use it.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/**
 * The most common passwords, lowercase and NFKC: the 49,233 of the zxcvbn-ts common dictionary
 * (`@zxcvbn-ts/language-common`, MIT license; the passwords most often found in public breaches,
 * most frequent first). Loaded on first use (about 35 ms) and kept, so that a process that never
 * checks a password never loads it.
 */
export function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  commonPasswords ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) =>
      new Set(dictionary['passwords-common'].map((entry) => entry.normalize('NFKC').toLowerCase())),
  );
  return commonPasswords;
}

let commonPasswords: Promise<ReadonlySet<string>> | undefined;

/** What is not a letter: digits, punctuation, symbols, spaces. */
const NOT_LETTERS = /^[^\p{L}]+|[^\p{L}]+$/gu;

/**
 * What is wrong with `password` under the rules, as a sentence for the person choosing it (never
 * repeating the password), or `undefined` when it may be used. `common` is the list of
 * {@link loadCommonPasswords}: a password on it is refused, and so is one of them with only digits
 * or symbols before or after it (`password1234!`, `2024qwerty`), the usual way of "strengthening" one.
 */
export function passwordProblem(password: string, common: ReadonlySet<string>): string | undefined {
  const normalized = normalizePassword(password);
  // Code points: what a person counts as characters in a password (emoji sequences aside).
  const characters = Array.from(normalized);
  if (characters.length < MIN_PASSWORD_LENGTH)
    return `a password needs at least ${MIN_PASSWORD_LENGTH} characters (this one has ${characters.length})`;
  if (characters.length > MAX_PASSWORD_LENGTH)
    return `a password may have at most ${MAX_PASSWORD_LENGTH} characters (this one has ${characters.length})`;
  const lower = normalized.toLowerCase();
  if (new Set(lower).size < MIN_DISTINCT_CHARACTERS)
    return `a password needs at least ${MIN_DISTINCT_CHARACTERS} different characters; this one repeats too few`;
  if (common.has(lower)) return 'this password is among the most common passwords; choose another';
  const core = lower.replace(NOT_LETTERS, '');
  if (core !== '' && core !== lower && common.has(core))
    return 'this password is a common password with digits or symbols added; choose another';
  return undefined;
}
