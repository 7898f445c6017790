import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  API_TOKEN_PREFIX,
  GENERATED_PASSWORD_BYTES,
  ID_BYTES,
  TOKEN_BYTES,
  encodeBase64Url,
  formatApiToken,
  formatGeneratedPassword,
  formatId,
  formatSessionToken,
  isApiTokenFormat,
  isSessionTokenFormat,
} from './secret-formats.js';

describe('secret formats', () => {
  it('write bytes in base64url as Node does', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 31, 32, 33]) {
      const bytes = randomBytes(length);
      expect(encodeBase64Url(bytes)).toBe(bytes.toString('base64url'));
    }
  });

  it('make tokens of at least 128 random bits, recognisable and URL-safe', () => {
    expect(TOKEN_BYTES * 8).toBeGreaterThanOrEqual(128);
    const session = formatSessionToken(randomBytes(TOKEN_BYTES));
    const api = formatApiToken(randomBytes(TOKEN_BYTES));
    expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(api.startsWith(API_TOKEN_PREFIX)).toBe(true);
    expect(isSessionTokenFormat(session)).toBe(true);
    expect(isApiTokenFormat(api)).toBe(true);
    expect(isApiTokenFormat(session)).toBe(false);
    expect(isSessionTokenFormat(api)).toBe(false);
    expect(isSessionTokenFormat(`${session}=`)).toBe(false);
  });

  it('refuse too few random bytes', () => {
    expect(() => formatSessionToken(randomBytes(16))).toThrow(/32 random bytes \(got 16\)/);
  });

  it('generate passwords of 24 characters', () => {
    expect(formatGeneratedPassword(randomBytes(GENERATED_PASSWORD_BYTES))).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('make ids that never start with "-" or "_", so that the command line never reads one as an option', () => {
    // Every value of the first six bits: 62 and 63 are "-" and "_" in base64url.
    for (let top = 0; top < 64; top++) {
      const bytes = randomBytes(ID_BYTES);
      bytes[0] = (top << 2) | ((bytes[0] ?? 0) & 3);
      const id = formatId(bytes);
      expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{15}$/);
      expect(id.slice(1)).toBe(encodeBase64Url(bytes).slice(1));
    }
    expect(() => formatId(randomBytes(ID_BYTES - 1))).toThrow(RangeError);
  });
});
