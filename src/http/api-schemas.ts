import { z } from '@hono/zod-openapi';
import { BRIEFING_FORMATS } from '../brief/index.js';
import { UN_LANGUAGES } from '../domain/index.js';
import { EXPORT_FILE_FORMATS } from '../export/index.js';
import { HEADINGS_LANGUAGES } from '../messages/index.js';
import { MAX_QUERY_LENGTH } from '../search/index.js';
import { MAX_SUGGESTIONS, MAX_SUGGEST_QUERY } from '../suggest/index.js';

/** The most characters a query may have, as the search engine allows, written for messages. */
const QUERY_LIMIT_TEXT = `must be at most ${MAX_QUERY_LENGTH.toLocaleString('en')} characters`;

/** The one error shape of the API: a code from the catalog of SomkbError codes, a message, details. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'NOT_FOUND' }),
      message: z.string().openapi({ example: "no paper 'CTOC/COP/WG.7/2099/1'" }),
      details: z.record(z.string(), z.unknown()).openapi({ example: { parameter: 'symbol' } }),
    }),
  })
  .openapi('Error');

const Labels = z
  .record(z.string(), z.string())
  .openapi({ example: { zh: '国际合作', en: 'international cooperation' } });
const LabelLists = z.record(z.string(), z.array(z.string()));

export const ItemSchema = z.object({ label: z.string(), text: z.string() }).openapi('Item');

export const ParagraphSchema = z
  .object({
    document: z.string(),
    number: z.number().int().openapi({ example: 20 }),
    text: z.string(),
    items: z.array(ItemSchema),
    chapter: z.number().int(),
    theme: z.string().nullable().openapi({ description: 'Theme id' }),
    themeName: z.string().nullable(),
    paper: z.string().nullable().openapi({ example: 'CTOC/COP/WG.7/2013/2' }),
    citation: z.string().openapi({
      description:
        'How to cite the paragraph: the summary, the paragraph, then the paper it summarises as context',
      example: 'Thematic summary (2021), para. 20 (on CTOC/COP/WG.7/2013/2)',
    }),
  })
  .openapi('Paragraph');

/** A published language version of a document: its language and its current version number. */
export const LanguageVersionSchema = z
  .object({
    language: z.enum(UN_LANGUAGES).openapi({ example: 'en' }),
    version: z
      .number()
      .int()
      .openapi({ description: 'The current version of that language version', example: 2 }),
  })
  .openapi('LanguageVersion');

/**
 * The language a read answered in (`lang`): the one asked for when the document is published in it,
 * else Chinese, the reference version.
 */
export const ContentLanguageSchema = z
  .object({
    requested: z.enum(UN_LANGUAGES).openapi({
      description: 'The content language asked for (lang); without lang, the language answered in',
      example: 'fr',
    }),
    language: z
      .enum(UN_LANGUAGES)
      .openapi({ description: 'The language of the text answered', example: 'zh' }),
    fallback: z
      .boolean()
      .openapi({ description: 'True when the document is not published in the language asked for' }),
  })
  .openapi('ContentLanguage');

export const DocumentSchema = z
  .object({
    id: z.string(),
    kind: z.literal('thematic-summary'),
    language: z.string(),
    title: z.string(),
    symbol: z.string().nullable(),
    dates: z.array(z.string()),
    place: z.string(),
    chapters: z.array(z.object({ number: z.number().int(), numeral: z.string(), title: z.string() })),
    paragraphs: z.number().int().openapi({ description: 'How many numbered paragraphs it has' }),
    languages: z.array(LanguageVersionSchema).openapi({
      description: 'The languages the document is published in, in UN order (ar, zh, en, fr, ru, es)',
    }),
  })
  .openapi('Document');

/** A document read in a language (`/documents/{id}?lang=`): the document, and the language it answered in. */
export const DocumentReadSchema = DocumentSchema.extend({ catalog: ContentLanguageSchema }).openapi(
  'DocumentRead',
);

/** A paragraph read in a language (`…/paragraphs/{number}?lang=`): the paragraph, and the language it answered in. */
export const ParagraphReadSchema = ParagraphSchema.extend({ catalog: ContentLanguageSchema }).openapi(
  'ParagraphRead',
);

/** The paragraphs of a document read in a language: the list, and the language it answered in. */
export const ParagraphListSchema = z
  .object({ items: z.array(ParagraphSchema), total: z.number().int(), catalog: ContentLanguageSchema })
  .openapi('ParagraphList');

export const ThemeSchema = z
  .object({
    id: z.string().openapi({ example: 'theme-3' }),
    number: z.number().int(),
    name: z.string(),
    keyTopics: z.array(z.string()),
    concepts: z.array(z.string().nullable()).openapi({ description: 'Concept id of each key topic' }),
    papers: z.array(z.string()),
  })
  .openapi('Theme');

export const PaperSchema = z
  .object({
    symbol: z.string().openapi({ example: 'CTOC/COP/WG.7/2015/4' }),
    slug: z.string().openapi({ example: 'CTOC-COP-WG.7-2015-4' }),
    year: z.number().int(),
    meeting: z.number().int(),
    subject: z.string(),
    theme: z.string(),
    themeId: z.string(),
    paragraphs: z.array(z.number().int()),
    url: z.string().openapi({ example: 'https://undocs.org/CTOC/COP/WG.7/2015/4' }),
    urls: z.record(z.string(), z.string()).openapi({
      description: 'The official document in each of the six languages, by language code',
      example: { en: 'https://undocs.org/en/CTOC/COP/WG.7/2015/4' },
    }),
  })
  .openapi('Paper');

export const MeetingSchema = z
  .object({
    number: z.number().int().openapi({ example: 3 }),
    year: z.number().int().openapi({ example: 2015 }),
    papers: z.array(z.string()),
  })
  .openapi('Meeting');

export const ConceptSchema = z
  .object({
    id: z.string().openapi({ example: 'special-investigative-techniques' }),
    kind: z.enum(['topic', 'term']),
    labels: Labels,
    altLabels: LabelLists,
    hiddenLabels: LabelLists,
    broader: z.array(z.string()),
    related: z.array(z.string()),
    paragraphs: z.array(z.number().int()),
    themes: z.array(z.string()),
  })
  .openapi('Concept');

export const CitationSchema = z
  .object({
    paragraph: z.number().int(),
    item: z.string().nullable(),
    clause: z.string().nullable().openapi({ example: '(1)(e)' }),
    text: z.string().openapi({ description: 'The words cited, as printed' }),
    citation: z
      .string()
      .openapi({ example: 'Organized Crime Convention, art. 27(1)(e) (Law enforcement cooperation)' }),
  })
  .openapi('Citation');

export const ProvisionSchema = z
  .object({
    id: z.string().openapi({ example: 'untoc-27' }),
    instrument: z.string().openapi({ example: 'untoc' }),
    article: z.string().nullable().openapi({ example: '27' }),
    resolution: z.string().nullable().openapi({ example: '6/3' }),
    title: z.object({ zh: z.string(), en: z.string() }).nullable(),
    instrumentName: z.object({ zh: z.string(), en: z.string() }).nullable(),
    citations: z.array(CitationSchema),
  })
  .openapi('Provision');

export const MechanismSchema = z
  .object({
    id: z.string().openapi({ example: 'eurosur' }),
    printed: z.array(z.string()),
    en: z.string(),
    abbreviation: z.string().nullable(),
    kind: z.string(),
    region: z.string().nullable(),
    year: z.number().int().nullable(),
    parent: z.string().nullable(),
    paragraphs: z.array(z.number().int()),
  })
  .openapi('Mechanism');

const FacetCount = z.object({ value: z.string(), count: z.number().int() });

export const SearchHitSchema = z
  .object({
    paragraph: z.number().int(),
    document: z.string(),
    paper: z.string().nullable(),
    theme: z.string().nullable(),
    score: z.number(),
    snippet: z.string().openapi({ description: 'HTML-escaped, matched terms in <mark>' }),
    language: z.enum(UN_LANGUAGES).openapi({
      description:
        'The language of the snippet and the theme name: the one asked for (catalogLang) when the paragraph has a version in it, else Chinese',
      example: 'en',
    }),
    matched: z.enum(['all', 'some']),
    related: z.boolean().openapi({
      description:
        'True when the paragraph meets none of the query’s own words and concepts, only concepts related to them: such hits follow all the others and are not counted in total or the facets',
    }),
    concepts: z.array(
      z.object({
        concept: z.string(),
        name: z.string(),
        matched: z.string().openapi({ description: 'The query words that led to the concept' }),
        via: z.enum(['label', 'word', 'related']).openapi({
          description:
            'label: the query names this concept and the paragraph holds one of its labels; word: a query word is one word of its labels in another language, and the paragraph holds one of its labels; related: the paragraph holds a label of this concept, related to the one the query names (relatedTo)',
        }),
        relatedTo: z
          .string()
          .optional()
          .openapi({ description: 'For via = related: the id of the concept the query names' }),
      }),
    ),
  })
  .openapi('SearchHit');

/**
 * Which language version a search shows its hits in: the language asked for, the one shown, and why
 * they differ. Every published language version is searched whatever it is.
 */
export const CatalogServedSchema = z
  .object({
    requested: z.string().openapi({
      description: 'The language asked for the hits (catalogLang, or the query’s lang:), default zh',
      example: 'en',
    }),
    language: z.string().openapi({
      description: 'The language the hits are shown in (their snippets and theme names)',
      example: 'zh',
    }),
    fallback: z
      .boolean()
      .openapi({ description: 'True when no version in the language asked for is published' }),
    note: z.string().optional().openapi({
      description: 'Why the hits are shown in another language, when they are',
      example: "no catalog in 'en' is published; the hits are shown in 'zh'",
    }),
  })
  .openapi('CatalogServed');

/** A suggestion: a concept, a paper or a mechanism, named for the reader, with the portal page it leads to. */
export const SuggestionSchema = z
  .object({
    kind: z.enum(['concept', 'paper', 'mechanism']),
    id: z.string().openapi({ description: 'The concept’s or mechanism’s id, the paper’s UN symbol' }),
    label: z.string().openapi({
      description:
        'Its name in the language asked for (a paper: its subject), else English, else Chinese: `language` says which',
    }),
    language: z.enum(UN_LANGUAGES),
    ownRendering: z.boolean().openapi({
      description: 'label is the team’s own rendering, not an official term',
    }),
    labelZh: z
      .string()
      .optional()
      .openapi({ description: 'Its Chinese name, when label is in another language' }),
    symbol: z.string().optional().openapi({ description: 'A paper’s UN symbol' }),
    matched: z.string().optional().openapi({
      description:
        'The name that matched what was typed, when it is neither label nor labelZh (another language’s, an everyday word, an abbreviation)',
    }),
    href: z.string().openapi({ description: 'The portal page it leads to', example: '/topics/hawala' }),
  })
  .openapi('Suggestion');

/** The parameters of `GET /suggest`. */
export const SuggestParamsSchema = z.object({
  q: z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .min(1, { error: 'must not be empty' })
    .max(MAX_SUGGEST_QUERY, { error: `must be at most ${MAX_SUGGEST_QUERY} characters` })
    .openapi({ description: 'What the reader typed so far, in any of the six languages', example: 'hawa' }),
  lang: z
    .enum(UN_LANGUAGES)
    .default('zh')
    .openapi({ description: 'The reader’s language: the language suggestions are named in (with Chinese)' }),
  limit: wholeNumberParam(1, MAX_SUGGESTIONS)
    .default(8)
    .openapi({ description: `At most this many suggestions, 1–${MAX_SUGGESTIONS}` }),
});

/** The answer of `GET /suggest`. */
export const SuggestResultSchema = z
  .object({
    query: z.string().openapi({ description: 'The text as given' }),
    lang: z.enum(UN_LANGUAGES),
    suggestions: z.array(SuggestionSchema).openapi({
      description:
        'Best first: names that are the text, then that start with it, then with a word that starts with it, then that contain it',
    }),
  })
  .openapi('SuggestResult');

export const SearchResultSchema = z
  .object({
    hits: z.array(SearchHitSchema),
    total: z.number().int().openapi({
      description:
        'The paragraphs that match the query’s own words and concepts (every one, or, when none does, some)',
    }),
    matchedAll: z.number().int(),
    related: z.number().int().openapi({
      description:
        'Paragraphs listed after the total ones (hits with related = true), reached only through concepts related to the query’s; not counted in total or the facets',
    }),
    offset: z.number().int(),
    limit: z.number().int(),
    relaxed: z.boolean(),
    terms: z.array(z.string()),
    concepts: z.array(
      z.object({
        concept: z.string(),
        name: z.string(),
        matched: z.string(),
        language: z.string(),
        via: z.enum(['label', 'word']).openapi({
          description:
            'label: the query words are one of its labels; word: a query word is one word of its labels in another language than the text’s (ranked below a whole label, by how specific the word is)',
        }),
        labels: z.array(z.string()),
        relatedLabels: z.array(z.string()),
        related: z
          .array(z.object({ concept: z.string(), name: z.string(), labels: z.array(z.string()) }))
          .openapi({
            description: 'Its related concepts, whose labels rank a paragraph but do not make it a match',
          }),
      }),
    ),
    facets: z.object({
      theme: z.array(FacetCount),
      paper: z.array(FacetCount),
      year: z.array(FacetCount),
      topic: z.array(FacetCount),
    }),
    groups: z
      .array(
        z.object({
          paper: z.string().nullable(),
          hits: z.array(SearchHitSchema),
          total: z.number().int().optional().openapi({
            description: 'How many results are in this paper (hits holds its best, at most 3)',
          }),
        }),
      )
      .optional()
      .openapi({ description: 'With group=paper: the page of papers, each once, best first' }),
    groupCount: z.number().int().optional().openapi({
      description: 'With group=paper: how many papers the results are in (limit and offset count these)',
    }),
    warnings: z.array(z.string()),
    catalog: CatalogServedSchema.optional(),
    didYouMean: z.array(SuggestionSchema).optional().openapi({
      description:
        'Only when total is 0 and some concept is close: the concepts closest to the query’s words (a label in any language that contains a word or is contained in one, then a misspelling: hawalla → hawala), best first, at most 6, named in the language asked for',
    }),
  })
  .openapi('SearchResult');

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']).openapi({
      description:
        'degraded: the store cannot reach its database; the catalog it holds is still served (200), ' +
        'and it reconnects by itself',
    }),
    store: z
      .object({
        status: z.literal('degraded'),
        since: z.string().optional().openapi({ description: 'Since when, ISO 8601 UTC' }),
        reason: z.string().optional().openapi({ description: 'Why, in one line' }),
      })
      .optional()
      .openapi({ description: 'What the store says, when degraded' }),
    version: z.string(),
    catalog: z
      .object({
        version: z.number().int().openapi({
          description:
            'The version of the catalog this process serves (processes over one store agree once it is notified)',
        }),
        paragraphs: z.number().int(),
        papers: z.number().int(),
        themes: z.number().int(),
      })
      .nullable(),
    published: z.boolean().openapi({
      description: 'Whether a catalog is published; false on a new or empty database (then catalog is null)',
    }),
    message: z.string().optional().openapi({
      description: 'What to do when nothing is published',
      example: 'no catalog is published yet; run: somkb ingest <file>',
    }),
  })
  .openapi('Health');

/** The whole catalog as `somkb export --format json` prints it (the contract of DESIGN.md). */
export const CatalogExportSchema = z
  .object({
    document: z.object({ id: z.string(), kind: z.string(), language: z.string() }).loose(),
    themes: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          keyTopics: z.array(z.string()),
          papers: z.array(z.string()),
        })
        .loose(),
    ),
    papers: z.array(
      z
        .object({
          symbol: z.string(),
          year: z.number().int(),
          meeting: z.number().int(),
          theme: z.string(),
          paragraphs: z.array(z.number().int()),
          url: z.string(),
        })
        .loose(),
    ),
    paragraphs: z.array(
      z
        .object({
          number: z.number().int(),
          text: z.string(),
          items: z.array(ItemSchema),
          theme: z.string().nullable(),
          paper: z.string().nullable(),
        })
        .loose(),
    ),
    references: z.array(
      z
        .object({
          paragraph: z.number().int(),
          instrument: z.string(),
          article: z.string().optional(),
          clause: z.string().optional(),
        })
        .loose(),
    ),
    instrumentMentions: z.array(z.object({ paragraph: z.number().int(), instrument: z.string() }).loose()),
    mechanisms: z.array(
      z
        .object({
          id: z.string(),
          labels: z.record(z.string(), z.string()),
          paragraphs: z.array(z.number().int()),
        })
        .loose(),
    ),
    concepts: z.array(
      z
        .object({
          id: z.string(),
          labels: z.record(z.string(), z.string()),
          paragraphs: z.array(z.number().int()),
        })
        .loose(),
    ),
  })
  .openapi('CatalogExport');

/** A list response: the items and how many there are. */
export function listOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ items: z.array(item), total: z.number().int() }).openapi(name);
}

/**
 * A whole number from `min` to `max` in a URL (path or query), as a number; whatever is refused
 * (not a number, a fraction, out of range) gets one message saying what is allowed.
 */
export function wholeNumberParam(min: number, max: number) {
  const error = `must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/**
 * The `version` query parameter of the reads of documents, paragraphs, papers and the catalog:
 * which published version of the document to read (the history lists them); the current one
 * when absent. An old link (`/documents/…/paragraphs/12`) keeps reading the current version.
 */
export const VersionQuerySchema = z.object({
  version: wholeNumberParam(1, 999_999_999).optional().openapi({
    description:
      'A published version of the document (1, 2, …; see /versions); default the current one. A version that does not exist is 404.',
    example: 1,
  }),
});

/** The parameters of a read of the document's text: its version, and the language of the content. */
export const ContentQuerySchema = VersionQuerySchema.extend({
  lang: z.enum(UN_LANGUAGES).optional().openapi({
    description:
      'The language of the content (not of an interface): the text of the document in that language when it is published in it, else in Chinese, the reference version (`catalog` says which, and `fallback`). Default: the Chinese text. With `version`, the language of that version (another is 400).',
    example: 'en',
  }),
});

/** The parameters of a search, in the query string (GET) or the JSON body (POST). */
export const SearchParamsSchema = z.object({
  q: z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .min(1, { error: 'must not be empty' })
    .max(MAX_QUERY_LENGTH, { error: QUERY_LIMIT_TEXT })
    .openapi({ description: 'The query, in the query language', example: 'controlled delivery' }),
  limit: wholeNumberParam(1, 100).default(10).openapi({ description: 'Hits per page, 1–100' }),
  offset: wholeNumberParam(0, 10_000).default(0).openapi({ description: 'Hits to skip, 0–10,000' }),
  catalogLang: z.enum(UN_LANGUAGES).optional().openapi({
    description:
      'Language the hits are shown in: the language of the content, not of the query. Every published language version is searched, each with its own analyzer, and a query in any of the six languages also finds the text through the thesaurus; each hit is shown in its version in this language when it is published, else in Chinese, and `catalog` says so. Default: the query’s lang:, else zh.',
    example: 'zh',
  }),
  lang: z
    .enum(UN_LANGUAGES)
    .optional()
    .openapi({
      deprecated: true,
      param: { deprecated: true },
      description:
        'The former name of catalogLang, kept for existing clients; catalogLang wins when both are given',
    }),
  group: z.enum(['paper']).optional().openapi({
    description:
      'paper: page through papers rather than paragraphs: limit and offset count papers, each paper comes once with its best paragraphs (at most 3) in groups, and groupCount says how many papers there are',
  }),
});

const selectionValue = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(200, { error: 'must be at most 200 characters' });

const repeatable = (description: string, example: string) =>
  z
    .union([selectionValue, z.array(selectionValue).max(50)], {
      error: 'must be 1 to 200 characters, and given at most 50 times',
    })
    .optional()
    .openapi({ description, example });

/** What an export or a briefing pack is about: themes, topics, papers and a query, all repeatable but q. */
export const SelectionParamsSchema = z.object({
  theme: repeatable('Theme id; repeat for several', 'theme-3'),
  topic: repeatable('Concept id; repeat for several', 'money-laundering'),
  paper: repeatable('Paper symbol or slug; repeat for several', 'CTOC/COP/WG.7/2015/4'),
  q: z.string().max(MAX_QUERY_LENGTH, { error: QUERY_LIMIT_TEXT }).optional().openapi({
    description:
      'A query whose results (up to 1,000) are selected; empty or blank is taken as not given (as a form sends an empty field)',
  }),
});

/** `catalogLang` of an export or a briefing pack: the language version the file is made from. */
const fileLanguageParam = (what: string) =>
  z
    .enum(UN_LANGUAGES)
    .optional()
    .openapi({
      description: `The language version of the summary ${what} is made from: ar, zh, en, fr, ru or es; default zh. A language the summary is not published in is 404, and the message names those it is published in.`,
      example: 'en',
    });

/** The parameters of `GET /export`. */
export const ExportParamsSchema = SelectionParamsSchema.extend({
  format: z.enum(EXPORT_FILE_FORMATS).default('json').openapi({ description: 'File format' }),
  catalogLang: fileLanguageParam('the file'),
  bom: z.enum(['true', 'false'], { error: "must be 'true' or 'false'" }).default('false').openapi({
    description:
      "With format=csv, 'true' starts the file with a UTF-8 byte order mark, so that Excel opens its Chinese (and every non-Latin script) intact; default 'false', plain UTF-8 for scripts. Only CSV takes it.",
  }),
}).refine((params) => params.bom === 'false' || params.format === 'csv', {
  path: ['bom'],
  error: 'only a CSV file (format=csv) takes a byte order mark',
});

/** The parameters of `GET /brief`. */
export const BriefParamsSchema = SelectionParamsSchema.extend({
  format: z.enum(BRIEFING_FORMATS).default('docx').openapi({ description: 'File format' }),
  title: z.string().max(200, { error: 'must be at most 200 characters' }).optional().openapi({
    description: 'Title on the cover; empty or blank is taken as not given (the default title)',
  }),
  catalogLang: fileLanguageParam('the pack'),
  parallelLang: z
    .enum(['', ...UN_LANGUAGES])
    .optional()
    .openapi({
      description:
        'A bilingual pack: each paragraph and item also in this language version, beside the catalogLang text (two columns in Word, side by side in HTML, one after the other in Markdown). It must be published and differ from catalogLang. Empty is taken as not given (a pack in one language, as the form sends it).',
      example: 'en',
    }),
  lang: z.enum(HEADINGS_LANGUAGES).optional().openapi({
    description:
      'Language of the headings, theme names and key topics: en, zh, fr, es, ru or ar; default the catalogLang when it is given, else en',
  }),
  date: z.iso
    .date({ error: 'must be a date written YYYY-MM-DD, such as 2026-11-29' })
    .optional()
    .openapi({ description: 'Date on the cover (default today)', example: '2026-11-29' }),
});

/** The counts of what a version holds. */
const CatalogCountsSchema = z
  .object({
    chapters: z.number().int(),
    themes: z.number().int(),
    keyTopics: z.number().int(),
    papers: z.number().int(),
    paragraphs: z.number().int(),
    items: z.number().int(),
  })
  .openapi('CatalogCounts');

/** A published version of a document, as `somkb history --json` prints it (DESIGN.md). */
export const VersionSchema = z
  .object({
    version: z.number().int().openapi({ example: 2 }),
    language: z.enum(UN_LANGUAGES).openapi({ description: 'The catalog language of the version' }),
    publishedAt: z.string().openapi({ example: '2026-12-01T00:20:00.000Z', description: 'ISO 8601, UTC' }),
    by: z.string().openapi({ example: 'cli:alice', description: "A user's email, or cli:<os user>" }),
    message: z.string().openapi({ description: 'What the publisher said of it; empty when nothing' }),
    source: z
      .object({
        file: z.string().openapi({ example: 'thematic-summary-2021.txt' }),
        sha256: z.string(),
        rollbackOf: z
          .number()
          .int()
          .optional()
          .openapi({ description: 'The version a rollback brought back' }),
        draft: z.string().optional().openapi({ description: "The editors' draft that was published" }),
        author: z
          .string()
          .optional()
          .openapi({ example: 'editor@example.org', description: "The email of the draft's author" }),
        reviewer: z.string().optional().openapi({
          example: 'reviewer@example.org',
          description: 'The email of the reviewer who approved the draft',
        }),
      })
      .openapi({ description: 'Where the content came from' }),
    counts: CatalogCountsSchema,
    removals: z
      .object({
        paragraphs: z.array(z.number().int()),
        papers: z.array(z.string()),
        themes: z.array(z.string()),
      })
      .optional()
      .openapi({ description: 'What this publish removed from the version before it (when allowed)' }),
  })
  .openapi('Version');

/** The versions of a document, oldest first. */
export const VersionHistorySchema = z
  .object({
    document: z.string().openapi({ example: 'thematic-summary-2021' }),
    versions: z.array(VersionSchema),
  })
  .openapi('VersionHistory');

/** One version with the links to its content. */
export const VersionDetailSchema = VersionSchema.extend({
  document: z.string().openapi({ example: 'thematic-summary-2021' }),
  links: z.object({
    catalog: z.string().openapi({
      example: '/api/v1/catalog?version=2',
      description: 'The whole catalog of this version (the export JSON)',
    }),
  }),
}).openapi('VersionDetail');

const TextDiffPartSchema = z
  .object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })
  .openapi('TextDiffPart');

/** One change between two versions (DESIGN.md, `somkb diff --json`). */
export const CatalogChangeSchema = z
  .object({
    kind: z.enum(['document', 'paragraph', 'item', 'paper', 'theme', 'keyTopic']),
    change: z.enum(['added', 'removed', 'changed']),
    lang: z.enum(UN_LANGUAGES),
    number: z.number().int().optional().openapi({ description: 'Paragraph number (paragraphs and items)' }),
    label: z.string().optional().openapi({ description: 'Item letter (items)' }),
    symbol: z.string().optional().openapi({ description: 'Paper symbol (papers)' }),
    theme: z.string().optional().openapi({ description: 'Theme id (themes and key topics)' }),
    field: z
      .string()
      .optional()
      .openapi({ description: 'What changed of a paper or theme', example: 'subject' }),
    before: z.string().optional(),
    after: z.string().optional(),
    parts: z.array(TextDiffPartSchema).optional().openapi({
      description:
        'For a changed text, its diff: equal and delete runs spell `before`, equal and insert runs spell `after` (Chinese by character, shown by word)',
    }),
  })
  .openapi('CatalogChange');

/** Every change from one version to another, in catalog order. */
export const CatalogDiffSchema = z
  .object({
    document: z.string(),
    from: z.number().int(),
    to: z.number().int(),
    changes: z.array(CatalogChangeSchema),
  })
  .openapi('CatalogDiff');
