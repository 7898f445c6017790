import { describe, expect, it } from 'vitest';
import type { Caller } from '../accounts/index.js';
import { ANONYMOUS } from '../accounts/index.js';
import { isSomkbError } from '../errors/index.js';
import { openEditorialStoreFor } from '../store/index.js';
import { AUDIT_ACTIONS } from '../store/index.js';
import { createAuditService, isAuditAction } from './audit-service.js';

const admin: Caller = {
  actor: { kind: 'user', userId: 'u1', email: 'admin@unodc.org', role: 'admin', credential: 'session' },
  ip: '203.0.113.7',
};
const editor: Caller = {
  actor: { kind: 'user', userId: 'u2', email: 'editor@unodc.org', role: 'editor', credential: 'token' },
  ip: '203.0.113.8',
};

async function auditWithClock() {
  const store = await openEditorialStoreFor(':memory:');
  let clock = new Date('2026-12-01T08:00:00.000Z');
  const audit = createAuditService(store.audit, { now: () => clock });
  return {
    store,
    audit,
    advance: (seconds: number) => {
      clock = new Date(clock.getTime() + seconds * 1000);
    },
  };
}

describe('the audit service', () => {
  it('records who, when, from where, what and the states before and after', async () => {
    const { audit, store } = await auditWithClock();
    const entry = await audit.record(admin, {
      action: 'user-role-changed',
      target: 'user:editor@unodc.org',
      before: 'editor',
      after: 'reviewer',
      detail: { sessionsEnded: 2 },
    });
    expect(entry).toMatchObject({
      at: '2026-12-01T08:00:00.000Z',
      actor: 'admin@unodc.org',
      ip: '203.0.113.7',
      action: 'user-role-changed',
      target: 'user:editor@unodc.org',
      before: 'editor',
      after: 'reviewer',
      detail: { sessionsEnded: 2 },
    });
    const anonymous = await audit.record(
      { actor: ANONYMOUS, ip: '198.51.100.1' },
      { action: 'sign-in-failed', target: 'session' },
    );
    expect(anonymous).toMatchObject({ actor: 'anonymous', before: null, after: null, detail: {} });
    await store.close();
  });

  it('refuses a detail that carries a secret by name, at any depth', async () => {
    const { audit, store } = await auditWithClock();
    for (const detail of [
      { password: 'x' },
      { nested: { sessionId: 'x' } },
      { 'form-token': 'x' },
      { totpSecret: 'x' },
    ]) {
      const error: unknown = await audit
        .record(admin, { action: 'sign-in', target: 'session', detail })
        .catch((caught: unknown) => caught);
      expect(isSomkbError(error, 'INTERNAL')).toBe(true);
    }
    expect(await store.audit.list()).toHaveLength(0);
    await store.close();
  });

  it('lists for admins only, newest first, filtered', async () => {
    const { audit, store, advance } = await auditWithClock();
    await audit.record(admin, { action: 'user-added', target: 'user:a@unodc.org' });
    advance(60);
    await audit.record(editor, { action: 'draft-opened', target: 'draft:d1' });
    advance(60);
    await audit.record(admin, { action: 'user-disabled', target: 'user:a@unodc.org' });
    expect((await audit.list(admin)).map((entry) => entry.action)).toEqual([
      'user-disabled',
      'draft-opened',
      'user-added',
    ]);
    expect((await audit.list(admin, { actor: 'editor@unodc.org' })).map((entry) => entry.target)).toEqual([
      'draft:d1',
    ]);
    expect((await audit.list(admin, { action: 'user-added' })).map((entry) => entry.actor)).toEqual([
      'admin@unodc.org',
    ]);
    expect(
      await audit.list(admin, { since: '2026-12-01T08:01:00Z', until: '2026-12-01T08:02:00Z' }),
    ).toHaveLength(1);
    expect(await audit.list(admin, { limit: 2 })).toHaveLength(2);
    for (const caller of [editor, { actor: ANONYMOUS, ip: '198.51.100.1' }]) {
      const error: unknown = await audit.list(caller).catch((caught: unknown) => caught);
      expect(isSomkbError(error, 'FORBIDDEN')).toBe(true);
    }
    await store.close();
  });

  it('names the filter that is wrong', async () => {
    const { audit, store } = await auditWithClock();
    const since: unknown = await audit.list(admin, { since: 'yesterday' }).catch((caught: unknown) => caught);
    expect(isSomkbError(since, 'VALIDATION_FAILED') && since.details).toEqual({
      fields: { since: expect.any(String) as string },
    });
    const limit: unknown = await audit.list(admin, { limit: 0 }).catch((caught: unknown) => caught);
    expect(isSomkbError(limit, 'VALIDATION_FAILED') && limit.message).toMatch(
      /limit is a whole number from 1 to 1000/,
    );
    await store.close();
  });

  it('knows every action', () => {
    expect(AUDIT_ACTIONS).toContain('catalog-rolled-back');
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(isAuditAction('sign-in')).toBe(true);
    expect(isAuditAction('delete-everything')).toBe(false);
  });
});
