/**
 * The settings of time-based one-time codes (TOTP, RFC 6238) as authenticator apps expect them:
 * SHA-1, 6 digits, a new code every 30 seconds. A code is accepted one step early or late (±30 s of
 * clock drift), and only once: a code seen before (or an earlier one) is refused while it would
 * still be accepted (RFC 6238 §5.2).
 */
export const TOTP_SETTINGS = {
  /** The issuer shown by the authenticator app. */
  issuer: 'somkb',
  algorithm: 'SHA1',
  digits: 6,
  /** Seconds each code lasts. */
  periodSeconds: 30,
  /** Steps accepted before and after the current one. */
  window: 1,
  /** Random bytes of a new secret: 20 (160 bits, RFC 4226 §4). */
  secretBytes: 20,
} as const;

/** The time step (RFC 6238's T) of `now`: whole periods since 1970. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_SETTINGS.periodSeconds);
}

const CODE = new RegExp(`^\\d{${TOTP_SETTINGS.digits}}$`);

/** A code as typed (spaces and dashes allowed: `123 456`), or `undefined` when it is not 6 digits. */
export function normalizeTotpCode(text: string): string | undefined {
  const code = text.normalize('NFKC').replace(/[\s-]/g, '');
  return CODE.test(code) ? code : undefined;
}

/** A base32 secret (RFC 4648, uppercase, no padding) of at least 16 bytes. */
const SECRET = /^[A-Z2-7]{26,}$/;

/** True if `secret` can be a TOTP secret of somkb: base32 of at least 128 bits. */
export function isTotpSecretFormat(secret: string): boolean {
  return SECRET.test(secret);
}
