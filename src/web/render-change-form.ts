import type { Catalog, Language } from '../domain/index.js';
import { UN_LANGUAGES } from '../domain/index.js';
import type { DraftChange, DraftChangeKind } from '../editing/index.js';
import { MECHANISM_KINDS } from '../mechanisms/index.js';
import type { DraftView } from '../services/index.js';
import { MAX_NEW_PAPER_ROWS, NEW_PAPER_ROWS, formLanguage } from './change-forms.js';
import type { ChangeAbout } from './change-forms.js';
import { DRAFTS_PATH, changeFormPath, draftPath } from './editor-urls.js';
import { assignErrors, errorSummary, field, fieldGroup, submitButton } from './form-kit.js';
import type { AssignedErrors, FieldSpec, FormState } from './form-kit.js';
import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { contentAttributes, formTokenField, languageName, renderPage } from './page-layout.js';
import type { PageContext, Viewer } from './page-layout.js';
import { valueBlock } from './render-drafts.js';

/** What the page of a change's form shows. */
export interface ChangeFormView {
  readonly viewer: Viewer;
  readonly draft: DraftView;
  readonly kind: DraftChangeKind;
  /** What the form is about (from its URL): `number`, `symbol`, `theme`, `id`, `language`. */
  readonly about: ChangeAbout;
  /** The document as the draft has it, in the form's language: themes and papers to choose from. */
  readonly catalog: Catalog;
  /** The languages the document is published in (a new paper's texts, one per language). */
  readonly languages: readonly Language[];
  /** The values to show: those the editor sent, else the current ones; and the problems by field. */
  readonly form: FormState;
  /**
   * A stale edit (412): the draft changed since the form was opened; `current` is its change of the
   * same target now (or `undefined` when it has none). The form keeps what the editor typed and
   * carries the draft's new ETag.
   */
  readonly stale?: { readonly current: DraftChange | undefined };
}

/** The field names of each kind's form, for the problems to find their fields. */
function fieldNames(kind: DraftChangeKind, languages: readonly Language[], rows: number): string[] {
  switch (kind) {
    case 'paragraph':
      return ['number', 'language', 'text', 'items'];
    case 'paper':
      return ['symbol', 'language', 'subject', 'theme', 'year', 'meeting'];
    case 'new-paper': {
      const names = ['symbol', 'theme', 'year', 'meeting', 'subject', 'paragraphs'];
      for (const language of languages) names.push(`subject.${language}`);
      for (let index = 0; index < rows; index++) {
        names.push(`paragraphs.${index}`);
        for (const language of languages)
          names.push(
            `paragraphs.${index}.${language}`,
            `paragraphs.${index}.${language}.text`,
            `paragraphs.${index}.${language}.items`,
          );
      }
      return names;
    }
    case 'key-topics':
      return ['theme', 'language', 'keyTopics'];
    case 'concept':
      return [
        'id',
        'kind',
        'prefLabel',
        'altLabel',
        'hiddenLabel',
        ...UN_LANGUAGES.flatMap((language) => [
          `prefLabel.${language}`,
          `altLabel.${language}`,
          `hiddenLabel.${language}`,
        ]),
        'broader',
        'related',
        'scopeNote',
      ];
    case 'mechanism':
      return [
        'id',
        'kind',
        'printed',
        'en',
        'abbreviation',
        'region',
        'year',
        'parent',
        'note',
        'names',
        'aliases',
        ...UN_LANGUAGES.flatMap((language) => [`names.${language}`, `aliases.${language}`]),
      ];
  }
}

/** How many paragraphs a new paper's form offers: as sent (`rows`), plus more when asked. */
export function newPaperRows(values: Readonly<Record<string, string>>): number {
  const rows = Number(values.rows ?? NEW_PAPER_ROWS);
  return Math.min(
    MAX_NEW_PAPER_ROWS,
    Math.max(NEW_PAPER_ROWS, Number.isInteger(rows) ? rows : NEW_PAPER_ROWS),
  );
}

/** The theme choices of a form: each theme by its number and heading. */
function themeOptions(context: PageContext, catalog: Catalog): { value: string; label: string }[] {
  return catalog.themes.map((theme) => ({
    value: theme.id,
    label: `${context.messages.themeNumber(theme.number)} · ${theme.name}`,
  }));
}

/** A hidden field of what the form is about. */
function hidden(name: string, value: string | undefined): Html {
  return value === undefined ? EMPTY : h`<input type="hidden" name="${name}" value="${value}">`;
}

/** The fields of each kind's form, with the labels of their names for the problem list. */
function formFields(
  context: PageContext,
  view: ChangeFormView,
  assigned: AssignedErrors,
  rows: number,
): { readonly body: Html; readonly labels: Map<string, string> } {
  const { messages } = context;
  const words = messages.editors;
  const { form, about, catalog } = view;
  const labels = new Map<string, string>();
  const show = (spec: FieldSpec): Html => {
    labels.set(spec.name, spec.label);
    return field(form, assigned, spec);
  };
  const language = formLanguage(about, catalog);
  const inContent = (lang: Language) => contentAttributes(context.lang, lang);
  switch (view.kind) {
    case 'paragraph':
      return {
        labels,
        body: h`${hidden('number', about.number)}${hidden('language', language)}
${show({ name: 'text', label: words.text, type: 'textarea', rows: 8, required: true, contentAttributes: inContent(language) })}
${show({ name: 'items', label: words.items, type: 'textarea', rows: 4, hint: words.itemsHint, contentAttributes: inContent(language) })}`,
      };
    case 'paper':
      return {
        labels,
        body: h`${hidden('symbol', about.symbol)}${hidden('language', language)}
${show({ name: 'subject', label: messages.subject, type: 'textarea', rows: 3, contentAttributes: inContent(language) })}
${show({ name: 'theme', label: messages.mainTheme, type: 'select', options: themeOptions(context, catalog) })}
${show({ name: 'year', label: messages.year, type: 'number', inputmode: 'numeric', attributes: h` min="2000" max="2100"` })}
${show({ name: 'meeting', label: messages.meeting, type: 'number', inputmode: 'numeric', attributes: h` min="1" max="99"` })}`,
      };
    case 'new-paper': {
      const subjects = view.languages.map((lang) =>
        show({
          name: `subject.${lang}`,
          label: `${messages.subject} · ${languageName(lang)}`,
          type: 'textarea',
          rows: 2,
          contentAttributes: inContent(lang),
        }),
      );
      const paragraphs: Html[] = [];
      for (let index = 0; index < rows; index++) {
        const versions = view.languages.map((lang) =>
          fieldGroup(
            assigned,
            {
              name: `paragraphs.${index}.${lang}`,
              legend: languageName(lang),
              className: 'language-version',
            },
            h`${show({ name: `paragraphs.${index}.${lang}.text`, label: `${words.text} · ${languageName(lang)}`, type: 'textarea', rows: 5, contentAttributes: inContent(lang) })}
${show({ name: `paragraphs.${index}.${lang}.items`, label: `${words.items} · ${languageName(lang)}`, type: 'textarea', rows: 2, hint: words.itemsHint, contentAttributes: inContent(lang) })}`,
          ),
        );
        labels.set(`paragraphs.${index}`, words.newParagraph(index + 1));
        paragraphs.push(
          fieldGroup(
            assigned,
            {
              name: `paragraphs.${index}`,
              legend: words.newParagraph(index + 1),
              className: 'new-paragraph',
            },
            h`${versions}`,
          ),
        );
      }
      labels.set('paragraphs', words.paragraphsHeading);
      return {
        labels,
        body: h`<p class="field-hint">${words.newPaperHint}</p>
${show({ name: 'symbol', label: messages.symbol, required: true, hint: 'CTOC/COP/WG.7/2022/2', attributes: h` spellcheck="false" autocapitalize="characters" maxlength="60"` })}
${show({ name: 'theme', label: messages.mainTheme, type: 'select', required: true, options: themeOptions(context, catalog) })}
${show({ name: 'year', label: messages.year, type: 'number', required: true, inputmode: 'numeric', attributes: h` min="2000" max="2100"` })}
${show({ name: 'meeting', label: messages.meeting, type: 'number', required: true, inputmode: 'numeric', attributes: h` min="1" max="99"` })}
${fieldGroup(assigned, { name: 'subject', legend: messages.subject }, h`${subjects}`)}
${fieldGroup(assigned, { name: 'paragraphs', legend: words.paragraphsHeading }, h`${paragraphs}<input type="hidden" name="rows" value="${rows}">${rows < MAX_NEW_PAPER_ROWS ? h`<button type="submit" name="_more" value="1" class="secondary-button" formnovalidate>${words.moreRows}</button>` : EMPTY}`)}`,
      };
    }
    case 'key-topics':
      return {
        labels,
        body: h`${hidden('theme', about.theme)}${hidden('language', language)}
${show({ name: 'keyTopics', label: messages.keyTopics, type: 'textarea', rows: 8, hint: words.oneLineEach, contentAttributes: inContent(language) })}`,
      };
    case 'concept': {
      const isNew = (about.id ?? '') === '';
      const perLanguage = UN_LANGUAGES.map((lang) =>
        fieldGroup(
          assigned,
          { legend: languageName(lang), className: 'language-version' },
          h`${show({ name: `prefLabel.${lang}`, label: `${words.preferredLabel} · ${languageName(lang)}`, contentAttributes: inContent(lang) })}
${show({ name: `altLabel.${lang}`, label: `${words.alternativeLabels} · ${languageName(lang)}`, type: 'textarea', rows: 2, hint: words.oneLineEach, contentAttributes: inContent(lang) })}
${show({ name: `hiddenLabel.${lang}`, label: `${words.hiddenLabels} · ${languageName(lang)}`, type: 'textarea', rows: 2, hint: words.hiddenLabelsHint, contentAttributes: inContent(lang) })}`,
        ),
      );
      return {
        labels,
        body: h`${isNew ? show({ name: 'id', label: words.identifier, required: true, hint: words.identifierHint, attributes: h` pattern="[a-z0-9-]+" spellcheck="false" autocapitalize="none"` }) : hidden('id', about.id)}
${show({ name: 'kind', label: words.kind, type: 'select', options: (['topic', 'term'] as const).map((kind) => ({ value: kind, label: messages.topicKinds[kind] })) })}
${perLanguage}
${show({ name: 'broader', label: messages.broader, type: 'textarea', rows: 2, hint: words.conceptIdsHint, attributes: h` spellcheck="false"` })}
${show({ name: 'related', label: messages.related, type: 'textarea', rows: 3, hint: words.conceptIdsHint, attributes: h` spellcheck="false"` })}
${show({ name: 'scopeNote', label: words.scopeNote, type: 'textarea', rows: 2, contentAttributes: inContent('en') })}`,
      };
    }
    case 'mechanism': {
      const isNew = (about.id ?? '') === '';
      const names = UN_LANGUAGES.filter((lang) => lang !== 'zh').map((lang) =>
        fieldGroup(
          assigned,
          { legend: languageName(lang), className: 'language-version' },
          h`${lang === 'en' ? EMPTY : show({ name: `names.${lang}`, label: `${words.nameLabel} · ${languageName(lang)}`, contentAttributes: inContent(lang) })}
${show({ name: `aliases.${lang}`, label: `${words.otherNames} · ${languageName(lang)}`, type: 'textarea', rows: 2, hint: words.oneLineEach, contentAttributes: inContent(lang) })}`,
        ),
      );
      return {
        labels,
        body: h`${isNew ? show({ name: 'id', label: words.identifier, required: true, hint: words.identifierHint, attributes: h` pattern="[a-z0-9-]+" spellcheck="false" autocapitalize="none"` }) : hidden('id', about.id)}
${show({ name: 'kind', label: words.kind, type: 'select', options: MECHANISM_KINDS.map((kind) => ({ value: kind, label: messages.mechanismKinds[kind] })) })}
${show({ name: 'printed', label: words.printedNames, type: 'textarea', rows: 2, hint: words.oneLineEach, required: true, contentAttributes: inContent('zh') })}
${show({ name: 'en', label: words.englishName, required: true, contentAttributes: inContent('en') })}
${show({ name: 'abbreviation', label: messages.abbreviation, attributes: h` spellcheck="false"` })}
${show({ name: 'region', label: messages.region })}
${show({ name: 'year', label: words.yearEstablished, type: 'number', inputmode: 'numeric', attributes: h` min="1800" max="2100"` })}
${show({ name: 'parent', label: messages.partOf, attributes: h` spellcheck="false"` })}
${show({ name: 'note', label: words.note, type: 'textarea', rows: 2, contentAttributes: inContent('en') })}
${names}`,
      };
    }
  }
}

/** The title of a change's form: the kind, and what it is about. */
function formTitle(context: PageContext, view: ChangeFormView): string {
  const { messages } = context;
  const words = messages.editors;
  const kind = words.changeKinds[view.kind];
  const { about } = view;
  const language =
    about.language === undefined ? '' : ` · ${languageName(formLanguage(about, view.catalog))}`;
  switch (view.kind) {
    case 'paragraph':
      return `${messages.paragraphName(Number(about.number))}${language}`;
    case 'paper':
      return `${about.symbol ?? ''}${language}`;
    case 'key-topics':
      return `${kind} · ${about.theme ?? ''}${language}`;
    case 'concept':
    case 'mechanism':
      return about.id === undefined || about.id === '' ? kind : `${kind} · ${about.id}`;
    case 'new-paper':
      return kind;
  }
}

/**
 * The page of a change's form: the problems at the top (each linked to its field) and next to their
 * fields, the fields with what the editor sent or the current values, the draft's ETag and the form
 * token in hidden fields; on a stale edit (412), what the draft holds now above the form, which keeps
 * what the editor typed.
 */
export function renderChangeFormPage(context: PageContext, view: ChangeFormView): Html {
  const words = context.messages.editors;
  const { draft } = view;
  const rows = newPaperRows(view.form.values);
  const assigned = assignErrors(view.form, fieldNames(view.kind, view.languages, rows));
  const { body, labels } = formFields(context, view, assigned, rows);
  const title = formTitle(context, view);
  const kind = words.changeKinds[view.kind];
  // The kind goes before the title unless the title already begins with it (a new paper, a concept).
  const kindPrefix = title.startsWith(kind) ? EMPTY : h`<span class="form-kind">${kind}</span> `;
  const stale =
    view.stale === undefined
      ? EMPTY
      : h`<section class="notice error stale" role="alert" aria-labelledby="stale-heading"><h2 id="stale-heading">${words.staleTitle}</h2><p>${words.staleText}</p>
<h3>${words.currentInDraft}</h3>${view.stale.current === undefined ? h`<p>${words.none}</p>` : valueBlock(view.stale.current)}</section>`;
  const action = changeFormPath(draft.id, view.kind, aboutOf(view));
  return renderPage(context, {
    title: `${title} · ${draft.title}`,
    section: 'drafts',
    hideHeaderSearch: true,
    breadcrumb: [
      { label: words.draftsTitle, href: DRAFTS_PATH },
      { label: h`<bdi>${draft.title}</bdi>`, href: draftPath(draft.id) },
      { label: title },
    ],
    main: h`<h1>${kindPrefix}<bdi>${title}</bdi></h1>
${stale}
${errorSummary(words.formProblems, assigned, labels)}
<form class="editor-form change-form" action="${action}" method="post" novalidate>${formTokenField(view.viewer)}<input type="hidden" name="etag" value="${draft.etag}">
${body}
<div class="form-actions">${submitButton(words.saveChange)} <a href="${draftPath(draft.id)}">${words.backToDraft}</a></div>
</form>`,
  });
}

/** What the form's URL keeps of what it is about. */
function aboutOf(view: ChangeFormView): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of ['number', 'symbol', 'theme', 'id', 'language'])
    if (view.about[name] !== undefined && view.about[name] !== '') kept[name] = view.about[name];
  return kept;
}
