import { afterEach, describe, expect, it, vi } from 'vitest';
import * as argon2 from '@node-rs/argon2';
import type { Caller, Role } from '../accounts/index.js';
import { ANONYMOUS, TOTP_SETTINGS } from '../accounts/index.js';
import { SomkbError } from '../errors/index.js';
import type { EditorialStore } from '../store/index.js';
import { openEditorialStoreFor, sha256Hex } from '../store/index.js';
import { totpCodeAt } from './account-secrets.js';
import type { AccountService, IssuedSession } from './account-service.js';
import { createAccountService } from './account-service.js';
import { createAuditService } from './audit-service.js';

// Counts the password verifications, to see that an unknown email costs one as a known one does.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const original = await importOriginal<typeof argon2>();
  return { ...original, verify: vi.fn(original.verify) };
});

const cli: Caller = {
  actor: { kind: 'user', userId: 'cli:tester', email: 'cli:tester', role: 'admin', credential: 'cli' },
  ip: 'cli',
};
const PASSWORD = 'grey heron over the Rhône 7';
const OTHER_PASSWORD = 'seven swans a-swimming 1979';
const IP = '203.0.113.7';

interface Fixture {
  readonly store: EditorialStore;
  readonly accounts: AccountService;
  readonly now: () => Date;
  readonly advance: (seconds: number) => void;
  readonly addUser: (email: string, role: Role, password?: string) => Promise<void>;
  readonly signIn: (email: string, password?: string, totp?: string) => Promise<IssuedSession>;
  readonly callerOf: (session: IssuedSession) => Promise<Caller>;
  /** Every secret handed out so far, to look for in the audit log. */
  readonly secrets: string[];
}

const opened: EditorialStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  vi.mocked(argon2.verify).mockClear();
});

async function fixture(
  options: { sessions?: { idleSeconds: number; absoluteSeconds: number } } = {},
): Promise<Fixture> {
  const store = await openEditorialStoreFor(':memory:');
  opened.push(store);
  let clock = new Date('2026-12-01T08:00:00.000Z');
  const now = () => clock;
  const audit = createAuditService(store.audit, { now });
  const accounts = createAccountService({
    accounts: store.accounts,
    audit,
    now,
    ...(options.sessions === undefined ? {} : { sessions: options.sessions }),
  });
  const secrets: string[] = [PASSWORD, OTHER_PASSWORD];
  const fixtureValue: Fixture = {
    store,
    accounts,
    now,
    secrets,
    advance: (seconds) => {
      clock = new Date(clock.getTime() + seconds * 1000);
    },
    addUser: async (email, role, password = PASSWORD) => {
      await accounts.addUser(cli, { email, role, password });
    },
    signIn: async (email, password = PASSWORD, totp) => {
      const outcome = await accounts.signIn({
        email,
        password,
        ip: IP,
        ...(totp === undefined ? {} : { totp }),
      });
      if (outcome.status !== 'signed-in') throw new Error(`not signed in: ${outcome.status}`);
      secrets.push(outcome.session.token, outcome.session.formToken, sha256Hex(outcome.session.token));
      return outcome.session;
    },
    callerOf: async (session) => {
      const resumed = await accounts.resumeSession(session.token);
      if (resumed === undefined) throw new Error('no session');
      return { actor: resumed.actor, ip: IP };
    },
  };
  return fixtureValue;
}

/** The error a promise rejects with. */
async function failure(promise: Promise<unknown>): Promise<SomkbError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof SomkbError)) throw new Error(`expected a SomkbError, got ${String(error)}`);
  return error;
}

describe('users', () => {
  it('are added by an admin with an argon2id hash of OWASP parameters; a generated password is returned once and works', async () => {
    const { store, accounts, signIn } = await fixture();
    const { user, generatedPassword } = await accounts.addUser(cli, {
      email: ' Ana@UNODC.org',
      role: 'editor',
    });
    expect(user).toMatchObject({ email: 'ana@unodc.org', role: 'editor', disabled: false, totp: false });
    expect(generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const stored = await store.accounts.findUserByEmail('ana@unodc.org');
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored?.passwordHash).not.toContain(generatedPassword);
    await signIn('ana@unodc.org', generatedPassword);
    const given = await accounts.addUser(cli, {
      email: 'ben@unodc.org',
      role: 'reviewer',
      password: PASSWORD,
    });
    expect(given.generatedPassword).toBeUndefined();
  });

  it('are refused with the field that is wrong', async () => {
    const { accounts, addUser } = await fixture();
    const weak = await failure(
      accounts.addUser(cli, { email: 'ana@unodc.org', role: 'editor', password: 'password1234' }),
    );
    expect(weak.code).toBe('VALIDATION_FAILED');
    expect(weak.details).toEqual({
      fields: { password: expect.stringMatching(/common password/) as string },
    });
    const short = await failure(
      accounts.addUser(cli, { email: 'ana@unodc.org', role: 'editor', password: 'Kx9-vT2q' }),
    );
    expect(short.details).toEqual({
      fields: { password: expect.stringMatching(/at least 12 characters/) as string },
    });
    const email = await failure(accounts.addUser(cli, { email: 'ana', role: 'editor' }));
    expect(email.details).toEqual({
      fields: { email: expect.stringMatching(/not an email address/) as string },
    });
    const role = await failure(accounts.addUser(cli, { email: 'ana@unodc.org', role: 'owner' as Role }));
    expect(role.details).toEqual({ fields: { role: 'a role is one of editor, reviewer, admin' } });
    await addUser('ana@unodc.org', 'editor');
    const taken = await failure(accounts.addUser(cli, { email: 'ANA@unodc.org', role: 'admin' }));
    expect(taken.code).toBe('CONFLICT');
  });

  it('are managed by admins only', async () => {
    const { accounts, addUser, signIn, callerOf } = await fixture();
    await addUser('ed@unodc.org', 'editor');
    await addUser('rev@unodc.org', 'reviewer');
    for (const email of ['ed@unodc.org', 'rev@unodc.org']) {
      const caller = await callerOf(await signIn(email));
      expect((await failure(accounts.listUsers(caller))).code).toBe('FORBIDDEN');
      expect((await failure(accounts.addUser(caller, { email: 'x@unodc.org', role: 'admin' }))).code).toBe(
        'FORBIDDEN',
      );
      expect((await failure(accounts.changeRole(caller, email, 'admin'))).code).toBe('FORBIDDEN');
      expect((await failure(accounts.disableUser(caller, 'rev@unodc.org'))).code).toBe('FORBIDDEN');
    }
    const anonymous = await failure(accounts.listUsers({ actor: ANONYMOUS, ip: IP }));
    expect(anonymous.code).toBe('UNAUTHENTICATED');
    expect((await accounts.listUsers(cli)).map((user) => user.email)).toEqual([
      'ed@unodc.org',
      'rev@unodc.org',
    ]);
  });

  it('change role: their sessions end; the only enabled admin cannot be demoted or disabled', async () => {
    const { accounts, addUser, signIn } = await fixture();
    await addUser('ed@unodc.org', 'editor');
    const session = await signIn('ed@unodc.org');
    expect(await accounts.changeRole(cli, 'ed@unodc.org', 'reviewer')).toMatchObject({ role: 'reviewer' });
    expect(await accounts.resumeSession(session.token)).toBeUndefined();
    expect((await accounts.resumeSession((await signIn('ed@unodc.org')).token))?.actor).toMatchObject({
      role: 'reviewer',
    });
    await addUser('boss@unodc.org', 'admin');
    expect((await failure(accounts.changeRole(cli, 'boss@unodc.org', 'editor'))).code).toBe('CONFLICT');
    expect((await failure(accounts.disableUser(cli, 'boss@unodc.org'))).message).toMatch(
      /only enabled admin/,
    );
    await accounts.changeRole(cli, 'ed@unodc.org', 'admin');
    expect(await accounts.disableUser(cli, 'boss@unodc.org')).toMatchObject({ disabled: true });
    expect((await failure(accounts.changeRole(cli, 'nobody@unodc.org', 'admin'))).code).toBe('NOT_FOUND');
  });
});

describe('sign-in', () => {
  it('says the same for a wrong password, an unknown email and a disabled user, and spends a hash on each', async () => {
    const { accounts, addUser, store } = await fixture();
    await addUser('ana@unodc.org', 'editor');
    await addUser('gone@unodc.org', 'editor');
    await accounts.disableUser(cli, 'gone@unodc.org');
    const verify = vi.mocked(argon2.verify);
    verify.mockClear();
    const wrong = await failure(
      accounts.signIn({ email: 'ana@unodc.org', password: OTHER_PASSWORD, ip: IP }),
    );
    const unknown = await failure(
      accounts.signIn({ email: 'nobody@unodc.org', password: OTHER_PASSWORD, ip: IP }),
    );
    const disabled = await failure(accounts.signIn({ email: 'gone@unodc.org', password: PASSWORD, ip: IP }));
    for (const error of [wrong, unknown, disabled]) {
      expect(error.code).toBe('UNAUTHENTICATED');
      expect(error.message).toBe(wrong.message);
      expect(error.details).toEqual({});
    }
    expect(verify).toHaveBeenCalledTimes(3);
    const failed = await store.audit.list({ action: 'sign-in-failed' });
    expect(failed.map((entry) => entry.detail)).toEqual([
      { email: 'gone@unodc.org', reason: 'disabled' },
      { email: 'nobody@unodc.org', reason: 'unknown-email' },
      { email: 'ana@unodc.org', reason: 'wrong-password' },
    ]);
    expect(failed.every((entry) => entry.actor === 'anonymous' && entry.ip === IP)).toBe(true);
  });

  it('signs in with the right password, whatever the case of the email, and audits it', async () => {
    const { accounts, addUser, store } = await fixture();
    await addUser('ana@unodc.org', 'editor');
    const outcome = await accounts.signIn({ email: 'ANA@unodc.org ', password: PASSWORD, ip: IP });
    expect(outcome.status).toBe('signed-in');
    const [entry] = await store.audit.list({ action: 'sign-in' });
    expect(entry).toMatchObject({ actor: 'ana@unodc.org', ip: IP, target: 'user:ana@unodc.org' });
  });

  it('holds its limit under brute force, the wait growing with every failure, even for the right password', async () => {
    const { accounts, addUser, advance } = await fixture();
    await addUser('ana@unodc.org', 'editor');
    const attempt = (password: string, ip = IP) =>
      failure(accounts.signIn({ email: 'ana@unodc.org', password, ip }));
    for (let index = 0; index < 5; index++)
      expect((await attempt(OTHER_PASSWORD)).code).toBe('UNAUTHENTICATED');
    const waits: number[] = [];
    for (let index = 0; index < 8; index++) {
      // Every guess made before the wait is over is refused without being tried.
      const early = await attempt(PASSWORD, `198.51.100.${index}`);
      expect(early.code).toBe('RATE_LIMITED');
      const wait = early.details['retryAfterSeconds'];
      if (typeof wait !== 'number') throw new Error('no retryAfterSeconds');
      waits.push(wait);
      advance(wait);
      expect((await attempt(OTHER_PASSWORD)).code).toBe('UNAUTHENTICATED');
    }
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(waits.at(-1)).toBeGreaterThan(waits[0] ?? Infinity);
    expect((await attempt(PASSWORD)).code).toBe('RATE_LIMITED');
  });

  it('never stores what was typed into the email field in clear, and still counts it', async () => {
    const { store, accounts } = await fixture();
    const typed = PASSWORD;
    for (let index = 0; index < 5; index++)
      expect(
        (await failure(accounts.signIn({ email: typed, password: 'x', ip: `192.0.2.${index}` }))).code,
      ).toBe('UNAUTHENTICATED');
    const epoch = '1970-01-01T00:00:00.000Z';
    for (const clear of [typed, typed.toLowerCase(), typed.trim().toLowerCase()])
      expect((await store.accounts.signInFailures(`account:${clear}`, epoch)).count).toBe(0);
    const limited = await failure(accounts.signIn({ email: typed, password: 'x', ip: '198.51.100.1' }));
    expect(limited.code).toBe('RATE_LIMITED');
  });

  it('limits one address trying many accounts, and says nothing about which exist', async () => {
    const { accounts } = await fixture();
    for (let index = 0; index < 20; index++)
      expect(
        (await failure(accounts.signIn({ email: `user${index}@unodc.org`, password: PASSWORD, ip: IP })))
          .code,
      ).toBe('UNAUTHENTICATED');
    const limited = await failure(
      accounts.signIn({ email: 'someone.else@unodc.org', password: PASSWORD, ip: IP }),
    );
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.details['retryAfterSeconds']).toBeGreaterThan(0);
    const elsewhere = await failure(
      accounts.signIn({ email: 'someone.else@unodc.org', password: PASSWORD, ip: '198.51.100.9' }),
    );
    expect(elsewhere.code).toBe('UNAUTHENTICATED');
  });

  it('gives a new session token at every sign-in, stores only its hash, and ends the one it replaces', async () => {
    const { accounts, addUser, signIn, store } = await fixture();
    await addUser('ana@unodc.org', 'editor');
    const first = await signIn('ana@unodc.org');
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await store.accounts.findSession(first.token)).toBeUndefined();
    expect(await store.accounts.findSession(sha256Hex(first.token))).toMatchObject({ ip: IP });
    const second = await accounts.signIn({
      email: 'ana@unodc.org',
      password: PASSWORD,
      ip: IP,
      replacing: first.token,
    });
    if (second.status !== 'signed-in') throw new Error('not signed in');
    expect(second.session.token).not.toBe(first.token);
    expect(second.session.formToken).not.toBe(first.formToken);
    expect(await accounts.resumeSession(first.token)).toBeUndefined();
    const resumed = await accounts.resumeSession(second.session.token);
    expect(resumed).toMatchObject({
      actor: { kind: 'user', email: 'ana@unodc.org', role: 'editor', credential: 'session' },
      sessionId: sha256Hex(second.session.token),
      formToken: second.session.formToken,
      totpSetupRequired: false,
    });
    expect(await accounts.resumeSession('not-a-token')).toBeUndefined();
  });

  it('ends a session idle for 30 minutes, and any session 12 hours after sign-in', async () => {
    const { accounts, addUser, signIn, advance } = await fixture();
    await addUser('ana@unodc.org', 'editor');
    const idle = await signIn('ana@unodc.org');
    advance(29 * 60);
    expect(await accounts.resumeSession(idle.token)).toBeDefined();
    advance(29 * 60);
    expect(await accounts.resumeSession(idle.token)).toBeDefined();
    advance(30 * 60);
    expect(await accounts.resumeSession(idle.token)).toBeUndefined();
    const busy = await signIn('ana@unodc.org');
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      advance(20 * 60);
      expect(await accounts.resumeSession(busy.token)).toBeDefined();
    }
    advance(20 * 60);
    expect(await accounts.resumeSession(busy.token)).toBeUndefined();
  });

  it('takes other timeouts when configured', async () => {
    const { accounts, addUser, signIn, advance } = await fixture({
      sessions: { idleSeconds: 60, absoluteSeconds: 3600 },
    });
    await addUser('ana@unodc.org', 'editor');
    const session = await signIn('ana@unodc.org');
    expect(session.expiresAt).toBe('2026-12-01T09:00:00.000Z');
    advance(61);
    expect(await accounts.resumeSession(session.token)).toBeUndefined();
  });

  it('signs out the caller only', async () => {
    const { accounts, addUser, signIn, callerOf, store } = await fixture();
    await addUser('ana@unodc.org', 'editor');
    await addUser('ben@unodc.org', 'editor');
    const ana = await signIn('ana@unodc.org');
    const ben = await signIn('ben@unodc.org');
    const anaCaller = await callerOf(ana);
    expect((await failure(accounts.signOut(anaCaller, sha256Hex(ben.token)))).code).toBe('FORBIDDEN');
    await accounts.signOut(anaCaller, sha256Hex(ana.token));
    expect(await accounts.resumeSession(ana.token)).toBeUndefined();
    expect(await accounts.resumeSession(ben.token)).toBeDefined();
    expect(await store.audit.list({ action: 'sign-out' })).toHaveLength(1);
  });
});

describe('disabling a user', () => {
  it('ends their sessions and revokes their tokens; enabling them again brings back neither', async () => {
    const { accounts, addUser, signIn, store } = await fixture();
    await addUser('ana@unodc.org', 'editor');
    const session = await signIn('ana@unodc.org');
    const { token } = await accounts.createToken(cli, { email: 'ana@unodc.org', name: 'script' });
    expect(await accounts.authenticateToken(token, IP)).toBeDefined();
    await accounts.disableUser(cli, 'ana@unodc.org');
    expect(await accounts.resumeSession(session.token)).toBeUndefined();
    expect(await accounts.authenticateToken(token, IP)).toBeUndefined();
    expect((await failure(accounts.createToken(cli, { email: 'ana@unodc.org', name: 'again' }))).code).toBe(
      'CONFLICT',
    );
    const [entry] = await store.audit.list({ action: 'user-disabled' });
    expect(entry).toMatchObject({
      actor: 'cli:tester',
      ip: 'cli',
      detail: { sessionsEnded: 1, tokensRevoked: 1 },
    });
    await accounts.enableUser(cli, 'ana@unodc.org');
    expect(await accounts.resumeSession(session.token)).toBeUndefined();
    expect(await accounts.authenticateToken(token, IP)).toBeUndefined();
    await signIn('ana@unodc.org');
  });
});

describe('one-time codes', () => {
  it('are required of admins, set up with a QR code, asked at sign-in, and never accepted twice', async () => {
    const { accounts, addUser, signIn, callerOf, now, advance, store, secrets } = await fixture();
    await addUser('boss@unodc.org', 'admin');
    const first = await signIn('boss@unodc.org');
    expect((await accounts.resumeSession(first.token))?.totpSetupRequired).toBe(true);
    const caller = await callerOf(first);
    const setup = await accounts.startTotp(caller);
    secrets.push(setup.secret);
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/somkb:boss%40unodc\.org\?/);
    expect(setup.uri).toContain('algorithm=SHA1&digits=6&period=30');
    expect(setup.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const wrong = await failure(
      accounts.confirmTotp(caller, {
        secret: setup.secret,
        code: '000000' === totpCodeAt(setup.secret, now()) ? '111111' : '000000',
      }),
    );
    expect(wrong.details).toEqual({ fields: { code: expect.stringMatching(/does not match/) as string } });
    const setupCode = totpCodeAt(setup.secret, now());
    secrets.push(setupCode);
    await accounts.confirmTotp(caller, { secret: setup.secret, code: setupCode });
    expect((await accounts.resumeSession(first.token))?.totpSetupRequired).toBe(false);

    // The password alone asks for the code; the code of the set-up cannot be used again.
    expect(await accounts.signIn({ email: 'boss@unodc.org', password: PASSWORD, ip: IP })).toEqual({
      status: 'totp-required',
    });
    const replayedSetup = await failure(
      accounts.signIn({ email: 'boss@unodc.org', password: PASSWORD, totp: setupCode, ip: IP }),
    );
    expect(replayedSetup.code).toBe('UNAUTHENTICATED');
    advance(TOTP_SETTINGS.periodSeconds);
    const code = totpCodeAt(setup.secret, now());
    secrets.push(code);
    await signIn('boss@unodc.org', PASSWORD, code.slice(0, 3) + ' ' + code.slice(3));
    const replay = await failure(
      accounts.signIn({ email: 'boss@unodc.org', password: PASSWORD, totp: code, ip: IP }),
    );
    expect(replay.code).toBe('UNAUTHENTICATED');
    expect(replay.message).toMatch(/used already/);
    // Still refused later within its window of acceptance.
    advance(TOTP_SETTINGS.periodSeconds);
    expect(
      (await failure(accounts.signIn({ email: 'boss@unodc.org', password: PASSWORD, totp: code, ip: IP })))
        .code,
    ).toBe('UNAUTHENTICATED');
    const next = totpCodeAt(setup.secret, now());
    secrets.push(next);
    await signIn('boss@unodc.org', PASSWORD, next);
    const bad = await failure(
      accounts.signIn({ email: 'boss@unodc.org', password: PASSWORD, totp: '12345', ip: IP }),
    );
    expect(bad.message).toBe('the one-time code is wrong');
    expect((await store.audit.list({ action: 'totp-enabled' })).map((entry) => entry.actor)).toEqual([
      'boss@unodc.org',
    ]);
  });

  it('are not set up by the command line, which is no stored user', async () => {
    const { accounts } = await fixture();
    expect((await failure(accounts.startTotp(cli))).code).toBe('FORBIDDEN');
  });
});

describe('passwords', () => {
  it('are changed by their owner knowing the current one; the other sessions end', async () => {
    const { accounts, addUser, signIn, callerOf, store } = await fixture();
    await addUser('ana@unodc.org', 'editor');
    const here = await signIn('ana@unodc.org');
    const elsewhere = await signIn('ana@unodc.org');
    const caller = await callerOf(here);
    const keepSession = sha256Hex(here.token);
    const wrong = await failure(
      accounts.changePassword(caller, { current: OTHER_PASSWORD, next: OTHER_PASSWORD, keepSession }),
    );
    expect(wrong.details).toEqual({ fields: { current: 'the current password is wrong' } });
    const weak = await failure(
      accounts.changePassword(caller, { current: PASSWORD, next: 'qwertyuiop123', keepSession }),
    );
    expect(weak.details).toEqual({ fields: { next: expect.stringMatching(/common/) as string } });
    await accounts.changePassword(caller, { current: PASSWORD, next: OTHER_PASSWORD, keepSession });
    expect(await accounts.resumeSession(here.token)).toBeDefined();
    expect(await accounts.resumeSession(elsewhere.token)).toBeUndefined();
    expect(
      (await failure(accounts.signIn({ email: 'ana@unodc.org', password: PASSWORD, ip: IP }))).code,
    ).toBe('UNAUTHENTICATED');
    await signIn('ana@unodc.org', OTHER_PASSWORD);
    const [entry] = await store.audit.list({ action: 'password-changed' });
    expect(entry).toMatchObject({ actor: 'ana@unodc.org', detail: { sessionsEnded: 1 } });
  });
});

describe('API tokens', () => {
  it('are shown once, stored as a hash, listed with their last use, and revocable', async () => {
    const { accounts, addUser, signIn, callerOf, store, advance, secrets } = await fixture();
    await addUser('ana@unodc.org', 'editor');
    await addUser('ben@unodc.org', 'editor');
    const { token, view } = await accounts.createToken(cli, {
      email: 'ana@unodc.org',
      name: ' nightly import ',
    });
    secrets.push(token);
    expect(token).toMatch(/^somkb_[A-Za-z0-9_-]{43}$/);
    expect(view).toMatchObject({
      email: 'ana@unodc.org',
      name: 'nightly import',
      lastUsedAt: null,
      revokedAt: null,
    });
    const [stored] = await store.accounts.listApiTokens();
    expect(stored?.tokenHash).toBe(sha256Hex(token));
    expect(JSON.stringify(stored)).not.toContain(token.slice(6));

    expect(await accounts.authenticateToken(token, IP)).toMatchObject({
      email: 'ana@unodc.org',
      role: 'editor',
      credential: 'token',
    });
    advance(10);
    await accounts.authenticateToken(token, IP);
    expect(await store.audit.list({ action: 'token-used' })).toHaveLength(1);
    advance(60);
    await accounts.authenticateToken(token, IP);
    expect(await store.audit.list({ action: 'token-used' })).toHaveLength(2);
    const [listed] = await accounts.listTokens(cli, 'ana@unodc.org');
    expect(listed?.lastUsedAt).toBe('2026-12-01T08:01:10.000Z');
    expect(
      await accounts.authenticateToken(
        `${token.slice(0, -1)}A` === token ? `${token.slice(0, -1)}B` : `${token.slice(0, -1)}A`,
        IP,
      ),
    ).toBeUndefined();

    const ana = await callerOf(await signIn('ana@unodc.org'));
    const ben = await callerOf(await signIn('ben@unodc.org'));
    expect((await failure(accounts.createToken(ben, { email: 'ana@unodc.org', name: 'theirs' }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await failure(accounts.listTokens(ben, 'ana@unodc.org'))).code).toBe('FORBIDDEN');
    expect((await failure(accounts.revokeToken(ben, view.id))).code).toBe('NOT_FOUND');
    const own = await accounts.createToken(ben, { email: 'ben@unodc.org', name: 'mine' });
    secrets.push(own.token);
    expect((await accounts.listTokens(ben)).map((listedToken) => listedToken.name)).toEqual(['mine']);
    expect((await accounts.listTokens(cli)).map((listedToken) => listedToken.email).sort()).toEqual([
      'ana@unodc.org',
      'ben@unodc.org',
    ]);
    expect((await failure(accounts.createToken(ana, { email: 'ana@unodc.org', name: '' }))).details).toEqual({
      fields: { name: expect.any(String) as string },
    });

    await accounts.revokeToken(ana, view.id);
    expect(await accounts.authenticateToken(token, IP)).toBeUndefined();
    expect((await accounts.listTokens(cli, 'ana@unodc.org'))[0]?.revokedAt).not.toBeNull();
    expect((await store.audit.list({ action: 'token-revoked' }))[0]).toMatchObject({
      actor: 'ana@unodc.org',
      target: `token:${view.id}`,
    });
  });
});

describe('the audit log of accounts', () => {
  it('has an entry for every event, and no secret in any', async () => {
    const f = await fixture();
    const { accounts, store } = f;
    await accounts.addUser(cli, { email: 'boss@unodc.org', role: 'admin', password: PASSWORD });
    const generated = await accounts.addUser(cli, { email: 'ana@unodc.org', role: 'editor' });
    f.secrets.push(generated.generatedPassword ?? '');
    await failure(accounts.signIn({ email: 'ana@unodc.org', password: OTHER_PASSWORD, ip: IP }));
    const session = await f.signIn('boss@unodc.org');
    const caller = await f.callerOf(session);
    const setup = await accounts.startTotp(caller);
    const code = totpCodeAt(setup.secret, f.now());
    f.secrets.push(setup.secret, code);
    await accounts.confirmTotp(caller, { secret: setup.secret, code });
    await accounts.changeRole(caller, 'ana@unodc.org', 'reviewer');
    const { token, view } = await accounts.createToken(caller, { email: 'ana@unodc.org', name: 'script' });
    f.secrets.push(token);
    await accounts.authenticateToken(token, IP);
    await accounts.revokeToken(caller, view.id);
    await accounts.disableUser(caller, 'ana@unodc.org');
    await accounts.enableUser(caller, 'ana@unodc.org');
    await accounts.changePassword(caller, { current: PASSWORD, next: OTHER_PASSWORD });
    await accounts.signOut(caller, sha256Hex(session.token));

    const entries = await store.audit.list();
    expect(entries.map((entry) => entry.action).reverse()).toEqual([
      'user-added',
      'user-added',
      'sign-in-failed',
      'sign-in',
      'totp-enabled',
      'user-role-changed',
      'token-created',
      'token-used',
      'token-revoked',
      'user-disabled',
      'user-enabled',
      'password-changed',
    ]);
    const log = JSON.stringify(entries);
    for (const secret of f.secrets) expect(log).not.toContain(secret);
  });
});
