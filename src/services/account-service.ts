import type { Actor, Caller, Role } from '../accounts/index.js';

/** A user as the front ends show them: never a hash or a secret. */
export interface UserView {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly disabled: boolean;
  /** Whether one-time codes are set up (required for admins). */
  readonly totp: boolean;
  readonly createdAt: string;
}

/** An API token as listed: never the token. */
export interface TokenView {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** A session just issued: the token goes into the cookie, the form token into every form. */
export interface IssuedSession {
  /** The random session token (at least 128 bits, URL-safe); only its hash is stored. */
  readonly token: string;
  readonly formToken: string;
  /** The absolute end of the session, ISO 8601 UTC. */
  readonly expiresAt: string;
}

/** What a sign-in gave. */
export type SignInOutcome =
  /** Signed in: a new session (any session the browser held before is not reused). */
  | { readonly status: 'signed-in'; readonly session: IssuedSession; readonly user: UserView }
  /** The password was right and the user has one-time codes: ask for the code and sign in again with it. */
  | { readonly status: 'totp-required' };

/** A request's session, resolved from its cookie. */
export interface ResumedSession {
  /** The signed-in user, as a caller's actor (`credential: 'session'`). */
  readonly actor: Actor;
  readonly user: UserView;
  /** SHA-256 of the token: names the session in the store and in sign-out, never shown. */
  readonly sessionId: string;
  /** The token the state-changing forms of this session must carry. */
  readonly formToken: string;
  /**
   * True for an admin without one-time codes yet: the session may only set them up until they do
   * (admins must use them).
   */
  readonly totpSetupRequired: boolean;
}

/** One-time codes being set up: the secret to scan, until confirmed with a code. */
export interface TotpSetup {
  /** base32. */
  readonly secret: string;
  /** The `otpauth://totp/…` URI (issuer somkb). */
  readonly uri: string;
  /** The URI as a QR code, an SVG document. */
  readonly qrSvg: string;
}

/**
 * The use cases of accounts: users and roles, sign-in and sessions, one-time codes, API tokens.
 * Every write and security event is appended to the audit log with its caller.
 *
 * Errors: `UNAUTHENTICATED` for any failed sign-in or unknown credential (never saying whether the
 * account exists), `RATE_LIMITED` with `details.retryAfterSeconds`, `FORBIDDEN` for a caller whose
 * role may not, `VALIDATION_FAILED` with `details.fields` for a weak password or a bad email,
 * `CONFLICT` for an email already taken, `NOT_FOUND` for an unknown user or token.
 */
export interface AccountService {
  /** Adds a user (admin, or the CLI); without a password one is generated and returned once. */
  addUser(
    caller: Caller,
    request: { readonly email: string; readonly role: Role; readonly password?: string },
  ): Promise<{ readonly user: UserView; readonly generatedPassword?: string }>;
  listUsers(caller: Caller): Promise<readonly UserView[]>;
  changeRole(caller: Caller, email: string, role: Role): Promise<UserView>;
  /** Disables a user: ends their sessions and revokes their tokens. */
  disableUser(caller: Caller, email: string): Promise<UserView>;
  enableUser(caller: Caller, email: string): Promise<UserView>;
  /** The caller changes their own password; their other sessions end. */
  changePassword(caller: Caller, request: { readonly current: string; readonly next: string }): Promise<void>;

  /** Signs in with email, password and (when set up) a one-time code; rate-limited per address and account. */
  signIn(request: {
    readonly email: string;
    readonly password: string;
    readonly totp?: string;
    readonly ip: string;
  }): Promise<SignInOutcome>;
  /** The session of a cookie's token, or `undefined` when unknown, expired (idle or absolute) or of a disabled user. */
  resumeSession(token: string): Promise<ResumedSession | undefined>;
  /** Ends the caller's session. */
  signOut(caller: Caller, sessionId: string): Promise<void>;

  /** Starts setting up one-time codes for the caller. */
  startTotp(caller: Caller): Promise<TotpSetup>;
  /** Confirms the setup with a code of the secret; from then on sign-in asks for codes. */
  confirmTotp(caller: Caller, request: { readonly secret: string; readonly code: string }): Promise<void>;

  /** Creates an API token for a user (themself, or anyone for an admin); the token is returned once. */
  createToken(
    caller: Caller,
    request: { readonly email: string; readonly name: string },
  ): Promise<{ readonly token: string; readonly view: TokenView }>;
  /** Tokens of one user (own, or anyone's for an admin), or of everyone (admin). */
  listTokens(caller: Caller, email?: string): Promise<readonly TokenView[]>;
  revokeToken(caller: Caller, id: string): Promise<void>;
  /** The actor of a bearer token (`credential: 'token'`), or `undefined` when unknown, revoked or of a disabled user; records its use. */
  authenticateToken(token: string, ip: string): Promise<Actor | undefined>;
}
