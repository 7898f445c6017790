import { describe, expect, it } from 'vitest';
import { emailProblem, normalizeEmail } from './email-address.js';
import { isTotpSecretFormat, normalizeTotpCode, totpStep } from './one-time-codes.js';

describe('email addresses', () => {
  it('are kept trimmed, lowercase and NFKC', () => {
    expect(normalizeEmail('  Ana.Lima@UNODC.org ')).toBe('ana.lima@unodc.org');
    expect(normalizeEmail('ａｎａ@unodc.org')).toBe('ana@unodc.org');
  });

  it('are refused with the reason', () => {
    expect(emailProblem('ana@unodc.org')).toBeUndefined();
    expect(emailProblem('')).toBe('an email address is needed');
    expect(emailProblem('ana')).toMatch(/not an email address/);
    expect(emailProblem('ana@unodc')).toMatch(/not an email address/);
    expect(emailProblem('a b@unodc.org')).toMatch(/not an email address/);
    expect(emailProblem(`${'a'.repeat(250)}@x.org`)).toMatch(/at most 254/);
    expect(emailProblem('cli:root@x.org')).toMatch(/cli:/);
  });
});

describe('one-time codes', () => {
  it('count steps of 30 seconds', () => {
    expect(totpStep(new Date(59_999))).toBe(1);
    expect(totpStep(new Date(60_000))).toBe(2);
  });

  it('read a code as typed, with spaces or a dash', () => {
    expect(normalizeTotpCode('123 456')).toBe('123456');
    expect(normalizeTotpCode('123-456')).toBe('123456');
    expect(normalizeTotpCode('12345')).toBeUndefined();
    expect(normalizeTotpCode('12345a')).toBeUndefined();
  });

  it('take base32 secrets of at least 128 bits', () => {
    expect(isTotpSecretFormat('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe(true);
    expect(isTotpSecretFormat('JBSWY3DPEHPK3PXP')).toBe(false);
    expect(isTotpSecretFormat('jbswy3dpehpk3pxpjbswy3dpehpk3pxp')).toBe(false);
  });
});
