import { roleIncludes } from '../accounts/index.js';
import type { Catalog, Language } from '../domain/index.js';
import type { DraftChange } from '../editing/index.js';
import type { CatalogDiff } from '../history/index.js';
import type { DraftAction } from '../messages/index.js';
import type { DraftConflict, DraftView } from '../services/index.js';
import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { EMPTY_FORM, assignErrors, doneNotice, errorSummary, field, submitButton } from './form-kit.js';
import type { FormState } from './form-kit.js';
import {
  CHANGE_KINDS,
  DRAFTS_PATH,
  NEW_DRAFT_PATH,
  changeAbout,
  changeFormPath,
  draftActionPath,
  draftPath,
  draftPreviewPath,
  draftUndoPath,
} from './editor-urls.js';
import { formTokenField, languageName, renderPage, symbolText } from './page-layout.js';
import type { PageContext, Viewer } from './page-layout.js';
import { paperPath, themePath } from './portal-urls.js';
import { publishedTime, renderChangeGroups } from './render-history.js';
import { changeTarget } from '../editing/index.js';

/** A time as a `<time>` element in the reader's language. */
function timeOf(context: PageContext, iso: string): Html {
  return h`<time datetime="${iso}">${publishedTime(iso, context.lang)}</time>`;
}

/** The name of a draft's status, marked with its status for the stylesheet. */
function statusMark(context: PageContext, draft: DraftView): Html {
  return h`<span class="draft-status status-${draft.status}">${context.messages.editors.draftStatuses[draft.status]}</span>`;
}

/** A table of drafts: title (a link to it), status, author, base version, last change. */
function draftTable(context: PageContext, drafts: readonly DraftView[], caption: string): Html {
  const { messages } = context;
  const words = messages.editors;
  if (drafts.length === 0) return h`<p>${words.noDrafts}</p>`;
  return h`<div class="table-wrap"><table class="editor-table drafts-table"><caption class="visually-hidden">${caption}</caption><thead><tr><th scope="col">${words.draftTitle}</th><th scope="col">${words.status}</th><th scope="col">${words.author}</th><th scope="col">${words.basedOn}</th><th scope="col">${words.updatedAt}</th></tr></thead>
<tbody>${drafts.map(
    (draft) =>
      h`<tr><th scope="row"><a href="${draftPath(draft.id)}"><bdi>${draft.title}</bdi></a></th><td data-label="${words.status}">${statusMark(context, draft)}</td><td data-label="${words.author}"><bdi>${draft.author}</bdi></td><td data-label="${words.basedOn}">${messages.versionName(draft.base)}</td><td data-label="${words.updatedAt}">${timeOf(context, draft.updatedAt)}</td></tr>`,
  )}</tbody></table></div>`;
}

/** What the list of drafts shows. */
export interface DraftsView {
  readonly viewer: Viewer;
  /** Every draft the caller may see, newest first. */
  readonly drafts: readonly DraftView[];
  readonly notice?: string;
}

/**
 * The list of drafts: the caller's own, and for reviewers and admins the drafts of others waiting
 * for review or publish; a link to open a new draft.
 */
export function renderDraftsPage(context: PageContext, view: DraftsView): Html {
  const words = context.messages.editors;
  const mine = view.drafts.filter((draft) => draft.author === view.viewer.email);
  const waiting = view.drafts.filter(
    (draft) =>
      draft.author !== view.viewer.email && (draft.status === 'submitted' || draft.status === 'approved'),
  );
  const review = roleIncludes(view.viewer.role, 'reviewer')
    ? h`<section aria-labelledby="waiting-heading"><h2 id="waiting-heading">${words.awaitingReview}</h2>${draftTable(context, waiting, words.awaitingReview)}</section>`
    : EMPTY;
  return renderPage(context, {
    title: words.draftsTitle,
    section: 'drafts',
    hideHeaderSearch: true,
    main: h`<h1>${words.draftsTitle}</h1>
${doneNotice(view.notice)}
<p class="lead">${words.draftsIntro}</p>
<p><a class="button-link" href="${NEW_DRAFT_PATH}">${words.newDraftTitle}</a></p>
${review}
<section aria-labelledby="mine-heading"><h2 id="mine-heading">${words.yourDrafts}</h2>${draftTable(context, mine, words.yourDrafts)}</section>`,
  });
}

/** The page that opens a draft: its title (and the form as sent, with its problems, when it came back). */
export function renderNewDraftPage(context: PageContext, viewer: Viewer, form: FormState = EMPTY_FORM): Html {
  const words = context.messages.editors;
  const assigned = assignErrors(form, ['title', 'document']);
  return renderPage(context, {
    title: words.newDraftTitle,
    section: 'drafts',
    hideHeaderSearch: true,
    breadcrumb: [{ label: words.draftsTitle, href: DRAFTS_PATH }, { label: words.newDraftTitle }],
    main: h`<h1>${words.newDraftTitle}</h1>
${errorSummary(words.formProblems, assigned, new Map([['title', words.draftTitle]]))}
<form class="editor-form" action="${NEW_DRAFT_PATH}" method="post" novalidate>${formTokenField(viewer)}
${field(form, assigned, { name: 'title', label: words.draftTitle, hint: words.draftTitleHint, required: true, attributes: h` maxlength="200"` })}
<div class="form-actions">${submitButton(words.openDraftButton)}</div>
</form>`,
  });
}

/** The actions a draft's page offers to `viewer` now (the service decides again when one is sent). */
export function allowedActions(viewer: Viewer, draft: DraftView): DraftAction[] {
  const mine = draft.author === viewer.email;
  const reviewer = roleIncludes(viewer.role, 'reviewer');
  const actions: DraftAction[] = [];
  if (mine && draft.status === 'open' && draft.changes.length > 0) actions.push('submit');
  if (!mine && reviewer && draft.status === 'submitted') actions.push('approve', 'send-back');
  if (
    draft.status === 'approved' &&
    (viewer.role === 'admin' || (reviewer && draft.reviewer === viewer.email))
  )
    actions.push('publish');
  if (
    mine &&
    draft.behind &&
    (draft.status === 'open' || draft.status === 'submitted' || draft.status === 'approved')
  )
    actions.push('rebase');
  if (mine && (draft.status === 'open' || draft.status === 'submitted' || draft.status === 'approved'))
    actions.push('withdraw');
  return actions;
}

/** True when `viewer` may change the draft: its author, while it is not published or withdrawn. */
export function canEdit(viewer: Viewer, draft: DraftView): boolean {
  return draft.author === viewer.email && draft.status !== 'published' && draft.status !== 'withdrawn';
}

/** A short name of a change: what it is about (a paragraph and its language, a paper, a theme, a concept). */
export function changeName(context: PageContext, change: DraftChange): Html {
  const { messages } = context;
  const words = messages.editors;
  const kind = words.changeKinds[change.kind];
  switch (change.kind) {
    case 'paragraph':
      return h`${kind} · ${messages.paragraphName(change.number)} · ${languageName(change.language)}`;
    case 'paper':
      return h`${kind} · ${symbolText(change.symbol)} · ${languageName(change.language)}`;
    case 'new-paper':
      return h`${kind} · ${symbolText(change.symbol)}`;
    case 'key-topics':
      return h`${kind} · <bdi>${change.theme}</bdi> · ${languageName(change.language)}`;
    case 'concept':
    case 'mechanism':
      return h`${kind} · <bdi>${change.id}</bdi>`;
  }
}

/**
 * Any JSON value as readable HTML: text as it is (line breaks kept), numbers, lists one a line, and
 * objects as a list of their fields, nested. Used for both sides of a conflict and the current state
 * shown on a stale edit.
 */
export function valueBlock(value: unknown): Html {
  if (value === null || value === undefined) return h`<span class="no-value">—</span>`;
  if (typeof value === 'string') return h`<span class="value-text">${value}</span>`;
  if (typeof value === 'number' || typeof value === 'boolean') return h`${String(value)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return h`<span class="no-value">—</span>`;
    return h`<ul class="value-list">${value.map((entry) => h`<li>${valueBlock(entry)}</li>`)}</ul>`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return h`<span class="no-value">—</span>`;
    return h`<dl class="value-fields">${entries.map(([key, entry]) => h`<div><dt><bdi>${key}</bdi></dt><dd>${valueBlock(entry)}</dd></div>`)}</dl>`;
  }
  return EMPTY;
}

/** The conflicts of a refused publish: each target with the base, what was published since and the draft's, side by side. */
function conflictsSection(
  context: PageContext,
  viewer: Viewer,
  draft: DraftView,
  conflicts: readonly DraftConflict[],
): Html {
  const words = context.messages.editors;
  const rebase =
    draft.author === viewer.email
      ? h`<form action="${draftActionPath(draft.id, 'rebase')}" method="post">${formTokenField(viewer)}<input type="hidden" name="etag" value="${draft.etag}">${submitButton(words.actionButtons.rebase)}</form>`
      : EMPTY;
  return h`<section class="notice error conflicts" role="alert" aria-labelledby="conflict-heading" tabindex="-1" id="conflicts"><h2 id="conflict-heading">${words.conflictTitle}</h2>
<p>${words.conflictText}</p>
${conflicts.map(
  (conflict) => h`<div class="conflict"><h3><bdi>${conflict.target}</bdi></h3>
<div class="conflict-sides"><div class="conflict-side side-base"><h4>${words.conflictBase}</h4>${valueBlock(conflict.base)}</div><div class="conflict-side side-theirs"><h4>${words.conflictTheirs}</h4>${valueBlock(conflict.theirs)}</div><div class="conflict-side side-ours"><h4>${words.conflictOurs}</h4>${valueBlock(conflict.ours)}</div></div></div>`,
)}
${rebase}</section>`;
}

/** What a draft's page shows. */
export interface DraftPageView {
  readonly viewer: Viewer;
  readonly draft: DraftView;
  /** The draft's diff against its base, one per language changed. */
  readonly diffs: readonly CatalogDiff[];
  /** The document as the draft has it (its preview, in the reference language): the choices of the forms. */
  readonly catalog: Catalog;
  /** The languages the document is published in. */
  readonly languages: readonly Language[];
  /** The thesaurus concepts and mechanisms there are, by id and name, for the forms that change them. */
  readonly concepts: readonly { readonly id: string; readonly label: string }[];
  readonly mechanisms: readonly { readonly id: string; readonly label: string }[];
  readonly notice?: string;
  /** A publish refused with conflicts (409): both sides, and the rebase button. */
  readonly conflicts?: readonly DraftConflict[];
  /** An action refused for another reason: the service's message. */
  readonly problem?: string;
  /** The problems of the draft's changes that refused it (submit, publish): by `<target> <field>`. */
  readonly problems?: Readonly<Record<string, string>>;
  /** The comment of a send-back, as sent, with its problems, when it came back. */
  readonly sendBack?: FormState;
}

/** The draft's changes, each with a link to edit it again and a button that removes it (for its author). */
function changesSection(context: PageContext, view: DraftPageView, editable: boolean): Html {
  const words = context.messages.editors;
  const { draft, viewer } = view;
  const list =
    draft.changes.length === 0
      ? h`<p>${words.noChangesYet}</p>`
      : h`<ul class="draft-changes">${draft.changes.map((change) => {
          const tools = editable
            ? h` <a href="${changeFormPath(draft.id, change.kind, changeAbout(change))}">${words.editChange}<span class="visually-hidden"> · ${changeName(context, change)}</span></a>
<form class="inline-form" action="${draftUndoPath(draft.id)}" method="post">${formTokenField(viewer)}<input type="hidden" name="etag" value="${draft.etag}"><input type="hidden" name="target" value="${changeTarget(change)}"><button type="submit" class="link-button">${words.removeChange}<span class="visually-hidden"> · ${changeName(context, change)}</span></button></form>`
            : EMPTY;
          return h`<li><span class="change-name">${changeName(context, change)}</span>${tools}</li>`;
        })}</ul>`;
  const problems = draft.problems ?? [];
  const open =
    problems.length === 0 || draft.status === 'published' || draft.status === 'withdrawn'
      ? EMPTY
      : h`<div class="notice draft-problems" role="note"><h3>${words.problemsHeading}</h3><ul>${problems.map(
          (problem) =>
            h`<li><bdi class="problem-where">${problem.target}${problem.field === '' ? '' : ` · ${problem.field}`}</bdi>: ${problem.message}</li>`,
        )}</ul></div>`;
  return h`<section aria-labelledby="changes-heading"><h2 id="changes-heading">${words.changesHeading}</h2>${list}${open}</section>`;
}

/** A small GET form that opens the form of a change of one kind, with what it is about. */
function chooser(
  context: PageContext,
  draft: DraftView,
  kind: DraftChange['kind'],
  fields: Html,
  label: string,
): Html {
  return h`<form class="chooser" action="${changeFormPath(draft.id, kind)}" method="get"><fieldset class="form-group"><legend>${context.messages.editors.changeKinds[kind]}</legend>${fields}<button type="submit" class="secondary-button">${label}</button></fieldset></form>`;
}

/** A select of a chooser, with its label. */
function chooserSelect(
  id: string,
  name: string,
  label: string,
  options: readonly { value: string; label: string }[],
): Html {
  return h`<div class="form-field"><label for="${id}">${label}</label><select id="${id}" name="${name}">${options.map((option) => h`<option value="${option.value}">${option.label}</option>`)}</select></div>`;
}

/** The choosers of the forms of every kind of change. */
function addChangeSection(context: PageContext, view: DraftPageView): Html {
  const { messages } = context;
  const words = messages.editors;
  const { draft, catalog } = view;
  const languageOptions = view.languages.map((language) => ({
    value: language,
    label: languageName(language),
  }));
  const language = (kind: string) =>
    chooserSelect(`choose-${kind}-language`, 'language', words.languageVersion, languageOptions);
  const numbers = catalog.paragraphs.map((paragraph) => paragraph.number);
  const paragraph = chooser(
    context,
    draft,
    'paragraph',
    h`<div class="form-field"><label for="choose-paragraph-number">${words.paragraphNumber}</label><input id="choose-paragraph-number" name="number" type="number" inputmode="numeric" min="${Math.min(...numbers, 1)}" max="${Math.max(...numbers, 1)}" required></div>${language('paragraph')}`,
    words.openForm,
  );
  const paper = chooser(
    context,
    draft,
    'paper',
    h`${chooserSelect(
      'choose-paper-symbol',
      'symbol',
      messages.symbol,
      catalog.papers.map((entry) => ({ value: entry.symbol, label: entry.symbol })),
    )}${language('paper')}`,
    words.openForm,
  );
  const newPaper = chooser(context, draft, 'new-paper', EMPTY, words.addNewPaper);
  const themeOptions = catalog.themes.map((theme) => ({
    value: theme.id,
    label: `${messages.themeNumber(theme.number)} · ${theme.name}`,
  }));
  const keyTopics = chooser(
    context,
    draft,
    'key-topics',
    h`${chooserSelect('choose-key-topics-theme', 'theme', messages.mainTheme, themeOptions)}${language('key-topics')}`,
    words.openForm,
  );
  const concept = chooser(
    context,
    draft,
    'concept',
    chooserSelect('choose-concept-id', 'id', words.changeKinds.concept, [
      { value: '', label: words.newConcept },
      ...view.concepts.map((entry) => ({ value: entry.id, label: `${entry.label} (${entry.id})` })),
    ]),
    words.openForm,
  );
  const mechanism = chooser(
    context,
    draft,
    'mechanism',
    chooserSelect('choose-mechanism-id', 'id', words.changeKinds.mechanism, [
      { value: '', label: words.newMechanism },
      ...view.mechanisms.map((entry) => ({ value: entry.id, label: `${entry.label} (${entry.id})` })),
    ]),
    words.openForm,
  );
  const byKind = { paragraph, paper, 'new-paper': newPaper, 'key-topics': keyTopics, concept, mechanism };
  return h`<section aria-labelledby="add-change-heading"><h2 id="add-change-heading">${words.addChangeHeading}</h2><div class="choosers">${CHANGE_KINDS.map((kind) => byKind[kind])}</div></section>`;
}

/** The pages of the preview that show what the draft changes: the home page, and each paper or theme changed. */
export function previewLinks(context: PageContext, draft: DraftView, catalog: Catalog): Html {
  const words = context.messages.editors;
  const pages = new Map<string, Html>();
  const add = (path: string, label: Html, language?: Language) => {
    const href = draftPreviewPath(draft.id, path) + (language === undefined ? '' : `?language=${language}`);
    if (!pages.has(href)) pages.set(href, h`<li><a href="${href}">${label}</a></li>`);
  };
  add('/', h`${context.messages.navHome}`);
  for (const change of draft.changes) {
    if (change.kind === 'paragraph') {
      const paper = catalog.paragraphs.find((paragraph) => paragraph.number === change.number)?.paper;
      if (paper !== undefined && paper !== null)
        add(paperPath(paper), h`${symbolText(paper)} · ${languageName(change.language)}`, change.language);
      else add('/', h`${context.messages.navHome} · ${languageName(change.language)}`, change.language);
    } else if (change.kind === 'paper')
      add(
        paperPath(change.symbol),
        h`${symbolText(change.symbol)} · ${languageName(change.language)}`,
        change.language,
      );
    else if (change.kind === 'new-paper') {
      add(paperPath(change.symbol), symbolText(change.symbol));
      add(themePath(change.theme), h`<bdi>${change.theme}</bdi>`);
    } else if (change.kind === 'key-topics')
      add(
        themePath(change.theme),
        h`<bdi>${change.theme}</bdi> · ${languageName(change.language)}`,
        change.language,
      );
  }
  return h`<section aria-labelledby="preview-heading"><h2 id="preview-heading">${words.previewHeading}</h2><p>${words.previewIntro}</p><ul>${[...pages.values()]}</ul></section>`;
}

/** The draft's diff against its base, per language changed, as the history shows a diff (links lead to the preview). */
function diffSection(context: PageContext, view: DraftPageView): Html {
  const words = context.messages.editors;
  const { draft } = view;
  const changes = view.diffs.filter((diff) => diff.changes.length > 0);
  const body =
    changes.length === 0
      ? h`<p>${words.noDiff}</p>`
      : h`<p class="lead"><span class="diff-legend">${context.messages.diffLegend}</span></p>${changes.map(
          (diff, index) => {
            const language = diff.changes[0]?.lang;
            const linkOf = (side: 'from' | 'to', place: string) =>
              side === 'to'
                ? {
                    href: `${draftPreviewPath(draft.id, place.split('#')[0])}${language === undefined ? '' : `?language=${language}`}${place.includes('#') ? `#${place.split('#')[1] ?? ''}` : ''}`,
                    label: words.previewHeading,
                  }
                : undefined;
            return h`${changes.length > 1 && language !== undefined ? h`<h3>${languageName(language)}</h3>` : EMPTY}${renderChangeGroups(context, diff, { from: view.catalog, to: view.catalog, linkOf }, 3, `diff-${index}-`)}`;
          },
        )}`;
  return h`<section aria-labelledby="diff-heading" class="draft-diff"><h2 id="diff-heading">${words.diffHeading(draft.base)}</h2>${body}</section>`;
}

/** The comments of the draft, oldest first. */
function commentsSection(context: PageContext, draft: DraftView): Html {
  const words = context.messages.editors;
  const list =
    draft.comments.length === 0
      ? h`<p>${words.noComments}</p>`
      : h`<ol class="comments">${draft.comments.map((comment) => h`<li class="comment"><p class="comment-meta"><bdi>${comment.by}</bdi> · ${timeOf(context, comment.at)}</p><p class="comment-text">${comment.text}</p></li>`)}</ol>`;
  return h`<section aria-labelledby="comments-heading"><h2 id="comments-heading">${words.commentsHeading}</h2>${list}</section>`;
}

/** The buttons of the actions open to the caller, each its own POST form (send-back with its comment). */
function actionsSection(context: PageContext, view: DraftPageView): Html {
  const words = context.messages.editors;
  const { draft, viewer } = view;
  const actions = allowedActions(viewer, draft);
  const hidden = h`${formTokenField(viewer)}<input type="hidden" name="etag" value="${draft.etag}">`;
  const forms = actions.map((action) => {
    if (action === 'send-back') {
      const state = view.sendBack ?? EMPTY_FORM;
      const assigned = assignErrors(state, ['comment']);
      return h`<form class="editor-form action-form" action="${draftActionPath(draft.id, action)}" method="post" novalidate>${hidden}
${field(state, assigned, { name: 'comment', label: words.sendBackComment, type: 'textarea', rows: 3, required: true })}
<div class="form-actions">${submitButton(words.actionButtons[action])}</div></form>`;
    }
    if (action === 'approve')
      return h`<form class="editor-form action-form" action="${draftActionPath(draft.id, action)}" method="post">${hidden}
${field(EMPTY_FORM, assignErrors(EMPTY_FORM, []), { name: 'comment', label: words.approveComment, type: 'textarea', rows: 2 })}
<div class="form-actions">${submitButton(words.actionButtons[action])}</div></form>`;
    const className = action === 'withdraw' ? 'secondary-button' : 'primary-button';
    return h`<form class="action-form" action="${draftActionPath(draft.id, action)}" method="post">${hidden}<button type="submit" class="${className}">${words.actionButtons[action]}</button></form>`;
  });
  return h`<section aria-labelledby="actions-heading"><h2 id="actions-heading">${words.actionsHeading}</h2>${forms.length === 0 ? h`<p>${words.noActions}</p>` : h`<div class="draft-actions">${forms}</div>`}</section>`;
}

/**
 * A draft's page: its title, status, author, reviewer, base and last change; whether its base is
 * behind the current version; a refused publish's conflicts side by side (409) with the rebase
 * button; its changes (each to edit again or remove, for its author); the forms of every kind of
 * change (for its author); its diff against its base (the history's diff); links to the preview of
 * the changed pages; its comments; and the actions open to the caller.
 */
export function renderDraftPage(context: PageContext, view: DraftPageView): Html {
  const { messages } = context;
  const words = messages.editors;
  const { draft } = view;
  const editable = canEdit(view.viewer, draft);
  const fact = (label: string, value: Html | string) =>
    h`<div><dt>${messages.labelled(label)}</dt><dd>${value}</dd></div>`;
  const facts = h`<dl class="facts-list draft-facts">
${fact(words.status, statusMark(context, draft))}
${fact(words.author, h`<bdi>${draft.author}</bdi>`)}
${draft.reviewer === null ? EMPTY : fact(words.reviewer, h`<bdi>${draft.reviewer}</bdi>`)}
${fact(words.basedOn, messages.versionName(draft.base))}
${fact(words.updatedAt, timeOf(context, draft.updatedAt))}
${draft.publishedVersion === null ? EMPTY : fact(words.draftStatuses.published, words.publishedAs(draft.publishedVersion))}
</dl>`;
  const behind =
    draft.behind && draft.status !== 'published' && draft.status !== 'withdrawn'
      ? h`<div class="notice" role="note"><p>${words.behind}</p></div>`
      : EMPTY;
  const problem =
    view.problem === undefined
      ? EMPTY
      : h`<div class="notice error" role="alert"><p>${view.problem}</p></div>`;
  return renderPage(context, {
    title: draft.title,
    section: 'drafts',
    hideHeaderSearch: true,
    breadcrumb: [{ label: words.draftsTitle, href: DRAFTS_PATH }, { label: h`<bdi>${draft.title}</bdi>` }],
    main: h`<h1><bdi>${draft.title}</bdi></h1>
${doneNotice(view.notice)}${problem}
${view.conflicts === undefined ? EMPTY : conflictsSection(context, view.viewer, draft, view.conflicts)}
${facts}
${behind}
${actionsSection(context, view)}
${changesSection(context, view, editable)}
${editable ? addChangeSection(context, view) : EMPTY}
${diffSection(context, view)}
${previewLinks(context, draft, view.catalog)}
${commentsSection(context, draft)}`,
  });
}
