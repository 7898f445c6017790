/**
 * When a signed-in session ends: after a time without requests (idle), and at a fixed time after
 * sign-in whatever its use (absolute), whichever comes first (OWASP Session Management Cheat Sheet).
 */
export interface SessionTimeouts {
  /** Seconds without a request after which the session ends. */
  readonly idleSeconds: number;
  /** Seconds after sign-in at which the session ends, however busy. */
  readonly absoluteSeconds: number;
}

/**
 * 30 minutes idle: a browser left open in a meeting room is signed out before the next meeting;
 * 12 hours absolute: one working day, so a stolen cookie is worth a day at most and everyone signs
 * in (with their one-time code) each morning.
 */
export const DEFAULT_SESSION_TIMEOUTS: SessionTimeouts = {
  idleSeconds: 30 * 60,
  absoluteSeconds: 12 * 60 * 60,
};

/**
 * How often a session's last request is written, in seconds: 60. Writing it on every request would
 * make each page view a write; the idle timeout is then exact to a minute.
 */
export const SESSION_TOUCH_SECONDS = 60;

/** What a session is at a time: in use, idle too long, or past its absolute end. */
export type SessionState = 'live' | 'idle' | 'expired';

/** The absolute end of a session signed in at `createdAt`, ISO 8601 UTC. */
export function sessionExpiresAt(createdAt: Date, timeouts: SessionTimeouts): string {
  return new Date(createdAt.getTime() + timeouts.absoluteSeconds * 1000).toISOString();
}

/**
 * The state of a session at `now`: `expired` at or after its absolute end (the one it was given, or
 * the one `timeouts` give now, whichever is earlier: shortening the timeout applies to sessions
 * already open), `idle` when its last request is `idleSeconds` or more ago, else `live`.
 */
export function sessionState(
  session: { readonly createdAt: string; readonly lastSeenAt: string; readonly expiresAt: string },
  now: Date,
  timeouts: SessionTimeouts,
): SessionState {
  const at = now.getTime();
  const end = Math.min(
    Date.parse(session.expiresAt),
    Date.parse(session.createdAt) + timeouts.absoluteSeconds * 1000,
  );
  if (at >= end) return 'expired';
  if (at - Date.parse(session.lastSeenAt) >= timeouts.idleSeconds * 1000) return 'idle';
  return 'live';
}

/** True when a live session's last request should be written at `now` (see {@link SESSION_TOUCH_SECONDS}). */
export function sessionNeedsTouch(lastSeenAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(lastSeenAt) >= SESSION_TOUCH_SECONDS * 1000;
}
