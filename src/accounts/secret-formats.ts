/**
 * The formats of the secrets somkb hands out: session tokens (the cookie), form tokens, API tokens
 * and generated passwords. Each is random bytes written in base64url (RFC 4648 §5: `A–Z a–z 0–9 - _`,
 * no padding), safe in a cookie, a header and a URL. The bytes come from the caller (a
 * cryptographically secure source, `crypto.randomBytes`), so that these rules stay pure.
 */

/**
 * Random bytes in a session, form or API token: 32 (256 bits; OWASP asks for at least 64 bits of
 * entropy in a session id, the issue for 128). Written as 43 base64url characters.
 */
export const TOKEN_BYTES = 32;

/** The first characters of every API token, so that one is recognised in a leak, a log or a secret scanner. */
export const API_TOKEN_PREFIX = 'somkb_';

/** Random bytes in a generated password: 18 (144 bits), written as 24 base64url characters. */
export const GENERATED_PASSWORD_BYTES = 18;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `bytes` in base64url without padding. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] ?? 0;
    const b = bytes[index + 1] ?? 0;
    const c = bytes[index + 2] ?? 0;
    const left = bytes.length - index;
    text += ALPHABET.charAt(a >> 2);
    text += ALPHABET.charAt(((a & 3) << 4) | (b >> 4));
    if (left > 1) text += ALPHABET.charAt(((b & 15) << 2) | (c >> 6));
    if (left > 2) text += ALPHABET.charAt(c & 63);
  }
  return text;
}

/** Random bytes in an opaque id (a user's, an API token's): 12 (96 bits), written as 16 characters. */
export const ID_BYTES = 12;

/**
 * An opaque id from {@link ID_BYTES} random bytes: base64url, but its first character a letter or a
 * digit (the first six bits modulo 62), so that an id given on the command line (`somkb tokens revoke
 * <id>`) is never read as an option, as `-VsGh…` was. The bias costs less than a tenth of a bit.
 */
export function formatId(random: Uint8Array): string {
  checkBytes(random, ID_BYTES);
  const text = encodeBase64Url(random);
  return ALPHABET.charAt(((random[0] ?? 0) >> 2) % 62) + text.slice(1);
}

/** The length of {@link TOKEN_BYTES} bytes in base64url. */
const TOKEN_CHARACTERS = Math.ceil((TOKEN_BYTES * 4) / 3);

const SESSION_TOKEN = new RegExp(`^[A-Za-z0-9_-]{${TOKEN_CHARACTERS}}$`);
const API_TOKEN = new RegExp(`^${API_TOKEN_PREFIX}[A-Za-z0-9_-]{${TOKEN_CHARACTERS}}$`);

/** Refuses fewer random bytes than a token needs. */
function checkBytes(random: Uint8Array, needed: number): void {
  if (random.length !== needed)
    throw new RangeError(`a token or id is made of ${needed} random bytes (got ${random.length})`);
}

/** A session token (also a form token) from {@link TOKEN_BYTES} random bytes. */
export function formatSessionToken(random: Uint8Array): string {
  checkBytes(random, TOKEN_BYTES);
  return encodeBase64Url(random);
}

/** An API token from {@link TOKEN_BYTES} random bytes: `somkb_` and 43 base64url characters. */
export function formatApiToken(random: Uint8Array): string {
  checkBytes(random, TOKEN_BYTES);
  return `${API_TOKEN_PREFIX}${encodeBase64Url(random)}`;
}

/** A generated password from {@link GENERATED_PASSWORD_BYTES} random bytes: 24 base64url characters. */
export function formatGeneratedPassword(random: Uint8Array): string {
  checkBytes(random, GENERATED_PASSWORD_BYTES);
  return encodeBase64Url(random);
}

/** True if `text` has the form of a session token (a cookie that cannot be one is not looked up). */
export function isSessionTokenFormat(text: string): boolean {
  return SESSION_TOKEN.test(text);
}

/** True if `text` has the form of an API token. */
export function isApiTokenFormat(text: string): boolean {
  return API_TOKEN.test(text);
}
