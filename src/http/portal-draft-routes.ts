import type { Context, Hono } from 'hono';
import type { Catalog, Language } from '../domain/index.js';
import { UN_LANGUAGES, paperSlug } from '../domain/index.js';
import type { DraftChange, DraftChangeKind } from '../editing/index.js';
import { changeTarget } from '../editing/index.js';
import { SomkbError } from '../errors/index.js';
import type { DraftConflict, DraftView } from '../services/index.js';
import {
  DRAFTS_PATH,
  NEW_DRAFT_PATH,
  buildPortalModel,
  draftPath,
  existingChange,
  inPreview,
  initialValues,
  isChangeKind,
  DRAFT_ACTIONS,
  canEdit,
  newPaperRows,
  readChangeForm,
  renderChangeFormPage,
  renderDraftPage,
  renderDraftsPage,
  renderHomePage,
  renderNewDraftPage,
  renderPaperPage,
  renderThemePage,
  withNotice,
} from '../web/index.js';
import type { DraftAction } from '../messages/index.js';
import type { ChangeAbout, DraftPageView, FormState, KnowledgeEntry, PageContext } from '../web/index.js';
import type { EditorPortal } from './portal-editor-kit.js';
import {
  attempt,
  callerOf,
  fieldProblemsOf,
  formValuesOf,
  noticeOf,
  statusOf,
  viewerOf,
} from './portal-editor-kit.js';

/** The names of a form's query that say what it is about. */
const ABOUT_NAMES = ['number', 'symbol', 'theme', 'id', 'language'] as const;

/** What a form is about, from `source` (the URL's query, or the form's hidden fields). */
function aboutOf(source: (name: string) => string | undefined): Record<string, string> {
  const about: Record<string, string> = {};
  for (const name of ABOUT_NAMES) {
    const value = source(name);
    if (value !== undefined && value !== '') about[name] = value;
  }
  return about;
}

/** True for a draft's conflict as the service gives it in `details.conflicts`. */
function conflictsOf(details: Readonly<Record<string, unknown>>): DraftConflict[] | undefined {
  const conflicts = details.conflicts;
  if (!Array.isArray(conflicts)) return undefined;
  return conflicts.filter(
    (entry): entry is DraftConflict =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as { target?: unknown }).target === 'string',
  );
}

/** The problems of one change among those of several (`<target> <field>` keys), keyed by field. */
function problemsOfTarget(
  problems: Readonly<Record<string, string>>,
  target: string,
): Record<string, string> {
  const own: Record<string, string> = {};
  for (const [key, message] of Object.entries(problems)) {
    if (key === target) own[''] = message;
    else if (key.startsWith(`${target} `)) own[key.slice(target.length + 1)] = message;
    else if (!/^\S+:\S*\s/.test(key)) own[key] = message;
  }
  return own;
}

/**
 * The drafts' pages: the list, the form that opens one, a draft's page and its actions, the form of
 * each kind of change, and the preview of the changed pages; over the drafts use case. A refused
 * form comes back with the editor's input and the problems next to their fields (422); a stale one
 * (412) with the draft's current state; a refused publish with its conflicts side by side (409).
 */
export function addDraftRoutes(app: Hono, { portal, editors }: EditorPortal): void {
  const { drafts } = editors;
  const { contextOf, htmlResponse, deps } = portal;

  /** The languages the document of a draft is published in, in UN order (its reference first when unknown). */
  async function languagesOf(document: string): Promise<Language[]> {
    const published = (await deps.listPublished?.()) ?? [];
    const found = new Set(
      published.filter((entry) => entry.documentId === document).map((entry) => entry.language),
    );
    if (found.size === 0) {
      const current = await deps.loadPublished();
      if (current !== undefined) found.add(current.language);
    }
    return UN_LANGUAGES.filter((language) => found.has(language));
  }

  /** The reference language of a document: Chinese when published, else its first language. */
  function referenceOf(languages: readonly Language[]): Language {
    return languages.includes('zh') ? 'zh' : (languages[0] ?? 'zh');
  }

  /** The thesaurus concepts and mechanisms of the current knowledge, by id and name in the reader's language. */
  async function knowledgeChoices(lang: Language): Promise<Pick<DraftPageView, 'concepts' | 'mechanisms'>> {
    const knowledge = await deps.loadKnowledge?.();
    return {
      concepts: (knowledge?.concepts ?? []).map(({ concept }) => ({
        id: concept.id,
        label: concept.prefLabel[lang] ?? concept.prefLabel.en ?? concept.id,
      })),
      mechanisms: (knowledge?.mechanisms ?? []).map(({ mechanism }) => ({
        id: mechanism.id,
        label: mechanism.en,
      })),
    };
  }

  /** The current concept or mechanism entry of a form (as the knowledge files write it). */
  async function entryOf(kind: DraftChangeKind, id: string | undefined): Promise<KnowledgeEntry | undefined> {
    if (id === undefined || (kind !== 'concept' && kind !== 'mechanism')) return undefined;
    const knowledge = await deps.loadKnowledge?.();
    if (kind === 'concept') {
      const concept = knowledge?.concepts.find((entry) => entry.concept.id === id)?.concept;
      return concept === undefined ? undefined : { ...concept };
    }
    const mechanism = knowledge?.mechanisms.find((entry) => entry.mechanism.id === id)?.mechanism;
    if (mechanism === undefined) return undefined;
    // Its region's names come from the directory's regions, not from the entry.
    const entry: Record<string, unknown> = { ...mechanism };
    delete entry.regionLabels;
    return entry;
  }

  /** A draft's page (with what an action that was refused brings: conflicts, a problem). */
  async function draftPage(
    c: Context,
    id: string,
    extra: Partial<Pick<DraftPageView, 'conflicts' | 'problem' | 'problems' | 'sendBack'>> = {},
    status: 200 | 409 | 412 | 422 = 200,
  ): Promise<Response> {
    const caller = callerOf(c);
    const context = contextOf(c);
    const draft = await drafts.get(caller, id);
    const languages = await languagesOf(draft.document);
    const [diffs, catalog, choices] = await Promise.all([
      drafts.diff(caller, id),
      drafts.preview(caller, id, referenceOf(languages)),
      knowledgeChoices(context.lang),
    ]);
    const notice = noticeOf(c, context);
    const view: DraftPageView = {
      viewer: viewerOf(c),
      draft,
      diffs,
      catalog,
      languages,
      ...choices,
      ...(notice === undefined ? {} : { notice }),
      ...extra,
    };
    return htmlResponse(c, renderDraftPage(context, view), status);
  }

  app.get(DRAFTS_PATH, async (c) => {
    const context = contextOf(c);
    const list = await drafts.list(callerOf(c));
    const notice = noticeOf(c, context);
    return htmlResponse(
      c,
      renderDraftsPage(context, {
        viewer: viewerOf(c),
        drafts: list,
        ...(notice === undefined ? {} : { notice }),
      }),
    );
  });

  app.get(NEW_DRAFT_PATH, (c) => htmlResponse(c, renderNewDraftPage(contextOf(c), viewerOf(c))));

  app.post(NEW_DRAFT_PATH, async (c) => {
    const values = await formValuesOf(c);
    const title = (values.title ?? '').trim();
    const context = contextOf(c);
    if (title === '') {
      const form: FormState = { values, errors: { title: context.messages.editors.requiredField } };
      return htmlResponse(c, renderNewDraftPage(context, viewerOf(c), form), 422);
    }
    const outcome = await attempt(() => drafts.open(callerOf(c), { title }), ['VALIDATION_FAILED']);
    if (!outcome.ok) {
      const form: FormState = { values, errors: fieldProblemsOf(outcome.error, 'title') };
      return htmlResponse(c, renderNewDraftPage(context, viewerOf(c), form), 422);
    }
    return c.redirect(withNotice(draftPath(outcome.value.id), 'draft-opened'), 303);
  });

  app.get(`${DRAFTS_PATH}/:id`, (c) => draftPage(c, c.req.param('id')));

  app.post(`${DRAFTS_PATH}/:id/undo`, async (c) => {
    const id = c.req.param('id');
    const values = await formValuesOf(c);
    const outcome = await attempt(
      () => drafts.undoChange(callerOf(c), id, values.target ?? '', values.etag),
      ['PRECONDITION_FAILED', 'CONFLICT', 'NOT_FOUND'],
    );
    if (outcome.ok) return c.redirect(withNotice(draftPath(id), 'change-removed'), 303);
    if (outcome.error.code === 'NOT_FOUND') throw outcome.error;
    const status = statusOf(outcome.error) === 412 ? 412 : 409;
    return draftPage(c, id, { problem: staleOrMessage(c, outcome.error) }, status);
  });

  /** A draft its author may change now; FORBIDDEN for anyone else (reviewers read it, never edit it). */
  async function editableDraft(c: Context, id: string): Promise<DraftView> {
    const draft = await drafts.get(callerOf(c), id);
    if (!canEdit(viewerOf(c), draft))
      throw new SomkbError(
        'FORBIDDEN',
        `only the author of draft ${id} changes it, while it is not published or withdrawn`,
      );
    return draft;
  }

  /** What the draft's page says of a refused action: the stale-draft text for a 412, else the service's message. */
  function staleOrMessage(c: Context, error: SomkbError): string {
    const words = contextOf(c).messages.editors;
    return error.code === 'PRECONDITION_FAILED' ? `${words.staleTitle}. ${words.staleText}` : error.message;
  }

  for (const action of DRAFT_ACTIONS) app.post(`${DRAFTS_PATH}/:id/${action}`, (c) => draftAction(c, action));

  /** An action on a draft: done, then its page with the notice; refused, its page saying why. */
  async function draftAction(c: Context, action: DraftAction): Promise<Response> {
    const id = c.req.param('id') ?? '';
    const caller = callerOf(c);
    const values = await formValuesOf(c);
    const comment = (values.comment ?? '').trim();
    if (action === 'send-back' && comment === '') {
      const words = contextOf(c).messages.editors;
      return draftPage(c, id, { sendBack: { values, errors: { comment: words.requiredField } } }, 422);
    }
    const outcome = await attempt(async (): Promise<{ draft: DraftView; version?: number }> => {
      switch (action) {
        case 'submit':
          return { draft: await drafts.submit(caller, id, values.etag) };
        case 'approve':
          return { draft: await drafts.approve(caller, id, comment === '' ? undefined : comment) };
        case 'send-back':
          return { draft: await drafts.sendBack(caller, id, comment) };
        case 'withdraw':
          return { draft: await drafts.withdraw(caller, id) };
        case 'publish':
          return drafts.publish(caller, id);
        case 'rebase':
          return { draft: await drafts.rebase(caller, id) };
      }
    }, ['PRECONDITION_FAILED', 'CONFLICT', 'VALIDATION_FAILED', 'ALIGNMENT_FAILED']);
    if (outcome.ok) {
      const notice = (
        {
          submit: 'submitted',
          approve: 'approved',
          'send-back': 'sent-back',
          withdraw: 'withdrawn',
          publish: 'published',
          rebase: 'rebased',
        } as const
      )[action];
      return c.redirect(withNotice(draftPath(id), notice), 303);
    }
    const { error } = outcome;
    const conflicts = conflictsOf(error.details);
    if (error.code === 'CONFLICT' && conflicts !== undefined && conflicts.length > 0)
      return draftPage(c, id, { conflicts }, 409);
    if (error.code === 'VALIDATION_FAILED' || error.code === 'ALIGNMENT_FAILED')
      return draftPage(c, id, { problem: error.message, problems: fieldProblemsOf(error) }, 422);
    return draftPage(c, id, { problem: staleOrMessage(c, error) }, statusOf(error) === 412 ? 412 : 409);
  }

  /** The page of a change's form over the draft now, with the values to show and what came back. */
  async function changeFormPage(
    c: Context,
    draft: DraftView,
    kind: DraftChangeKind,
    about: ChangeAbout,
    sent: { readonly values?: Record<string, string>; readonly errors?: Record<string, string> },
    options: {
      readonly status?: 200 | 412 | 422;
      readonly stale?: { current: DraftChange | undefined };
    } = {},
  ): Promise<Response> {
    const context = contextOf(c);
    const languages = await languagesOf(draft.document);
    const language = languages.find((entry) => entry === about.language) ?? referenceOf(languages);
    const catalog = await drafts.preview(callerOf(c), draft.id, language);
    if (
      kind === 'paragraph' &&
      !catalog.paragraphs.some((paragraph) => String(paragraph.number) === about.number)
    )
      throw new SomkbError('NOT_FOUND', `no paragraph ${about.number ?? ''} in the draft's document`);
    if (kind === 'paper' && !catalog.papers.some((paper) => paper.symbol === about.symbol))
      throw new SomkbError('NOT_FOUND', `no paper ${about.symbol ?? ''} in the draft's document`);
    if (kind === 'key-topics' && !catalog.themes.some((theme) => theme.id === about.theme))
      throw new SomkbError('NOT_FOUND', `no theme ${about.theme ?? ''} in the draft's document`);
    const existing = existingChange(draft.changes, kind, about, draft.document);
    const entry = await entryOf(kind, about.id);
    const initial = initialValues(
      kind,
      about,
      { catalog, ...(existing === undefined ? {} : { existing }), ...(entry === undefined ? {} : { entry }) },
      languages,
    );
    const form: FormState = { values: { ...initial, ...sent.values }, errors: sent.errors ?? {} };
    const page = renderChangeFormPage(context, {
      viewer: viewerOf(c),
      draft,
      kind,
      about,
      catalog,
      languages,
      form,
      ...(options.stale === undefined ? {} : { stale: options.stale }),
    });
    return htmlResponse(c, page, options.status ?? 200);
  }

  app.get(`${DRAFTS_PATH}/:id/edit/:kind`, async (c) => {
    const kind = c.req.param('kind');
    if (!isChangeKind(kind)) throw new SomkbError('NOT_FOUND', `no form for a change of kind ${kind}`);
    const draft = await editableDraft(c, c.req.param('id'));
    return changeFormPage(
      c,
      draft,
      kind,
      aboutOf((name) => c.req.query(name)),
      {},
    );
  });

  app.post(`${DRAFTS_PATH}/:id/edit/:kind`, async (c) => {
    const kind = c.req.param('kind');
    if (!isChangeKind(kind)) throw new SomkbError('NOT_FOUND', `no form for a change of kind ${kind}`);
    const id = c.req.param('id');
    const caller = callerOf(c);
    const values = await formValuesOf(c);
    const about = aboutOf((name) => values[name] ?? c.req.query(name));
    const draft = await editableDraft(c, id);
    if (values._more !== undefined) {
      return changeFormPage(c, draft, kind, about, {
        values: { ...values, rows: String(newPaperRows(values) + 1) },
      });
    }
    const languages = await languagesOf(draft.document);
    const entry = await entryOf(kind, about.id);
    const read = readChangeForm(kind, values, {
      document: draft.document,
      languages,
      messages: contextOf(c).messages,
      ...(entry === undefined ? {} : { entry }),
    });
    if (read.change === undefined)
      return changeFormPage(c, draft, kind, about, { values, errors: read.errors }, { status: 422 });
    const change = read.change;
    const outcome = await attempt(
      () => drafts.change(caller, id, change, values.etag),
      ['PRECONDITION_FAILED', 'VALIDATION_FAILED', 'ALIGNMENT_FAILED', 'CONFLICT'],
    );
    if (outcome.ok) return c.redirect(withNotice(draftPath(id), 'change-saved'), 303);
    const { error } = outcome;
    if (error.code === 'PRECONDITION_FAILED') {
      // The draft changed since the form was read: show it now, keep what was typed, carry the new ETag.
      const now = await drafts.get(caller, id);
      const current = now.changes.find((entry) => changeTarget(entry) === changeTarget(change));
      return changeFormPage(c, now, kind, about, { values }, { status: 412, stale: { current } });
    }
    const errors = problemsOfTarget(fieldProblemsOf(error, ''), changeTarget(change));
    return changeFormPage(c, draft, kind, about, { values, errors }, { status: 422 });
  });

  /** A page of a draft's preview: rendered from the draft's document, marked, its links kept in the preview. */
  async function previewPage(
    c: Context,
    render: (context: PageContext, catalog: Catalog) => ReturnType<typeof renderHomePage> | undefined,
  ): Promise<Response> {
    const id = c.req.param('id') ?? '';
    const caller = callerOf(c);
    const draft = await drafts.get(caller, id);
    const languages = await languagesOf(draft.document);
    const context = contextOf(c);
    const asked = c.req.query('language');
    const language =
      languages.find((entry) => entry === asked) ??
      languages.find((entry) => entry === context.lang) ??
      referenceOf(languages);
    const catalog = await drafts.preview(caller, id, language);
    const previewContext: PageContext = {
      ...context,
      preview: { title: draft.title, draftHref: draftPath(draft.id) },
      content: {
        shown: language,
        versions: languages.map((entry) => ({ language: entry, version: draft.base })),
      },
    };
    const page = render(previewContext, catalog);
    if (page === undefined) throw new SomkbError('NOT_FOUND', 'no such page in the draft’s preview');
    return htmlResponse(c, inPreview(page, draft.id, asked === language ? language : undefined));
  }

  app.get(`${DRAFTS_PATH}/:id/preview`, (c) =>
    previewPage(c, (context, catalog) => renderHomePage(context, buildPortalModel(catalog, undefined))),
  );
  app.get(`${DRAFTS_PATH}/:id/preview/themes/:theme`, (c) =>
    previewPage(c, (context, catalog) => {
      const model = buildPortalModel(catalog, undefined);
      const theme = model.themeById.get(c.req.param('theme'));
      return theme === undefined ? undefined : renderThemePage(context, model, theme);
    }),
  );
  app.get(`${DRAFTS_PATH}/:id/preview/papers/:slug`, (c) =>
    previewPage(c, (context, catalog) => {
      const model = buildPortalModel(catalog, undefined);
      const asked = c.req.param('slug');
      const paper =
        model.paperBySlug.get(asked.toLowerCase()) ?? model.paperBySlug.get(paperSlug(asked).toLowerCase());
      return paper === undefined ? undefined : renderPaperPage(context, model, paper);
    }),
  );
}
