import { messagesFor } from '../messages/index.js';
import type { Language, Paragraph } from '../domain/index.js';
import type { ConceptEntry } from '../knowledge/index.js';
import { conceptLabels, conceptPrefLabel } from '../thesaurus/index.js';
import {
  asName,
  conceptName,
  downloadLinks,
  ownRenderingMark,
  paperDate,
  paragraphBlock,
  themeName,
} from './content-blocks.js';
import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { contentAttributes, inServedVersion, renderPage, symbolText } from './page-layout.js';
import type { PageContext } from './page-layout.js';
import { pagination } from './pagination.js';
import type { PortalModel } from './portal-model.js';
import { SEARCH_PATH, TOPICS_PATH, paperPath, paragraphPath, themePath, topicPath } from './portal-urls.js';
import { INTERFACE_LANGUAGES, directionOf } from './interface-language.js';

/** Paragraphs shown per page of a topic, so that the page of a frequent topic stays small. */
export const TOPIC_PAGE_SIZE = 12;

/** How many pages the paragraphs of a topic fill. */
export function topicPageCount(entry: ConceptEntry): number {
  return Math.max(1, Math.ceil(entry.paragraphs.length / TOPIC_PAGE_SIZE));
}

function conceptLinks(context: PageContext, model: PortalModel, ids: readonly string[]): Html {
  const entries = ids.flatMap((id) => {
    const entry = model.conceptById.get(id);
    return entry === undefined ? [] : [entry];
  });
  return h`<ul class="inline-list">${entries.map(
    (entry) =>
      h`<li><a href="${inServedVersion(context, topicPath(entry.concept.id))}">${conceptName(context, entry)}</a></li>`,
  )}</ul>`;
}

function labelsTable(context: PageContext, entry: ConceptEntry): Html {
  const rows = INTERFACE_LANGUAGES.flatMap((language: Language) => {
    const label = entry.concept.prefLabel[language];
    if (label === undefined) return [];
    return [
      h`<div><dt><span lang="${language}">${messagesFor(language).languageName}</span>${context.messages.labelled('')}</dt><dd><span lang="${language}" dir="${directionOf(language)}">${label}</span>${(entry.concept.ownRendering ?? []).includes(language) ? ownRenderingMark(context) : EMPTY}</dd></div>`,
    ];
  });
  return h`<dl class="labels">${rows}</dl>`;
}

/**
 * A topic's page: its name in the interface language and in the six languages, other names, broader
 * and related topics, the themes that list it as a key topic, and every paragraph that treats it,
 * grouped by paper, {@link TOPIC_PAGE_SIZE} paragraphs a page (`page` counts from 1).
 */
export function renderTopicPage(
  context: PageContext,
  model: PortalModel,
  entry: ConceptEntry,
  page: number,
): Html {
  const { messages, lang } = context;
  const { concept } = entry;
  const contentLanguage = model.catalog.language;
  const content = contentAttributes(lang, contentLanguage);
  const pages = topicPageCount(entry);
  const numbers = entry.paragraphs.slice((page - 1) * TOPIC_PAGE_SIZE, page * TOPIC_PAGE_SIZE);
  const highlight = conceptLabels(concept, contentLanguage).map((label) =>
    label.normalize('NFKC').toLowerCase(),
  );
  const groups = new Map<string | null, Paragraph[]>();
  for (const number of numbers) {
    const paragraph = model.paragraphByNumber.get(number);
    if (paragraph === undefined) continue;
    groups.set(paragraph.paper, [...(groups.get(paragraph.paper) ?? []), paragraph]);
  }
  const groupBlocks = [...groups].map(([symbol, paragraphs]) => {
    const paper = symbol === null ? undefined : model.paperBySymbol.get(symbol);
    const heading =
      paper === undefined
        ? h`<h3>${messages.introduction}</h3>`
        : h`<h3><a href="${inServedVersion(context, paperPath(paper.symbol))}">${symbolText(paper.symbol)}</a></h3><p class="facts">${paperDate(context, paper)}</p><p class="subject"${content}>${paper.subject}</p>`;
    return h`<section class="paper-group">${heading}${paragraphs.map((paragraph) =>
      paragraphBlock(context, model, paragraph, {
        anchor: false,
        level: 4,
        highlight,
        notes: false,
        href: inServedVersion(context, paragraphPath(paragraph.paper, paragraph.number)),
      }),
    )}</section>`;
  });
  const alternatives = [
    ...(concept.altLabel[contentLanguage] ?? []).map((label) => h`<li${content}>${label}</li>`),
    ...(lang === contentLanguage ? [] : (concept.altLabel[lang] ?? []).map((label) => h`<li>${label}</li>`)),
  ];
  const themes = entry.themes.flatMap((id) => {
    const theme = model.themeById.get(id);
    return theme === undefined
      ? []
      : [
          h`<li><a href="${inServedVersion(context, themePath(theme.id))}">${messages.themeNumber(theme.number)} · ${themeName(context, model, theme)}</a></li>`,
        ];
  });
  const fact = (label: string, value: Html): Html =>
    h`<div><dt>${context.messages.labelled(label)}</dt><dd>${value}</dd></div>`;
  const facts = [
    alternatives.length === 0
      ? EMPTY
      : fact(messages.alsoCalled, h`<ul class="inline-list">${alternatives}</ul>`),
    concept.broader.length === 0
      ? EMPTY
      : fact(messages.broader, conceptLinks(context, model, concept.broader)),
    concept.related.length === 0
      ? EMPTY
      : fact(messages.related, conceptLinks(context, model, concept.related)),
    themes.length === 0 ? EMPTY : fact(messages.keyTopicOf, h`<ul class="inline-list">${themes}</ul>`),
  ];
  const zhLabel = concept.prefLabel[contentLanguage];
  const searchHref = `${SEARCH_PATH}?${new URLSearchParams({ q: zhLabel ?? concept.id }).toString()}`;
  const own = concept.prefLabel[lang];
  const chosen = conceptPrefLabel(concept, lang);
  const title = asName(chosen.text, chosen.language);
  const paragraphsSection =
    entry.paragraphs.length === 0
      ? h`<p class="notice">${messages.noParagraphsOnTopic}</p>`
      : h`<p class="counts">${messages.paragraphsCount(entry.paragraphs.length)}</p>${groupBlocks}${pagination(messages, page, pages, (n) => inServedVersion(context, topicPath(concept.id, n)))}`;
  return renderPage(context, {
    title,
    section: 'topics',
    showsContent: true,
    breadcrumb: [
      { label: messages.navHome, href: '/' },
      { label: messages.navTopics, href: TOPICS_PATH },
      { label: title },
    ],
    main: h`<h1>${conceptName(context, entry)}${lang === contentLanguage || zhLabel === undefined || own === undefined ? EMPTY : h` <span class="title-original"${content}>${zhLabel}</span>`}</h1>
<p class="kind">${messages.topicKinds[concept.kind]}</p>
${entry.paragraphs.length === 0 ? EMPTY : h`<p class="result-downloads">${messages.labelled(messages.download)} ${downloadLinks(context, new URLSearchParams({ topic: concept.id }))}</p>`}
${labelsTable(context, entry)}
<dl class="facts-list">${facts}</dl>
${concept.scopeNote === undefined ? EMPTY : h`<p class="scope-note" lang="en" dir="ltr">${concept.scopeNote}</p>`}
<p><a class="button-link" href="${searchHref}">${messages.searchTopic}</a></p>
<section aria-labelledby="paragraphs-heading"><h2 id="paragraphs-heading">${messages.paragraphsOnTopic}</h2>
${paragraphsSection}</section>`,
  });
}

/** The index of topics: the key topics, then the other terms, each with its paragraph count. */
export function renderTopicsPage(context: PageContext, model: PortalModel): Html {
  const { messages, lang } = context;
  const content = contentAttributes(lang, model.catalog.language);
  const entries = model.knowledge?.concepts ?? [];
  const list = (kind: 'topic' | 'term'): Html => {
    const items = entries
      .filter((entry) => entry.concept.kind === kind)
      .map((entry) => {
        const zhLabel = entry.concept.prefLabel[model.catalog.language];
        const own = entry.concept.prefLabel[lang];
        const original =
          lang === model.catalog.language || own === undefined || zhLabel === undefined
            ? EMPTY
            : h` <span class="gloss"${content}>${zhLabel}</span>`;
        return h`<li><a href="${inServedVersion(context, topicPath(entry.concept.id))}">${conceptName(context, entry)}</a>${original} <span class="count">${entry.paragraphs.length}</span></li>`;
      });
    return items.length === 0
      ? EMPTY
      : h`<section aria-labelledby="kind-${kind}"><h2 id="kind-${kind}">${messages.topicKindHeadings[kind]}</h2><ul class="index-list">${items}</ul></section>`;
  };
  return renderPage(context, {
    title: messages.topicsTitle,
    section: 'topics',
    breadcrumb: [{ label: messages.navHome, href: '/' }, { label: messages.topicsTitle }],
    main: h`<h1>${messages.topicsTitle}</h1><p class="lead">${messages.topicsIntro}</p>${list('topic')}${list('term')}`,
  });
}
