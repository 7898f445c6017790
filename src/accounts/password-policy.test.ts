import { describe, expect, it } from 'vitest';
import {
  MIN_PASSWORD_LENGTH,
  loadCommonPasswords,
  normalizePassword,
  passwordProblem,
} from './password-policy.js';

const common = await loadCommonPasswords();

describe('the password policy', () => {
  it('loads the public list of common passwords, lowercase', () => {
    expect(common.size).toBeGreaterThan(40_000);
    expect(common.has('password')).toBe(true);
    expect(common.has('qwertyuiop')).toBe(true);
    expect([...common].every((entry) => entry === entry.toLowerCase())).toBe(true);
  });

  it('accepts a long password that is on no list', () => {
    expect(passwordProblem('grey heron over the Rhône 7', common)).toBeUndefined();
    expect(passwordProblem('Kx9-vT2q!mWz', common)).toBeUndefined();
  });

  it('refuses fewer than 12 characters, counting characters, not bytes or UTF-16 units', () => {
    expect(passwordProblem('Kx9-vT2q!mW', common)).toBe(
      `a password needs at least ${MIN_PASSWORD_LENGTH} characters (this one has 11)`,
    );
    // 11 characters of which some take two UTF-16 units each.
    expect(passwordProblem('𝒜𝒷𝒸𝒹𝑒𝒻𝑔𝒽𝒾𝒿𝓀', common)).toMatch(/has 11\)/);
  });

  it('refuses a common password of 12 characters or more, whatever its case', () => {
    expect(passwordProblem('1qaz2wsx3edc', common)).toBe(
      'this password is among the most common passwords; choose another',
    );
    expect(passwordProblem('LeaveMeAlone', common)).toMatch(/most common/);
  });

  it('refuses a common password with only digits or symbols added', () => {
    expect(passwordProblem('password1234!', common)).toBe(
      'this password is a common password with digits or symbols added; choose another',
    );
    expect(passwordProblem('2024-Dragon-2024', common)).toMatch(/digits or symbols added/);
  });

  it('refuses a password of too few different characters', () => {
    expect(passwordProblem('abababababab', common)).toMatch(/at least 4 different characters/);
  });

  it('compares the NFKC form: full-width letters are the common password they spell', () => {
    expect(normalizePassword('ｐａｓｓｗｏｒｄ１２３４')).toBe('password1234');
    expect(passwordProblem('ＬｅａｖｅＭｅＡｌｏｎｅ', common)).toMatch(/most common/);
  });

  it('refuses more than 1000 characters', () => {
    expect(passwordProblem('ab3$'.repeat(251), common)).toMatch(
      /at most 1000 characters \(this one has 1004\)/,
    );
  });
});
