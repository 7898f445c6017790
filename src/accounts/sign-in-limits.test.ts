import { describe, expect, it } from 'vitest';
import type { SignInLimit } from './sign-in-limits.js';
import {
  ACCOUNT_SIGN_IN_LIMIT,
  ADDRESS_SIGN_IN_LIMIT,
  retryAfterSeconds,
  signInDelaySeconds,
  signInWindowStart,
} from './sign-in-limits.js';

const limit: SignInLimit = {
  freeFailures: 3,
  firstDelaySeconds: 2,
  maxDelaySeconds: 60,
  windowSeconds: 3600,
};

describe('sign-in limits', () => {
  it('lets the free failures pass, then doubles the delay up to the ceiling', () => {
    expect(
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 5000].map((count) => signInDelaySeconds(count, limit)),
    ).toEqual([0, 0, 0, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
  });

  it('counts the delay from the last failure, in whole seconds still to wait', () => {
    const lastAt = '2026-12-01T10:00:00.000Z';
    const at = (seconds: number) => new Date(Date.parse(lastAt) + seconds * 1000);
    expect(retryAfterSeconds({ count: 5, lastAt }, at(0), limit)).toBe(8);
    expect(retryAfterSeconds({ count: 5, lastAt }, at(2.5), limit)).toBe(6);
    expect(retryAfterSeconds({ count: 5, lastAt }, at(8), limit)).toBe(0);
    expect(retryAfterSeconds({ count: 2, lastAt }, at(0), limit)).toBe(0);
    expect(retryAfterSeconds({ count: 0, lastAt: null }, at(0), limit)).toBe(0);
  });

  it('grows with every failure under brute force', () => {
    const lastAt = '2026-12-01T10:00:00.000Z';
    const waits = Array.from({ length: 12 }, (_, count) =>
      retryAfterSeconds({ count, lastAt }, new Date(lastAt), ACCOUNT_SIGN_IN_LIMIT),
    );
    for (let index = 1; index < waits.length; index++)
      expect(waits[index]).toBeGreaterThanOrEqual(waits[index - 1] ?? 0);
    expect(waits[ACCOUNT_SIGN_IN_LIMIT.freeFailures - 1]).toBe(0);
    expect(waits[ACCOUNT_SIGN_IN_LIMIT.freeFailures]).toBe(ACCOUNT_SIGN_IN_LIMIT.firstDelaySeconds);
    expect(signInDelaySeconds(1000, ADDRESS_SIGN_IN_LIMIT)).toBe(ADDRESS_SIGN_IN_LIMIT.maxDelaySeconds);
  });

  it('counts failures from the start of the window', () => {
    expect(signInWindowStart(new Date('2026-12-01T10:00:00.000Z'), limit)).toBe('2026-12-01T09:00:00.000Z');
  });
});
