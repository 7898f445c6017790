import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SESSION_TIMEOUTS,
  sessionExpiresAt,
  sessionNeedsTouch,
  sessionState,
} from './session-timeouts.js';

const signedIn = new Date('2026-12-01T08:00:00.000Z');
const minutes = (count: number) => new Date(signedIn.getTime() + count * 60_000);
const session = (lastSeen: Date) => ({
  createdAt: signedIn.toISOString(),
  lastSeenAt: lastSeen.toISOString(),
  expiresAt: sessionExpiresAt(signedIn, DEFAULT_SESSION_TIMEOUTS),
});

describe('session timeouts', () => {
  it('end a session idle for 30 minutes', () => {
    expect(sessionState(session(minutes(0)), minutes(29), DEFAULT_SESSION_TIMEOUTS)).toBe('live');
    expect(sessionState(session(minutes(0)), minutes(30), DEFAULT_SESSION_TIMEOUTS)).toBe('idle');
  });

  it('end a busy session 12 hours after sign-in', () => {
    expect(sessionExpiresAt(signedIn, DEFAULT_SESSION_TIMEOUTS)).toBe('2026-12-01T20:00:00.000Z');
    expect(sessionState(session(minutes(719)), minutes(719.9), DEFAULT_SESSION_TIMEOUTS)).toBe('live');
    expect(sessionState(session(minutes(719)), minutes(720), DEFAULT_SESSION_TIMEOUTS)).toBe('expired');
  });

  it('apply a shorter absolute timeout to sessions already open', () => {
    const shorter = { idleSeconds: 3600, absoluteSeconds: 3600 };
    expect(sessionState(session(minutes(59)), minutes(61), shorter)).toBe('expired');
  });

  it('write the last request at most once a minute', () => {
    expect(sessionNeedsTouch(signedIn.toISOString(), minutes(0.5))).toBe(false);
    expect(sessionNeedsTouch(signedIn.toISOString(), minutes(1))).toBe(true);
  });
});
