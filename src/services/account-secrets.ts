import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { toString as qrCodeString } from 'qrcode';
import {
  GENERATED_PASSWORD_BYTES,
  ID_BYTES,
  TOKEN_BYTES,
  TOTP_SETTINGS,
  formatApiToken,
  formatGeneratedPassword,
  formatId,
  formatSessionToken,
  totpStep,
} from '../accounts/index.js';

/**
 * The random secrets of accounts, from Node's cryptographically secure generator, in the formats of
 * the `accounts` module; and one-time codes through `otpauth` (RFC 6238) with their QR code (`qrcode`).
 */

/** A new session token or form token: 32 random bytes, base64url. */
export function newSessionToken(): string {
  return formatSessionToken(randomBytes(TOKEN_BYTES));
}

/** A new API token: `somkb_` and 32 random bytes, base64url. */
export function newApiToken(): string {
  return formatApiToken(randomBytes(TOKEN_BYTES));
}

/** A new generated password: 18 random bytes, 24 base64url characters. */
export function newGeneratedPassword(): string {
  return formatGeneratedPassword(randomBytes(GENERATED_PASSWORD_BYTES));
}

/** A new opaque id (a user's, a token's): 12 random bytes, 16 characters that never start with `-`. */
export function newId(): string {
  return formatId(randomBytes(ID_BYTES));
}

/** The one-time code generator of a secret, with somkb's settings. */
function totpOf(secret: string, email: string): TOTP {
  return new TOTP({
    issuer: TOTP_SETTINGS.issuer,
    label: email,
    secret: Secret.fromBase32(secret),
    algorithm: TOTP_SETTINGS.algorithm,
    digits: TOTP_SETTINGS.digits,
    period: TOTP_SETTINGS.periodSeconds,
  });
}

/** A new one-time-code secret for `email`: base32, its `otpauth://` URI, and the URI as an SVG QR code. */
export async function newTotpSetup(
  email: string,
): Promise<{ readonly secret: string; readonly uri: string; readonly qrSvg: string }> {
  const secret = new Secret({ size: TOTP_SETTINGS.secretBytes }).base32;
  const uri = totpOf(secret, email).toString();
  const qrSvg = await qrCodeString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrSvg };
}

/**
 * The time step of `code` for `secret` at `now`, within ±{@link TOTP_SETTINGS.window} steps, or
 * `undefined` when it is no code of that secret then.
 */
export function matchTotpStep(secret: string, code: string, now: Date): number | undefined {
  const delta = totpOf(secret, '').validate({
    token: code,
    timestamp: now.getTime(),
    window: TOTP_SETTINGS.window,
  });
  return delta === null ? undefined : totpStep(now) + delta;
}

/** The code of `secret` at `now` (tests and the set-up page's example). */
export function totpCodeAt(secret: string, now: Date): string {
  return totpOf(secret, '').generate({ timestamp: now.getTime() });
}
