import { createHash, randomBytes } from 'node:crypto';
import type { Caller, Role } from '../accounts/index.js';
import { roleIncludes } from '../accounts/index.js';
import type { Catalog, Language } from '../domain/index.js';
import type { DraftChange, DraftProblem, DraftState, DraftStatus } from '../editing/index.js';
import {
  applyChanges,
  catalogIn,
  changeTarget,
  checkChange,
  checkDraft,
  findConflicts,
  problemFields,
  rebaseChanges,
  referenceCatalog,
  textProblem,
} from '../editing/index.js';
import { isSomkbError, SomkbError } from '../errors/index.js';
import type { CatalogDiff } from '../history/index.js';
import { diffCatalogs } from '../history/index.js';
import type {
  AccountStore,
  AuditAction,
  DraftComment,
  DraftPatch,
  DraftRecord,
  DraftStore,
  KnowledgeStore,
  PublishedCatalog,
} from '../store/index.js';
import type { AuditService } from './audit-service.js';
import type { CatalogService } from './catalog-service.js';
import type { KnowledgeSource } from './knowledge-source.js';

/** A draft as the front ends show it. */
export interface DraftView {
  readonly id: string;
  readonly title: string;
  readonly document: string;
  /** The version of the document it is based on. */
  readonly base: number;
  readonly status: DraftStatus;
  /** The author's email. */
  readonly author: string;
  /** The approving reviewer's email, once approved. */
  readonly reviewer: string | null;
  /**
   * The draft's entity tag (a quoted string, e.g. `"d3-r7"`): an edit sends it back in `If-Match`
   * (a form in a hidden field) and gets `PRECONDITION_FAILED` when the draft changed meanwhile.
   */
  readonly etag: string;
  readonly changes: readonly DraftChange[];
  readonly comments: readonly DraftComment[];
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The version its publish made, once published. */
  readonly publishedVersion: number | null;
  /** Whether the document moved past `base` since the draft was opened (a rebase brings it up to date). */
  readonly behind: boolean;
  /**
   * What is wrong with the draft by the rules of ingest, per change and field (see editing
   * `DraftProblem`): given by `get` and by the writes (not by `list`); empty when it may be submitted.
   */
  readonly problems?: readonly DraftProblem[];
}

/** A change of a draft that another publish changed too: the two sides, to be shown side by side (see editing). */
export type { DraftConflict } from '../editing/index.js';

/**
 * The use cases of drafts: open, change, submit, review, publish, rebase. Every write is appended to
 * the audit log with its caller.
 *
 * Who may: an editor opens drafts and changes their own open drafts; a reviewer also reads every
 * draft and approves or sends back the submitted drafts of others (never their own); an admin or the
 * approving reviewer publishes an approved draft. Errors: `FORBIDDEN` (role, or another's draft),
 * `NOT_FOUND`, `PRECONDITION_FAILED` (stale `ifMatch`, `details.current` = the draft now),
 * `VALIDATION_FAILED` / `ALIGNMENT_FAILED` with `details.fields` (the rules of ingest, next to the
 * field), `CONFLICT` (wrong status; or, at publish, a change another publish made since the base:
 * `details.conflicts` = {@link DraftConflict}[]).
 */
export interface DraftService {
  /** Opens a draft on the current version of a document (the bundled summary's by default). */
  open(caller: Caller, request: { readonly title: string; readonly document?: string }): Promise<DraftView>;
  /** The drafts the caller may see, newest first. */
  list(
    caller: Caller,
    filter?: { readonly statuses?: readonly DraftStatus[] },
  ): Promise<readonly DraftView[]>;
  get(caller: Caller, id: string): Promise<DraftView>;
  /** Makes or replaces a change (one per target) after checking it; `ifMatch` is the ETag read. */
  change(caller: Caller, id: string, change: DraftChange, ifMatch?: string): Promise<DraftView>;
  /** Takes a change back out of the draft, by its target. */
  undoChange(caller: Caller, id: string, target: string, ifMatch?: string): Promise<DraftView>;
  submit(caller: Caller, id: string, ifMatch?: string): Promise<DraftView>;
  approve(caller: Caller, id: string, comment?: string): Promise<DraftView>;
  /** Sends a submitted draft back to its author with comments (they stay in the draft). */
  sendBack(caller: Caller, id: string, comment: string): Promise<DraftView>;
  withdraw(caller: Caller, id: string): Promise<DraftView>;
  /**
   * Publishes an approved draft as a new version of its document (each language it changes), whose
   * source names the draft, its author and its reviewer; knowledge changes publish a new version of
   * the knowledge base. Readers and search see it at once.
   */
  publish(caller: Caller, id: string): Promise<{ readonly version: number; readonly draft: DraftView }>;
  /** Moves the draft's base to the current version, keeping its changes; it is `open` again. */
  rebase(caller: Caller, id: string): Promise<DraftView>;
  /** The draft's diff against its base, per language changed (the history's diff). */
  diff(caller: Caller, id: string): Promise<readonly CatalogDiff[]>;
  /** The document as readers would see it once the draft is published, in one language. */
  preview(caller: Caller, id: string, language: Language): Promise<Catalog>;
}

/** What {@link createDraftService} works with. */
export interface DraftServiceDeps {
  readonly drafts: DraftStore;
  /** The published versions of the knowledge base (a draft's concept and mechanism changes). */
  readonly knowledge: KnowledgeStore;
  readonly audit: AuditService;
  /** The users, for the emails of a draft's author and reviewer. */
  readonly accounts: Pick<AccountStore, 'findUser'>;
  /**
   * The catalog service drafts are opened on and published through: over a store that may be
   * written (`somkb serve` opens one beside its read-only one on SQLite).
   */
  readonly catalogs: CatalogService;
  /** The knowledge base now and at a draft's base (see `createKnowledgeSource`). */
  readonly knowledgeSource: KnowledgeSource;
  /** The document a draft is opened on when none is named; default the thematic summary. */
  readonly defaultDocument?: string;
  readonly now?: () => Date;
  /** Makes a draft's id; default 12 random URL-safe characters. */
  readonly newId?: () => string;
}

/** The document drafts are opened on by default. */
export const DEFAULT_DRAFT_DOCUMENT = 'thematic-summary-2021';

/** The most characters of a draft's title and of a comment. */
const MAX_TITLE_CHARS = 200;
const MAX_COMMENT_CHARS = 5000;

/** The statuses in which a draft's author may still change it (a change makes it `open` again). */
const CHANGEABLE: readonly DraftStatus[] = ['open', 'submitted', 'approved'];

/** A signed-in caller. */
interface SignedIn {
  readonly userId: string;
  readonly email: string;
  readonly role: Role;
}

function signedIn(caller: Caller): SignedIn {
  if (caller.actor.kind !== 'user')
    throw new SomkbError('UNAUTHENTICATED', 'sign in, or send an API token, to work on drafts');
  return caller.actor;
}

/** The entity tag of a draft at a revision. */
function etagOf(draft: DraftRecord): string {
  return `"${draft.id}-r${draft.revision}"`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function checkedText(value: string, what: string, max: number): string {
  const problem = textProblem(value);
  if (problem !== undefined)
    throw new SomkbError('VALIDATION_FAILED', `the ${what} ${problem}`, {
      details: { fields: { [what]: `the ${what} ${problem}` } },
    });
  if (value.length > max)
    throw new SomkbError('VALIDATION_FAILED', `the ${what} is longer than ${max} characters`, {
      details: { fields: { [what]: `the ${what} is longer than ${max} characters` } },
    });
  return value.trim();
}

/**
 * The refusal of a draft with problems: VALIDATION_FAILED when a change breaks a rule of ingest,
 * ALIGNMENT_FAILED when only the language versions do not agree yet (a text still missing in one of
 * them); `details.problems` lists them all, `details.fields` keys them `<target> <field>`.
 */
function problemsError(problems: readonly DraftProblem[], doing: string): SomkbError {
  const invalid = problems.some((problem) => problem.severity === 'invalid');
  const first = problems[0];
  const more = problems.length > 1 ? ` (${problems.length} problems in all)` : '';
  return new SomkbError(
    invalid ? 'VALIDATION_FAILED' : 'ALIGNMENT_FAILED',
    `the draft cannot be ${doing}: ${first === undefined ? 'it has problems' : first.message}${more}`,
    { details: { problems, fields: problemFields(problems) } },
  );
}

/**
 * The draft service over the editorial store and the catalog service (see {@link DraftService} for
 * who may do what). Each write is a compare-and-set on the draft's revision and is appended to the
 * audit log (`draft-*`, before and after = the draft's revisions; a publish: the document's
 * versions). A publish makes, in this order, the new version of the knowledge base (when the draft
 * changes concepts or mechanisms), then a new version of each language version the draft changes,
 * and of the reference (Chinese) version when only the knowledge changed, so that every process
 * serving readers, which follows the catalog versions, describes the catalog again with the new
 * knowledge.
 */
export function createDraftService(deps: DraftServiceDeps): DraftService {
  const now = (): string => (deps.now?.() ?? new Date()).toISOString();
  const newId = deps.newId ?? (() => randomBytes(9).toString('base64url'));
  const emails = new Map<string, string>();

  async function emailOf(userId: string | null): Promise<string | null> {
    if (userId === null) return null;
    let email = emails.get(userId);
    if (email === undefined) {
      email = (await deps.accounts.findUser(userId))?.email ?? userId;
      emails.set(userId, email);
    }
    return email;
  }

  /** The newest version of a document (any language), or 0 when nothing of it is published. */
  async function newestVersion(documentId: string): Promise<number> {
    const current = (await deps.catalogs.listPublished()).filter((one) => one.documentId === documentId);
    return current.reduce((newest, one) => Math.max(newest, one.version), 0);
  }

  /** The newest versions a draft is compared with to say whether it is behind. */
  interface Newest {
    readonly documents: ReadonlyMap<string, number>;
    readonly knowledge: number;
  }

  async function newestNow(): Promise<Newest> {
    const documents = new Map<string, number>();
    for (const one of await deps.catalogs.listPublished())
      documents.set(one.documentId, Math.max(documents.get(one.documentId) ?? 0, one.version));
    return { documents, knowledge: (await deps.knowledge.currentKnowledge())?.version ?? 0 };
  }

  async function view(
    draft: DraftRecord,
    problems?: readonly DraftProblem[],
    known?: Newest,
  ): Promise<DraftView> {
    const { documents, knowledge: knowledgeNow } = known ?? (await newestNow());
    const newest = documents.get(draft.documentId) ?? 0;
    return {
      id: draft.id,
      title: draft.title,
      document: draft.documentId,
      base: draft.base,
      status: draft.status,
      author: (await emailOf(draft.authorId)) ?? draft.authorId,
      reviewer: await emailOf(draft.reviewerId),
      etag: etagOf(draft),
      changes: draft.changes,
      comments: draft.comments,
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
      publishedVersion: draft.publishedVersion,
      behind:
        draft.status !== 'published' &&
        draft.status !== 'withdrawn' &&
        (newest > draft.base || knowledgeNow > draft.knowledgeBase),
      ...(problems === undefined ? {} : { problems }),
    };
  }

  async function find(id: string): Promise<DraftRecord> {
    const draft = await deps.drafts.findDraft(id);
    if (draft === undefined) throw new SomkbError('NOT_FOUND', `there is no draft ${id}`, { where: 'draft' });
    return draft;
  }

  /** A draft the caller may see: their own, or any for a reviewer or an admin. */
  async function findVisible(user: SignedIn, id: string): Promise<DraftRecord> {
    const draft = await find(id);
    if (draft.authorId !== user.userId && !roleIncludes(user.role, 'reviewer'))
      throw new SomkbError(
        'FORBIDDEN',
        `the draft ${id} is another editor's; only its author and reviewers may see it`,
      );
    return draft;
  }

  /** A draft the caller may change: their own, in a status that may still change. */
  async function findOwn(
    user: SignedIn,
    id: string,
    ifMatch: string | undefined,
    doing: string,
  ): Promise<DraftRecord> {
    const draft = await find(id);
    if (draft.authorId !== user.userId)
      throw new SomkbError(
        'FORBIDDEN',
        `the draft ${id} is another editor's; only its author may ${doing} it`,
      );
    if (ifMatch !== undefined && ifMatch !== etagOf(draft) && ifMatch !== '*') {
      throw new SomkbError(
        'PRECONDITION_FAILED',
        `the draft ${id} changed since it was read (now ${etagOf(draft)}, read ${ifMatch}): read it again and redo the change`,
        { details: { current: await view(draft) } },
      );
    }
    return draft;
  }

  function requireStatus(draft: DraftRecord, allowed: readonly DraftStatus[], doing: string): void {
    if (!allowed.includes(draft.status)) {
      throw new SomkbError(
        'CONFLICT',
        `the draft ${draft.id} is ${draft.status}: only a draft that is ${allowed.join(' or ')} can be ${doing}`,
        { details: { status: draft.status } },
      );
    }
  }

  /** Writes a draft (compare-and-set on the revision read), giving the current draft on a race. */
  async function update(draft: DraftRecord, patch: DraftPatch): Promise<DraftRecord> {
    try {
      return await deps.drafts.updateDraft(draft.id, draft.revision, patch, now());
    } catch (error) {
      if (isSomkbError(error, 'PRECONDITION_FAILED')) {
        const current = await deps.drafts.findDraft(draft.id);
        throw new SomkbError(
          'PRECONDITION_FAILED',
          `the draft ${draft.id} changed meanwhile: read it again and redo the change`,
          {
            details: current === undefined ? {} : { current: await view(current) },
          },
        );
      }
      throw error;
    }
  }

  async function record(
    caller: Caller,
    action: AuditAction,
    draft: DraftRecord,
    before: string | null,
    after: string | null,
    detail: Readonly<Record<string, unknown>> = {},
  ): Promise<void> {
    await deps.audit.record(caller, { action, target: `draft:${draft.id}`, before, after, detail });
  }

  /** Every published language version of the document at a version, and the knowledge files of a version. */
  async function stateAt(
    documentId: string,
    version: number,
    knowledgeVersion: number,
  ): Promise<{
    state: DraftState;
    published: readonly PublishedCatalog[];
  }> {
    const published = await deps.catalogs.versionsAt(documentId, version);
    const files =
      (await deps.knowledgeSource.atVersion(knowledgeVersion)) ??
      (await deps.knowledgeSource.current()).files;
    return { state: { catalogs: published.map((one) => one.catalog), knowledge: files }, published };
  }

  async function baseOf(draft: DraftRecord): Promise<DraftState> {
    return (await stateAt(draft.documentId, draft.base, draft.knowledgeBase)).state;
  }

  async function currentOf(documentId: string): Promise<{
    state: DraftState;
    published: readonly PublishedCatalog[];
    version: number;
    knowledge: number;
  }> {
    const version = await newestVersion(documentId);
    const knowledge = await deps.knowledgeSource.current();
    const published = await deps.catalogs.versionsAt(documentId, version);
    return {
      state: { catalogs: published.map((one) => one.catalog), knowledge: knowledge.files },
      published,
      version,
      knowledge: knowledge.version,
    };
  }

  async function problemsOf(draft: DraftRecord): Promise<readonly DraftProblem[]> {
    return checkDraft(await baseOf(draft), draft.changes).problems;
  }

  return {
    async open(caller, request) {
      const user = signedIn(caller);
      if (!roleIncludes(user.role, 'editor')) throw new SomkbError('FORBIDDEN', 'only editors open drafts');
      const title = checkedText(request.title, 'title', MAX_TITLE_CHARS);
      const documentId = request.document ?? deps.defaultDocument ?? DEFAULT_DRAFT_DOCUMENT;
      const base = await newestVersion(documentId);
      if (base === 0)
        throw new SomkbError(
          'NOT_FOUND',
          `nothing of the document ${documentId} is published: a draft changes a published document`,
          {
            where: 'document',
            details: { fields: { document: `nothing of the document ${documentId} is published` } },
          },
        );
      const at = now();
      const draft: DraftRecord = {
        id: newId(),
        title,
        documentId,
        base,
        knowledgeBase: (await deps.knowledge.currentKnowledge())?.version ?? 0,
        authorId: user.userId,
        reviewerId: null,
        status: 'open',
        changes: [],
        comments: [],
        revision: 1,
        createdAt: at,
        updatedAt: at,
        publishedVersion: null,
      };
      await deps.drafts.createDraft(draft);
      await record(caller, 'draft-opened', draft, null, String(draft.revision), {
        document: documentId,
        base,
      });
      return view(draft, []);
    },

    async list(caller, filter = {}) {
      const user = signedIn(caller);
      const drafts = await deps.drafts.listDrafts({
        ...(roleIncludes(user.role, 'reviewer') ? {} : { authorId: user.userId }),
        ...(filter.statuses === undefined ? {} : { statuses: filter.statuses }),
      });
      const newest = await newestNow();
      return Promise.all(drafts.map((draft) => view(draft, undefined, newest)));
    },

    async get(caller, id) {
      const draft = await findVisible(signedIn(caller), id);
      return view(draft, await problemsOf(draft));
    },

    async change(caller, id, change, ifMatch) {
      const draft = await findOwn(signedIn(caller), id, ifMatch, 'change');
      requireStatus(draft, CHANGEABLE, 'changed');
      const base = await baseOf(draft);
      const target = changeTarget(change);
      const refused = checkChange(base, draft.changes, change);
      if (refused.length > 0) {
        const first = refused[0];
        throw new SomkbError('VALIDATION_FAILED', `the change was not made: ${first?.message ?? ''}`, {
          ...(first === undefined || first.field === '' ? {} : { where: first.field }),
          details: { target, fields: problemFields(refused, target), problems: refused },
        });
      }
      const replaced = draft.changes.some((one) => changeTarget(one) === target);
      const changes = replaced
        ? draft.changes.map((one) => (changeTarget(one) === target ? change : one))
        : [...draft.changes, change];
      const updated = await update(draft, { changes, status: 'open', reviewerId: null });
      await record(caller, 'draft-edited', draft, String(draft.revision), String(updated.revision), {
        target,
        kind: change.kind,
        replaced,
      });
      return view(updated, checkDraft(base, changes).problems);
    },

    async undoChange(caller, id, target, ifMatch) {
      const draft = await findOwn(signedIn(caller), id, ifMatch, 'change');
      requireStatus(draft, CHANGEABLE, 'changed');
      if (!draft.changes.some((one) => changeTarget(one) === target))
        throw new SomkbError('NOT_FOUND', `the draft ${id} has no change of ${target}`, { where: 'target' });
      const changes = draft.changes.filter((one) => changeTarget(one) !== target);
      const updated = await update(draft, { changes, status: 'open', reviewerId: null });
      await record(caller, 'draft-edited', draft, String(draft.revision), String(updated.revision), {
        target,
        undone: true,
      });
      return view(updated, await problemsOf(updated));
    },

    async submit(caller, id, ifMatch) {
      const draft = await findOwn(signedIn(caller), id, ifMatch, 'submit');
      requireStatus(draft, ['open'], 'submitted');
      if (draft.changes.length === 0)
        throw new SomkbError('VALIDATION_FAILED', `the draft ${id} has no changes to submit`, {
          details: { fields: { changes: 'the draft has no changes' }, problems: [] },
        });
      const problems = await problemsOf(draft);
      if (problems.length > 0) throw problemsError(problems, 'submitted');
      const updated = await update(draft, { status: 'submitted' });
      await record(caller, 'draft-submitted', draft, String(draft.revision), String(updated.revision));
      return view(updated, []);
    },

    async approve(caller, id, comment) {
      const user = signedIn(caller);
      if (!roleIncludes(user.role, 'reviewer'))
        throw new SomkbError('FORBIDDEN', 'only reviewers and admins approve drafts');
      const draft = await find(id);
      if (draft.authorId === user.userId)
        throw new SomkbError('FORBIDDEN', `the draft ${id} is your own: another reviewer approves it`);
      requireStatus(draft, ['submitted'], 'approved');
      const comments =
        comment === undefined || comment.trim() === ''
          ? draft.comments
          : [
              ...draft.comments,
              { at: now(), by: user.email, text: checkedText(comment, 'comment', MAX_COMMENT_CHARS) },
            ];
      const updated = await update(draft, { status: 'approved', reviewerId: user.userId, comments });
      await record(caller, 'draft-approved', draft, String(draft.revision), String(updated.revision));
      return view(updated);
    },

    async sendBack(caller, id, comment) {
      const user = signedIn(caller);
      if (!roleIncludes(user.role, 'reviewer'))
        throw new SomkbError('FORBIDDEN', 'only reviewers and admins send drafts back');
      const draft = await find(id);
      if (draft.authorId === user.userId)
        throw new SomkbError('FORBIDDEN', `the draft ${id} is your own: another reviewer reviews it`);
      requireStatus(draft, ['submitted', 'approved'], 'sent back');
      const text = checkedText(comment, 'comment', MAX_COMMENT_CHARS);
      const updated = await update(draft, {
        status: 'open',
        reviewerId: null,
        comments: [...draft.comments, { at: now(), by: user.email, text }],
      });
      await record(caller, 'draft-sent-back', draft, String(draft.revision), String(updated.revision));
      return view(updated);
    },

    async withdraw(caller, id) {
      const draft = await findOwn(signedIn(caller), id, undefined, 'withdraw');
      requireStatus(draft, CHANGEABLE, 'withdrawn');
      const updated = await update(draft, { status: 'withdrawn' });
      await record(caller, 'draft-withdrawn', draft, String(draft.revision), String(updated.revision));
      return view(updated);
    },

    async publish(caller, id) {
      const user = signedIn(caller);
      const draft = await find(id);
      const approver = draft.reviewerId !== null && draft.reviewerId === user.userId;
      if (user.role !== 'admin' && !approver)
        throw new SomkbError(
          'FORBIDDEN',
          `only an admin or the reviewer who approved the draft ${id} publishes it`,
        );
      requireStatus(draft, ['approved'], 'published');
      const base = await baseOf(draft);
      const current = await currentOf(draft.documentId);
      const conflicts = findConflicts(draft.changes, base, current.state);
      if (conflicts.length > 0) {
        throw new SomkbError(
          'CONFLICT',
          `the draft ${id} changes ${conflicts.map((conflict) => conflict.target).join(', ')}, which ${conflicts.length === 1 ? 'was' : 'were'} changed by a publish since its base (version ${draft.base}): its editor brings it up to date (rebase) and it is reviewed again`,
          { details: { conflicts } },
        );
      }
      const changes = rebaseChanges(draft.changes, base, current.state);
      const check = checkDraft(current.state, changes);
      if (check.problems.length > 0) throw problemsError(check.problems, 'published');
      const { applied } = check;
      const author = (await emailOf(draft.authorId)) ?? draft.authorId;
      const reviewer = (await emailOf(draft.reviewerId)) ?? user.email;
      const at = now();
      let knowledgeVersion: number | undefined;
      if (applied.knowledgeChanged) {
        const published = await deps.knowledge.publishKnowledge(current.knowledge, {
          publishedAt: at,
          by: user.email,
          draft: draft.id,
          thesaurus: applied.state.knowledge.thesaurus,
          mechanisms: applied.state.knowledge.mechanisms,
        });
        knowledgeVersion = published.version;
      }
      const reference = referenceCatalog(applied.state)?.language;
      const languages =
        applied.knowledgeChanged && reference !== undefined && !applied.languages.includes(reference)
          ? [...applied.languages, reference]
          : applied.languages;
      const edited = languages.flatMap((language) => {
        const catalog = catalogIn(applied.state, language);
        const was = current.published.find((one) => one.language === language);
        return catalog === undefined || was === undefined ? [] : [{ catalog, base: was.version }];
      });
      const versions = await deps.catalogs.publishEdited({
        catalogs: edited,
        source: {
          name: `draft ${draft.id}`,
          sha256: sha256(JSON.stringify({ draft: draft.id, revision: draft.revision, changes })),
          draft: draft.id,
          author,
          reviewer,
        },
        by: user.email,
        message: draft.title,
      });
      const version = versions.reduce((newest, one) => Math.max(newest, one.version), 0);
      const updated = await update(draft, { status: 'published', publishedVersion: version, changes });
      await deps.audit.record(caller, {
        action: 'draft-published',
        target: `draft:${draft.id}`,
        before: String(current.version),
        after: String(version),
        detail: {
          document: draft.documentId,
          versions: versions.map((one) => ({ language: one.language, version: one.version })),
          ...(knowledgeVersion === undefined ? {} : { knowledgeVersion }),
        },
      });
      return { version, draft: await view(updated) };
    },

    async rebase(caller, id) {
      const draft = await findOwn(signedIn(caller), id, undefined, 'rebase');
      requireStatus(draft, CHANGEABLE, 'brought up to date');
      const base = await baseOf(draft);
      const current = await currentOf(draft.documentId);
      const changes = rebaseChanges(draft.changes, base, current.state);
      const updated = await update(draft, {
        base: current.version,
        knowledgeBase: current.knowledge,
        changes,
        status: 'open',
        reviewerId: null,
      });
      await record(caller, 'draft-rebased', draft, String(draft.revision), String(updated.revision), {
        from: draft.base,
        to: current.version,
      });
      return view(updated, checkDraft(current.state, changes).problems);
    },

    async diff(caller, id) {
      const draft = await findVisible(signedIn(caller), id);
      const { state, published } = await stateAt(draft.documentId, draft.base, draft.knowledgeBase);
      const applied = applyChanges(state, draft.changes);
      return applied.languages.flatMap((language) => {
        const before = published.find((one) => one.language === language);
        const after = catalogIn(applied.state, language);
        return before === undefined || after === undefined
          ? []
          : [
              diffCatalogs(
                { version: before.version, catalog: before.catalog },
                { version: 0, catalog: after },
              ),
            ];
      });
    },

    async preview(caller, id, language) {
      const draft = await findVisible(signedIn(caller), id);
      const base = await baseOf(draft);
      const current = await currentOf(draft.documentId);
      const applied = applyChanges(current.state, rebaseChanges(draft.changes, base, current.state));
      const catalog = catalogIn(applied.state, language);
      if (catalog === undefined)
        throw new SomkbError('NOT_FOUND', `the document ${draft.documentId} has no ${language} version`, {
          where: 'language',
        });
      return catalog;
    },
  };
}
