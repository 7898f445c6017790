import type { Actor, Caller, Credential, Role, SessionTimeouts, SignInLimit } from '../accounts/index.js';
import {
  ACCOUNT_SIGN_IN_LIMIT,
  ADDRESS_SIGN_IN_LIMIT,
  ANONYMOUS,
  DEFAULT_SESSION_TIMEOUTS,
  TOTP_SETTINGS,
  accountLimitKey,
  addressLimitKey,
  emailProblem,
  isApiTokenFormat,
  isRole,
  ROLES,
  isSessionTokenFormat,
  isTotpSecretFormat,
  loadCommonPasswords,
  normalizeEmail,
  normalizeTotpCode,
  passwordProblem,
  retryAfterSeconds,
  roleIncludes,
  sessionExpiresAt,
  sessionNeedsTouch,
  sessionState,
  signInWindowStart,
  totpStep,
} from '../accounts/index.js';
import { SomkbError } from '../errors/index.js';
import type { AccountStore, ApiTokenRecord, UserRecord } from '../store/index.js';
import { sha256Hex } from '../store/index.js';
import {
  matchTotpStep,
  newApiToken,
  newGeneratedPassword,
  newId,
  newSessionToken,
  newTotpSetup,
} from './account-secrets.js';
import type { AuditEvent, AuditService } from './audit-service.js';
import type { Argon2Parameters } from './password-hashing.js';
import { ARGON2_PARAMETERS, hashPassword, verifyPassword } from './password-hashing.js';

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
  /**
   * The caller changes their own password; their other sessions end (all of them unless
   * `keepSession`, the id of the session making the change, is given). API tokens stay.
   */
  changePassword(
    caller: Caller,
    request: { readonly current: string; readonly next: string; readonly keepSession?: string },
  ): Promise<void>;

  /**
   * Signs in with email, password and (when set up) a one-time code; rate-limited per address and
   * account. `replacing` is the session token the browser already held, if any: that session ends,
   * and the new one has a new token (no session fixation).
   */
  signIn(request: {
    readonly email: string;
    readonly password: string;
    readonly totp?: string;
    readonly ip: string;
    readonly replacing?: string;
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

/** What {@link createAccountService} works with. */
export interface AccountServiceDeps {
  readonly accounts: AccountStore;
  readonly audit: AuditService;
  /** The clock (tests inject one); the system's by default. */
  readonly now?: () => Date;
  /** Idle and absolute timeouts of sessions; {@link DEFAULT_SESSION_TIMEOUTS} (30 min, 12 h) by default. */
  readonly sessions?: SessionTimeouts;
  /** The sign-in limits; {@link ACCOUNT_SIGN_IN_LIMIT} and {@link ADDRESS_SIGN_IN_LIMIT} by default. */
  readonly limits?: { readonly account?: SignInLimit; readonly address?: SignInLimit };
  /** The cost of password hashes; {@link ARGON2_PARAMETERS} (OWASP: 19 MiB, 2 passes, 1 lane) by default. */
  readonly argon2?: Argon2Parameters;
}

/**
 * How often a token's use is written (its `lastUsedAt`) and audited (`token-used`), at most: once a
 * minute per token, in seconds. A script calling the API in a loop makes one entry a minute, not
 * one per request; the listed last use is exact to a minute.
 */
export const TOKEN_USE_RECORD_SECONDS = 60;

/** The longest name of an API token, in characters. */
export const MAX_TOKEN_NAME_LENGTH = 100;

/** What every failed sign-in says, whatever failed: nothing about whether the account exists. */
const SIGN_IN_FAILED = 'the email or the password is wrong';

/** Why a sign-in failed, as the audit log records it (admins only read it). */
type SignInFailure =
  'unknown-email' | 'wrong-password' | 'disabled' | 'wrong-totp' | 'replayed-totp' | 'rate-limited';

/** A user as the front ends show them. */
function viewUser(user: UserRecord): UserView {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    disabled: user.disabled,
    totp: user.totpSecret !== null,
    createdAt: user.createdAt,
  };
}

/** The actor of a stored user. */
function actorOf(user: UserRecord, credential: Credential): Actor {
  return { kind: 'user', userId: user.id, email: user.email, role: user.role, credential };
}

/** A wait in words: `8 seconds`, `15 minutes`. */
function describeWait(seconds: number): string {
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** A form error: `VALIDATION_FAILED` with the message under its field. */
function fieldError(field: string, message: string): SomkbError {
  return new SomkbError('VALIDATION_FAILED', `${field}: ${message}`, {
    details: { fields: { [field]: message } },
  });
}

/** Refuses what is not a role (a front end passing a client's text), naming the roles. */
function checkRole(role: unknown): void {
  if (!isRole(role)) throw fieldError('role', `a role is one of ${ROLES.join(', ')}`);
}

/** The signed-in user calling, or `UNAUTHENTICATED`. */
function signedIn(caller: Caller): Extract<Actor, { kind: 'user' }> {
  if (caller.actor.kind !== 'user') throw new SomkbError('UNAUTHENTICATED', 'sign in first');
  return caller.actor;
}

/** The calling admin (a user or the CLI), or `FORBIDDEN` naming what only an admin may do. */
function requireAdmin(caller: Caller, what: string): void {
  const actor = signedIn(caller);
  if (!roleIncludes(actor.role, 'admin')) throw new SomkbError('FORBIDDEN', `only an admin may ${what}`);
}

/** True if the caller is an admin. */
function isAdmin(caller: Caller): boolean {
  return caller.actor.kind === 'user' && roleIncludes(caller.actor.role, 'admin');
}

/** The key under which the use of a one-time code's time step is recorded (replay protection). */
/**
 * The key under which an account's failed sign-ins are stored: {@link accountLimitKey} of the email
 * typed, hashed (SHA-256), so that whatever was typed into the email field (a password, by mistake)
 * never lies in the store in clear.
 */
function storedAccountKey(email: string): string {
  return `account:${sha256Hex(accountLimitKey(email))}`;
}

function totpUsedKey(userId: string, step: number): string {
  return `totp-used:${userId}:${step}`;
}

/**
 * The account service over the editorial store's accounts (see {@link AccountService}). Passwords
 * are hashed with argon2id ({@link ARGON2_PARAMETERS}); session and API tokens are 32 random bytes,
 * stored as SHA-256; sign-in is limited per address and per account, and spends the time of a hash
 * even for an unknown email; every write and security event is audited, never with a secret.
 *
 * One-time codes used are recorded in the store's counted events under `totp-used:<user>:<step>`
 * (the same table as the failed sign-ins), so that every process over one store refuses a replay.
 */
export function createAccountService(deps: AccountServiceDeps): AccountService {
  const { accounts, audit } = deps;
  const now = deps.now ?? (() => new Date());
  const timeouts = deps.sessions ?? DEFAULT_SESSION_TIMEOUTS;
  const accountLimit = deps.limits?.account ?? ACCOUNT_SIGN_IN_LIMIT;
  const addressLimit = deps.limits?.address ?? ADDRESS_SIGN_IN_LIMIT;
  const argon2 = deps.argon2 ?? ARGON2_PARAMETERS;

  // A hash of nothing anyone knows, verified when the email is unknown, so that a sign-in takes the
  // time of one hash whether the account exists or not.
  let decoyHash: Promise<string> | undefined;
  const decoy = (): Promise<string> => (decoyHash ??= hashPassword(newGeneratedPassword(), argon2));

  const record = async (caller: Caller, event: AuditEvent): Promise<void> => {
    await audit.record(caller, event);
  };

  const findByEmail = async (email: string): Promise<UserRecord> => {
    const normalized = normalizeEmail(email);
    const user = await accounts.findUserByEmail(normalized);
    if (user === undefined) throw new SomkbError('NOT_FOUND', `no user has the email '${normalized}'`);
    return user;
  };

  /** The stored user calling (a session or a token), or `FORBIDDEN` for the CLI, which is no stored user. */
  const callingUser = async (caller: Caller): Promise<UserRecord> => {
    const actor = signedIn(caller);
    const user = await accounts.findUser(actor.userId);
    if (user === undefined || user.disabled)
      throw new SomkbError('FORBIDDEN', 'only a signed-in user may do this for themselves');
    return user;
  };

  const checkPassword = async (field: string, password: string): Promise<void> => {
    const problem = passwordProblem(password, await loadCommonPasswords());
    if (problem !== undefined) throw fieldError(field, problem);
  };

  /** Refuses to leave the store without an enabled admin (the portal's admins would lock themselves out). */
  const keepAnAdmin = async (user: UserRecord, what: string): Promise<void> => {
    if (user.role !== 'admin' || user.disabled) return;
    const admins = (await accounts.listUsers()).filter((other) => other.role === 'admin' && !other.disabled);
    if (admins.length <= 1)
      throw new SomkbError(
        'CONFLICT',
        `${user.email} is the only enabled admin: add another admin before you ${what}`,
      );
  };

  /** The longest wait any of the keys of this sign-in imposes now, in seconds. */
  const signInWait = async (keys: readonly (readonly [string, SignInLimit])[], at: Date): Promise<number> => {
    const waits = await Promise.all(
      keys.map(async ([key, limit]) =>
        retryAfterSeconds(await accounts.signInFailures(key, signInWindowStart(at, limit)), at, limit),
      ),
    );
    return Math.max(0, ...waits);
  };

  /** True if the code of `step` (or a later one still accepted) was used by the user. */
  const totpUsed = async (userId: string, step: number, at: Date): Promise<boolean> => {
    const since = new Date(
      at.getTime() - (2 * TOTP_SETTINGS.window + 2) * TOTP_SETTINGS.periodSeconds * 1000,
    );
    for (let later = step; later <= totpStep(at) + TOTP_SETTINGS.window; later++) {
      const used = await accounts.signInFailures(totpUsedKey(userId, later), since.toISOString());
      if (used.count > 0) return true;
    }
    return false;
  };

  const view = (token: ApiTokenRecord, email: string): TokenView => ({
    id: token.id,
    email,
    name: token.name,
    createdAt: token.createdAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  });

  return {
    async addUser(caller, request) {
      requireAdmin(caller, 'add users');
      checkRole(request.role);
      const email = normalizeEmail(request.email);
      const problem = emailProblem(email);
      if (problem !== undefined) throw fieldError('email', problem);
      if (request.password !== undefined) await checkPassword('password', request.password);
      if ((await accounts.findUserByEmail(email)) !== undefined)
        throw new SomkbError('CONFLICT', `a user with the email '${email}' exists already`, {
          details: { fields: { email: 'this email has a user already' } },
        });
      const generatedPassword = request.password === undefined ? newGeneratedPassword() : undefined;
      const at = now().toISOString();
      const user: UserRecord = {
        id: newId(),
        email,
        role: request.role,
        passwordHash: await hashPassword(request.password ?? generatedPassword ?? '', argon2),
        totpSecret: null,
        disabled: false,
        createdAt: at,
        updatedAt: at,
      };
      await accounts.createUser(user);
      await record(caller, {
        action: 'user-added',
        target: `user:${email}`,
        after: user.role,
        detail: { role: user.role, passwordGenerated: generatedPassword !== undefined },
      });
      return { user: viewUser(user), ...(generatedPassword === undefined ? {} : { generatedPassword }) };
    },

    async listUsers(caller) {
      requireAdmin(caller, 'list users');
      return (await accounts.listUsers()).map(viewUser);
    },

    async changeRole(caller, email, role) {
      requireAdmin(caller, 'change roles');
      checkRole(role);
      const user = await findByEmail(email);
      if (user.role === role) return viewUser(user);
      if (role !== 'admin') await keepAnAdmin(user, 'change their role');
      const changed = await accounts.updateUser(user.id, { role }, now().toISOString());
      // A session carries the role it was opened with: the user signs in again under the new one.
      const sessionsEnded = await accounts.deleteSessionsOf(user.id);
      await record(caller, {
        action: 'user-role-changed',
        target: `user:${user.email}`,
        before: user.role,
        after: role,
        detail: { sessionsEnded },
      });
      return viewUser(changed);
    },

    async disableUser(caller, email) {
      requireAdmin(caller, 'disable users');
      const user = await findByEmail(email);
      await keepAnAdmin(user, 'disable them');
      const at = now().toISOString();
      const changed = user.disabled ? user : await accounts.updateUser(user.id, { disabled: true }, at);
      const sessionsEnded = await accounts.deleteSessionsOf(user.id);
      const tokensRevoked = await accounts.revokeApiTokensOf(user.id, at);
      if (!user.disabled || sessionsEnded > 0 || tokensRevoked > 0)
        await record(caller, {
          action: 'user-disabled',
          target: `user:${user.email}`,
          before: 'enabled',
          after: 'disabled',
          detail: { sessionsEnded, tokensRevoked },
        });
      return viewUser(changed);
    },

    async enableUser(caller, email) {
      requireAdmin(caller, 'enable users');
      const user = await findByEmail(email);
      if (!user.disabled) return viewUser(user);
      const changed = await accounts.updateUser(user.id, { disabled: false }, now().toISOString());
      await record(caller, {
        action: 'user-enabled',
        target: `user:${user.email}`,
        before: 'disabled',
        after: 'enabled',
      });
      return viewUser(changed);
    },

    async changePassword(caller, request) {
      const user = await callingUser(caller);
      const at = now();
      const accountKey = storedAccountKey(user.email);
      const wait = await signInWait([[accountKey, accountLimit]], at);
      if (wait > 0)
        throw new SomkbError('RATE_LIMITED', `too many wrong passwords; try again in ${describeWait(wait)}`, {
          details: { retryAfterSeconds: wait },
        });
      if (!(await verifyPassword(user.passwordHash, request.current))) {
        await accounts.recordSignInFailure(accountKey, at.toISOString());
        await record(caller, {
          action: 'sign-in-failed',
          target: `user:${user.email}`,
          detail: { email: user.email, reason: 'wrong-current-password' },
        });
        throw fieldError('current', 'the current password is wrong');
      }
      await checkPassword('next', request.next);
      const kept =
        request.keepSession === undefined ? undefined : await accounts.findSession(request.keepSession);
      await accounts.updateUser(
        user.id,
        { passwordHash: await hashPassword(request.next, argon2) },
        at.toISOString(),
      );
      const ended = await accounts.deleteSessionsOf(user.id);
      if (kept !== undefined && kept.userId === user.id) await accounts.createSession(kept);
      await record(caller, {
        action: 'password-changed',
        target: `user:${user.email}`,
        detail: { sessionsEnded: kept !== undefined && kept.userId === user.id ? ended - 1 : ended },
      });
    },

    async signIn(request) {
      const at = now();
      const email = normalizeEmail(request.email);
      // What was typed as the email goes into the audit log only when it is an email address: a
      // password typed into the wrong field (a common slip) must not be written there.
      const loggedEmail = emailProblem(email) === undefined ? email : null;
      const anonymous: Caller = { actor: ANONYMOUS, ip: request.ip };
      const keys = [
        [addressLimitKey(request.ip), addressLimit],
        [storedAccountKey(email), accountLimit],
      ] as const;
      const wait = await signInWait(keys, at);
      if (wait > 0) {
        await record(anonymous, {
          action: 'sign-in-failed',
          target: 'session',
          detail: {
            email: loggedEmail,
            reason: 'rate-limited' satisfies SignInFailure,
            retryAfterSeconds: wait,
          },
        });
        throw new SomkbError('RATE_LIMITED', `too many failed sign-ins; try again in ${describeWait(wait)}`, {
          details: { retryAfterSeconds: wait },
        });
      }
      const fail = async (reason: SignInFailure, message = SIGN_IN_FAILED): Promise<never> => {
        for (const [key] of keys) await accounts.recordSignInFailure(key, at.toISOString());
        await record(anonymous, {
          action: 'sign-in-failed',
          target: 'session',
          detail: { email: loggedEmail, reason },
        });
        throw new SomkbError('UNAUTHENTICATED', message);
      };
      const user = await accounts.findUserByEmail(email);
      if (user === undefined) {
        await verifyPassword(await decoy(), request.password);
        return fail('unknown-email');
      }
      if (!(await verifyPassword(user.passwordHash, request.password))) return fail('wrong-password');
      if (user.disabled) return fail('disabled');
      if (user.totpSecret !== null) {
        if (request.totp === undefined || request.totp.trim() === '') return { status: 'totp-required' };
        const code = normalizeTotpCode(request.totp);
        const step = code === undefined ? undefined : matchTotpStep(user.totpSecret, code, at);
        if (step === undefined) return fail('wrong-totp', 'the one-time code is wrong');
        if (await totpUsed(user.id, step, at))
          return fail('replayed-totp', 'this one-time code was used already; type the next one');
        await accounts.recordSignInFailure(totpUsedKey(user.id, step), at.toISOString());
      }
      if (request.replacing !== undefined && isSessionTokenFormat(request.replacing))
        await accounts.deleteSession(sha256Hex(request.replacing));
      const token = newSessionToken();
      const formToken = newSessionToken();
      const expiresAt = sessionExpiresAt(at, timeouts);
      await accounts.createSession({
        id: sha256Hex(token),
        userId: user.id,
        createdAt: at.toISOString(),
        lastSeenAt: at.toISOString(),
        expiresAt,
        formToken,
        ip: request.ip,
      });
      await accounts.clearSignInFailures(storedAccountKey(email));
      await record(
        { actor: actorOf(user, 'session'), ip: request.ip },
        {
          action: 'sign-in',
          target: `user:${user.email}`,
          detail: { secondFactor: user.totpSecret !== null },
        },
      );
      return { status: 'signed-in', session: { token, formToken, expiresAt }, user: viewUser(user) };
    },

    async resumeSession(token) {
      if (!isSessionTokenFormat(token)) return undefined;
      const id = sha256Hex(token);
      const session = await accounts.findSession(id);
      if (session === undefined) return undefined;
      const at = now();
      const user = await accounts.findUser(session.userId);
      if (user === undefined || user.disabled || sessionState(session, at, timeouts) !== 'live') {
        await accounts.deleteSession(id);
        return undefined;
      }
      if (sessionNeedsTouch(session.lastSeenAt, at)) await accounts.touchSession(id, at.toISOString());
      return {
        actor: actorOf(user, 'session'),
        user: viewUser(user),
        sessionId: id,
        formToken: session.formToken,
        totpSetupRequired: user.role === 'admin' && user.totpSecret === null,
      };
    },

    async signOut(caller, sessionId) {
      const actor = signedIn(caller);
      const session = await accounts.findSession(sessionId);
      if (session === undefined) return;
      if (session.userId !== actor.userId)
        throw new SomkbError('FORBIDDEN', 'a session can only be ended by its own user');
      await accounts.deleteSession(sessionId);
      await record(caller, { action: 'sign-out', target: `user:${actor.email}` });
    },

    async startTotp(caller) {
      const user = await callingUser(caller);
      return newTotpSetup(user.email);
    },

    async confirmTotp(caller, request) {
      const user = await callingUser(caller);
      if (!isTotpSecretFormat(request.secret))
        throw fieldError(
          'secret',
          'not a secret of somkb (base32, at least 26 characters); start the set-up again',
        );
      const code = normalizeTotpCode(request.code);
      if (code === undefined) throw fieldError('code', `a one-time code is ${TOTP_SETTINGS.digits} digits`);
      const at = now();
      const step = matchTotpStep(request.secret, code, at);
      if (step === undefined)
        throw fieldError(
          'code',
          "this code does not match: check your device's clock and type the current code",
        );
      await accounts.recordSignInFailure(totpUsedKey(user.id, step), at.toISOString());
      await accounts.updateUser(user.id, { totpSecret: request.secret }, at.toISOString());
      await record(caller, {
        action: 'totp-enabled',
        target: `user:${user.email}`,
        detail: { replaced: user.totpSecret !== null },
      });
    },

    async createToken(caller, request) {
      const actor = signedIn(caller);
      const owner = await findByEmail(request.email);
      if (owner.id !== actor.userId && !isAdmin(caller))
        throw new SomkbError('FORBIDDEN', 'only an admin may create a token for another user');
      if (owner.disabled)
        throw new SomkbError('CONFLICT', `${owner.email} is disabled: a disabled user has no tokens`);
      const name = request.name.normalize('NFC').trim();
      if (name === '' || name.length > MAX_TOKEN_NAME_LENGTH || /\p{Cc}/u.test(name))
        throw fieldError('name', `a token's name has 1 to ${MAX_TOKEN_NAME_LENGTH} characters, on one line`);
      const token = newApiToken();
      const stored: ApiTokenRecord = {
        id: newId(),
        userId: owner.id,
        name,
        tokenHash: sha256Hex(token),
        createdAt: now().toISOString(),
        lastUsedAt: null,
        revokedAt: null,
      };
      await accounts.createApiToken(stored);
      await record(caller, {
        action: 'token-created',
        target: `token:${stored.id}`,
        detail: { name, owner: owner.email },
      });
      return { token, view: view(stored, owner.email) };
    },

    async listTokens(caller, email) {
      const actor = signedIn(caller);
      if (email === undefined && isAdmin(caller)) {
        const emails = new Map((await accounts.listUsers()).map((user) => [user.id, user.email]));
        return (await accounts.listApiTokens()).map((token) => view(token, emails.get(token.userId) ?? ''));
      }
      const owner = email === undefined ? await callingUser(caller) : await findByEmail(email);
      if (owner.id !== actor.userId && !isAdmin(caller))
        throw new SomkbError('FORBIDDEN', "only an admin may list another user's tokens");
      return (await accounts.listApiTokens(owner.id)).map((token) => view(token, owner.email));
    },

    async revokeToken(caller, id) {
      const actor = signedIn(caller);
      const tokens = await accounts.listApiTokens(isAdmin(caller) ? undefined : actor.userId);
      const token = tokens.find((candidate) => candidate.id === id);
      if (token === undefined) throw new SomkbError('NOT_FOUND', `no token has the id '${id}'`);
      if (token.revokedAt !== null) return;
      await accounts.revokeApiToken(id, now().toISOString());
      const owner = await accounts.findUser(token.userId);
      await record(caller, {
        action: 'token-revoked',
        target: `token:${id}`,
        detail: { name: token.name, owner: owner?.email ?? null },
      });
    },

    async authenticateToken(token, ip) {
      if (!isApiTokenFormat(token)) return undefined;
      const stored = await accounts.findApiTokenByHash(sha256Hex(token));
      if (stored === undefined || stored.revokedAt !== null) return undefined;
      const user = await accounts.findUser(stored.userId);
      if (user === undefined || user.disabled) return undefined;
      const actor = actorOf(user, 'token');
      const at = now();
      const lastUsed = stored.lastUsedAt === null ? undefined : Date.parse(stored.lastUsedAt);
      if (lastUsed === undefined || at.getTime() - lastUsed >= TOKEN_USE_RECORD_SECONDS * 1000) {
        await accounts.touchApiToken(stored.id, at.toISOString());
        await record(
          { actor, ip },
          { action: 'token-used', target: `token:${stored.id}`, detail: { name: stored.name } },
        );
      }
      return actor;
    },
  };
}
