/**
 * Server time of a sign-in with somkb's argon2id parameters (the goal: under 300 ms):
 *
 *   tsx bench/sign-in-bench.ts [--runs N]        (default: 40 runs of each case)
 *
 * Calls the account service as the portal's sign-in route does, over a SQLite editorial store in a
 * temporary folder (the same file and settings as `somkb serve`): a right password, a wrong one, an
 * unknown email (which must take as long as a known one: no timing oracle), and a right password
 * with a one-time code. The sign-in limits are lifted for the run (every attempt is tried in full,
 * never refused early). The cases take turns, after two warm-up rounds; prints the median, p95 and
 * fastest time per case, and the hash alone. The last line printed is one JSON object.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Caller, SignInLimit } from '../src/accounts/index.js';
import {
  ARGON2_PARAMETERS,
  createAccountService,
  createAuditService,
  hashPassword,
  totpCodeAt,
} from '../src/services/index.js';
import type { AccountService } from '../src/services/index.js';
import { openEditorialStoreFor } from '../src/store/index.js';
import { summarize } from './sample-timing.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '40' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs is a whole number from 1 (got ${values.runs})`);

const PASSWORD = 'grey heron over the Rhône 7';
const WRONG = 'seven swans a-swimming 1979';
const cli: Caller = {
  actor: { kind: 'user', userId: 'cli:bench', email: 'cli:bench', role: 'admin', credential: 'cli' },
  ip: 'cli',
};
/** No limit: the bench times the work of a sign-in, not a refusal. */
const UNLIMITED: SignInLimit = {
  freeFailures: 1e9,
  firstDelaySeconds: 1,
  maxDelaySeconds: 1,
  windowSeconds: 1,
};

/** The time of one call, in ms; a refusal (wrong password, unknown email) is the expected outcome. */
async function time(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  try {
    await call();
  } catch (error) {
    if (!(error instanceof Error) || !/wrong/.test(error.message)) throw error;
  }
  return performance.now() - started;
}

const folder = mkdtempSync(join(tmpdir(), 'somkb-sign-in-bench-'));
const store = await openEditorialStoreFor(join(folder, 'somkb.db'));
try {
  // The one-time codes use the real clock; each sign-in with a code moves the clock a step on, so
  // that no code is refused as already used.
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  const audit = createAuditService(store.audit, { now });
  const accounts: AccountService = createAccountService({
    accounts: store.accounts,
    audit,
    now,
    limits: { account: UNLIMITED, address: UNLIMITED },
  });
  await accounts.addUser(cli, { email: 'ana@unodc.org', role: 'editor', password: PASSWORD });
  await accounts.addUser(cli, { email: 'boss@unodc.org', role: 'admin', password: PASSWORD });
  const signedIn = await accounts.signIn({ email: 'boss@unodc.org', password: PASSWORD, ip: '127.0.0.1' });
  if (signedIn.status !== 'signed-in') throw new Error('the admin did not sign in');
  const resumed = await accounts.resumeSession(signedIn.session.token);
  if (resumed === undefined) throw new Error('no session');
  const boss: Caller = { actor: resumed.actor, ip: '127.0.0.1' };
  const setup = await accounts.startTotp(boss);
  await accounts.confirmTotp(boss, { secret: setup.secret, code: totpCodeAt(setup.secret, now()) });

  const cases: Record<string, () => Promise<unknown>> = {
    'right password': () => accounts.signIn({ email: 'ana@unodc.org', password: PASSWORD, ip: '127.0.0.1' }),
    'wrong password': () => accounts.signIn({ email: 'ana@unodc.org', password: WRONG, ip: '127.0.0.1' }),
    'unknown email': () => accounts.signIn({ email: 'nobody@unodc.org', password: WRONG, ip: '127.0.0.1' }),
    'password and one-time code': () => {
      offset += 30_000;
      return accounts.signIn({
        email: 'boss@unodc.org',
        password: PASSWORD,
        totp: totpCodeAt(setup.secret, now()),
        ip: '127.0.0.1',
      });
    },
    'argon2id hash alone': () => hashPassword(PASSWORD, ARGON2_PARAMETERS),
  };
  const samples = new Map(Object.keys(cases).map((name) => [name, [] as number[]]));
  for (let round = -2; round < runs; round++) {
    for (const [name, call] of Object.entries(cases)) {
      const elapsed = await time(call);
      if (round >= 0) samples.get(name)?.push(elapsed);
    }
  }
  const results = Object.fromEntries([...samples].map(([name, taken]) => [name, summarize(taken)]));
  const { memoryCost, timeCost, parallelism } = ARGON2_PARAMETERS;
  console.log(`argon2id m=${memoryCost} KiB t=${timeCost} p=${parallelism}; ${runs} runs of each case`);
  for (const [name, timing] of Object.entries(results))
    console.log(
      `${name.padEnd(28)} median ${timing.medianMs} ms  p95 ${timing.p95Ms} ms  fastest ${timing.fastestMs} ms`,
    );
  console.log(JSON.stringify({ argon2: ARGON2_PARAMETERS, runs, results }));
} finally {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
}
