import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  API_TOKEN_PREFIX,
  GENERATED_PASSWORD_BYTES,
  TOKEN_BYTES,
  encodeBase64Url,
  formatApiToken,
  formatGeneratedPassword,
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
});
