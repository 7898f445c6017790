import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { requestId } from 'hono/request-id';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Catalog } from '../domain/index.js';
import { citeSummaryParagraph, countCatalog, MEETING_YEARS } from '../domain/index.js';
import { SomkbError, isSomkbError } from '../errors/index.js';
import type { SomkbErrorCode } from '../errors/index.js';
import type { CatalogSelection, ExportFile } from '../export/index.js';
import { exportSelection, toExportJson } from '../export/index.js';
import { buildBriefing, renderBriefing } from '../brief/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import { citeReference, instrumentInfo } from '../references/index.js';
import type { SearchResult } from '../search/index.js';
import { toSearchJson } from '../search/index.js';
import type { SearchServiceRequest } from '../services/index.js';
import { queryParagraphs } from '../services/index.js';
import type { SelectionParamsSchema } from './api-schemas.js';
import {
  CatalogExportSchema,
  ConceptSchema,
  DocumentSchema,
  BriefParamsSchema,
  ErrorSchema,
  ExportParamsSchema,
  HealthSchema,
  MechanismSchema,
  MeetingSchema,
  PaperSchema,
  ParagraphSchema,
  ProvisionSchema,
  SearchParamsSchema,
  SearchResultSchema,
  ThemeSchema,
  listOf,
  wholeNumberParam,
} from './api-schemas.js';
import { STATUS_BY_CODE } from './error-status.js';
import type { JsonBody } from './json-body.js';
import { entityTag, sendJson, toJsonBody } from './json-body.js';

/** One line of the API's request log. */
export interface ApiLogEntry {
  readonly requestId: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** Time to answer, in milliseconds. */
  readonly ms: number;
}

/** What the API needs from the rest of somkb. */
export interface ApiDeps {
  readonly loadCatalog: () => Promise<Catalog | undefined>;
  readonly loadKnowledge?: () => Promise<CatalogKnowledge | undefined>;
  readonly search: (request: SearchServiceRequest) => Promise<SearchResult>;
  readonly version: string;
  /** Origins allowed to call the API from a browser: `*`, or a list; none by default. */
  readonly corsOrigins?: readonly string[];
  /** Receives one entry per request, with its request id (pino in production). */
  readonly log?: (entry: ApiLogEntry) => void;
  /** Receives every error that becomes a 5xx response; its text never reaches the client. */
  readonly reportError?: (error: unknown) => void;
}

/** Largest request body the API reads, in bytes (a search sent as JSON). */
export const API_BODY_LIMIT = 16 * 1024;

/** How long clients and proxies may reuse a read, in seconds (they revalidate with the ETag after). */
const READ_MAX_AGE = 60;

interface ErrorDetails {
  readonly [key: string]: unknown;
}

function errorBody(code: SomkbErrorCode, message: string, details: ErrorDetails = {}): object {
  return { error: { code, message, details } };
}

/** The URL-safe form of a paper symbol: `CTOC/COP/WG.7/2015/4` → `CTOC-COP-WG.7-2015-4`. */
export function symbolSlug(symbol: string): string {
  return symbol.replaceAll('/', '-');
}

/** What the API derives from one catalog and its knowledge, computed once per catalog. */
interface ApiViews {
  readonly catalog: Catalog;
  readonly exported: ReturnType<typeof toExportJson>;
  readonly paragraphs: z.infer<typeof ParagraphSchema>[];
  readonly papers: z.infer<typeof PaperSchema>[];
  readonly themes: z.infer<typeof ThemeSchema>[];
  readonly provisions: z.infer<typeof ProvisionSchema>[];
  readonly mechanisms: z.infer<typeof MechanismSchema>[];
  readonly meetings: z.infer<typeof MeetingSchema>[];
  readonly concepts: z.infer<typeof ConceptSchema>[];
  /** Response bodies of reads, serialized once, by route and id (only of resources that exist). */
  readonly bodies: Map<string, JsonBody<unknown>>;
}

/** The body of a read over `view`, serialized and tagged the first time it is asked for. */
function bodyOf<T>(view: ApiViews, key: string, make: () => T): JsonBody<T> {
  let body = view.bodies.get(key) as JsonBody<T> | undefined;
  if (body === undefined) {
    body = toJsonBody(make());
    view.bodies.set(key, body);
  }
  return body;
}

/** The body of a list read: its items and how many there are. */
function listBodyOf<T>(view: ApiViews, key: string, items: T[]): JsonBody<{ items: T[]; total: number }> {
  return bodyOf(view, key, () => ({ items, total: items.length }));
}

function buildViews(catalog: Catalog, knowledge: CatalogKnowledge | undefined): ApiViews {
  const exported = toExportJson(catalog, knowledge);
  const themeName = new Map(catalog.themes.map((theme) => [theme.id, theme.name]));
  const conceptOfTopic = new Map<string, string>();
  for (const entry of knowledge?.concepts ?? []) {
    for (const label of [entry.concept.prefLabel.zh, ...(entry.concept.altLabel.zh ?? [])]) {
      if (label !== undefined && entry.concept.kind === 'topic') conceptOfTopic.set(label, entry.concept.id);
    }
  }
  const byProvision = new Map<string, z.infer<typeof ProvisionSchema>>();
  for (const reference of knowledge?.references ?? []) {
    const id =
      reference.instrument === 'cop-resolution'
        ? `cop-resolution-${(reference.resolution ?? '').replace('/', '-')}`
        : `${reference.instrument}-${reference.article ?? ''}`;
    const info = instrumentInfo(reference.instrument);
    const title = reference.article === undefined ? undefined : info?.articles[reference.article];
    const provision = byProvision.get(id) ?? {
      id,
      instrument: reference.instrument,
      article: reference.article ?? null,
      resolution: reference.resolution ?? null,
      title: title === undefined ? null : { zh: title.zh, en: title.en },
      instrumentName: info === undefined ? null : { zh: info.zh, en: info.en },
      citations: [],
    };
    provision.citations.push({
      paragraph: reference.paragraph,
      item: reference.item,
      clause: reference.clause ?? null,
      text: reference.span.text,
      citation: citeReference(reference).en,
    });
    byProvision.set(id, provision);
  }
  const papers = exported.papers.map((paper) => ({
    ...paper,
    slug: symbolSlug(paper.symbol),
    paragraphs: [...paper.paragraphs],
  }));
  return {
    catalog,
    exported,
    paragraphs: catalog.paragraphs.map((paragraph) => ({
      document: catalog.document.id,
      number: paragraph.number,
      text: paragraph.text,
      items: paragraph.items.map((item) => ({ label: item.label, text: item.text })),
      chapter: paragraph.chapter,
      theme: paragraph.theme,
      themeName: paragraph.theme === null ? null : (themeName.get(paragraph.theme) ?? null),
      paper: paragraph.paper,
      citation: citeSummaryParagraph(paragraph.paper, paragraph.number),
    })),
    papers,
    meetings: [...MEETING_YEARS].map(([number, year]) => ({
      number,
      year,
      papers: papers.filter((paper) => paper.meeting === number).map((paper) => paper.symbol),
    })),
    themes: exported.themes.map((theme) => ({
      ...theme,
      keyTopics: [...theme.keyTopics],
      papers: [...theme.papers],
      concepts: theme.keyTopics.map((topic) => conceptOfTopic.get(topic) ?? null),
    })),
    provisions: [...byProvision.values()],
    mechanisms: (knowledge?.mechanisms ?? []).map(({ mechanism, paragraphs }) => ({
      id: mechanism.id,
      printed: [...mechanism.printed],
      en: mechanism.en,
      abbreviation: mechanism.abbreviation,
      kind: mechanism.kind,
      region: mechanism.region,
      year: mechanism.year,
      parent: mechanism.parent,
      paragraphs: [...paragraphs],
    })),
    concepts: exported.concepts.map((concept) => ({
      ...concept,
      kind: concept.kind === 'topic' ? 'topic' : 'term',
      labels: { ...concept.labels },
      altLabels: Object.fromEntries(Object.entries(concept.altLabels).map(([k, v]) => [k, [...v]])),
      hiddenLabels: Object.fromEntries(Object.entries(concept.hiddenLabels).map(([k, v]) => [k, [...v]])),
      broader: [...concept.broader],
      related: [...concept.related],
      paragraphs: [...concept.paragraphs],
      themes: [...concept.themes],
    })),
    bodies: new Map(),
  };
}

const errorResponses = {
  400: { content: { 'application/json': { schema: ErrorSchema } }, description: 'A parameter is not valid' },
  404: {
    content: { 'application/json': { schema: ErrorSchema } },
    description: 'No such resource, or no catalog',
  },
} as const;

const json = <T extends z.ZodType>(schema: T, description: string) =>
  ({ 200: { content: { 'application/json': { schema } }, description }, ...errorResponses }) as const;

function idParam<N extends string>(name: N, example: string, description: string) {
  const field = z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name, in: 'path' }, example, description });
  return z.object({ [name]: field } as { [K in N]: typeof field });
}

/** Every route of the API, for the OpenAPI document, the 405 answers and the schema tests. */
export const API_ROUTE_DEFINITIONS = {
  health: createRoute({
    method: 'get',
    path: '/health',
    responses: json(HealthSchema, 'Liveness and the catalog counts'),
  }),
  catalog: createRoute({
    method: 'get',
    path: '/catalog',
    responses: json(CatalogExportSchema, 'The whole catalog, as `somkb export --format json` prints it'),
  }),
  documents: createRoute({
    method: 'get',
    path: '/documents',
    responses: json(listOf(DocumentSchema, 'DocumentList'), 'The documents'),
  }),
  document: createRoute({
    method: 'get',
    path: '/documents/{id}',
    request: { params: idParam('id', 'thematic-summary-2021', 'Document id') },
    responses: json(DocumentSchema, 'One document'),
  }),
  paragraphs: createRoute({
    method: 'get',
    path: '/documents/{id}/paragraphs',
    request: { params: idParam('id', 'thematic-summary-2021', 'Document id') },
    responses: json(listOf(ParagraphSchema, 'ParagraphList'), 'The paragraphs of a document, in order'),
  }),
  paragraph: createRoute({
    method: 'get',
    path: '/documents/{id}/paragraphs/{number}',
    request: {
      params: z.object({
        id: z
          .string()
          .min(1)
          .max(200)
          .openapi({ param: { name: 'id', in: 'path' }, example: 'thematic-summary-2021' }),
        number: wholeNumberParam(1, 100_000).openapi({
          param: { name: 'number', in: 'path' },
          example: 20,
          description: 'Paragraph number',
        }),
      }),
    },
    responses: json(ParagraphSchema, 'One paragraph with its items'),
  }),
  themes: createRoute({
    method: 'get',
    path: '/themes',
    responses: json(listOf(ThemeSchema, 'ThemeList'), 'The nine themes'),
  }),
  theme: createRoute({
    method: 'get',
    path: '/themes/{id}',
    request: { params: idParam('id', 'theme-3', 'Theme id (theme-1 … theme-9)') },
    responses: json(ThemeSchema, 'One theme'),
  }),
  papers: createRoute({
    method: 'get',
    path: '/papers',
    responses: json(listOf(PaperSchema, 'PaperList'), 'The background papers'),
  }),
  paper: createRoute({
    method: 'get',
    path: '/papers/{symbol}',
    request: {
      params: idParam('symbol', 'CTOC-COP-WG.7-2015-4', 'The UN symbol, URL-encoded, or its slug (/ → -)'),
    },
    responses: json(PaperSchema, 'One paper'),
  }),
  meetings: createRoute({
    method: 'get',
    path: '/meetings',
    responses: json(listOf(MeetingSchema, 'MeetingList'), 'The meetings, 1st 2012 … 7th 2020'),
  }),
  meeting: createRoute({
    method: 'get',
    path: '/meetings/{number}',
    request: {
      params: z.object({
        number: wholeNumberParam(1, 99).openapi({ param: { name: 'number', in: 'path' }, example: 3 }),
      }),
    },
    responses: json(MeetingSchema, 'One meeting'),
  }),
  concepts: createRoute({
    method: 'get',
    path: '/concepts',
    responses: json(listOf(ConceptSchema, 'ConceptList'), 'The thesaurus'),
  }),
  concept: createRoute({
    method: 'get',
    path: '/concepts/{id}',
    request: { params: idParam('id', 'special-investigative-techniques', 'Concept id') },
    responses: json(ConceptSchema, 'One concept with its paragraphs'),
  }),
  provisions: createRoute({
    method: 'get',
    path: '/provisions',
    responses: json(listOf(ProvisionSchema, 'ProvisionList'), 'The cited legal provisions'),
  }),
  provision: createRoute({
    method: 'get',
    path: '/provisions/{id}',
    request: { params: idParam('id', 'untoc-27', 'instrument-article, or cop-resolution-6-3') },
    responses: json(ProvisionSchema, 'One provision and where it is cited'),
  }),
  mechanisms: createRoute({
    method: 'get',
    path: '/mechanisms',
    responses: json(listOf(MechanismSchema, 'MechanismList'), 'The mechanisms directory'),
  }),
  mechanism: createRoute({
    method: 'get',
    path: '/mechanisms/{id}',
    request: { params: idParam('id', 'eurosur', 'Mechanism id') },
    responses: json(MechanismSchema, 'One mechanism'),
  }),
  search: createRoute({
    method: 'get',
    path: '/search',
    request: { query: SearchParamsSchema },
    responses: json(SearchResultSchema, 'A page of search results'),
  }),
  searchPost: createRoute({
    method: 'post',
    path: '/search',
    request: { body: { content: { 'application/json': { schema: SearchParamsSchema } }, required: true } },
    responses: json(SearchResultSchema, 'A page of search results (413 when the body is over 16 KiB)'),
  }),
  export: createRoute({
    method: 'get',
    path: '/export',
    request: { query: ExportParamsSchema },
    responses: {
      200: {
        content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        description: 'The file: JSON, CSV, Markdown, DOCX or text, with its media type and a file name',
      },
      ...errorResponses,
    },
  }),
  brief: createRoute({
    method: 'get',
    path: '/brief',
    request: { query: BriefParamsSchema },
    responses: {
      200: {
        content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        description: 'The briefing pack: DOCX, HTML for print, or Markdown',
      },
      ...errorResponses,
    },
  }),
} as const;

/** The API routes as (method, OpenAPI path) pairs. */
export const API_ROUTES: readonly { readonly method: string; readonly path: string }[] = Object.values(
  API_ROUTE_DEFINITIONS,
).map((route) => ({ method: route.method.toUpperCase(), path: route.path }));

/**
 * A text parameter as given, trimmed; `undefined` when it is absent, empty or blank, as a form sends
 * a field left empty (`q=&title=`).
 */
function givenText(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text === undefined || text === '' ? undefined : text;
}

const pattern = (path: string): RegExp => new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`);

/**
 * The JSON API under `/api/v1`: list and item routes for documents and their paragraphs, themes,
 * papers, meetings, concepts, provisions and mechanisms, and search (GET with a query string, or POST
 * with a JSON body). Every route has zod schemas, from which `/openapi.json` (OpenAPI 3.1) is made.
 * Errors are `{ error: { code, message, details } }`; reads carry an ETag and Cache-Control; every
 * response carries an `X-Request-Id`.
 */
export function createApi(deps: ApiDeps): OpenAPIHono {
  const api = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return undefined;
      const issue = result.error.issues[0];
      const parameter = issue?.path.map(String).join('.') ?? '';
      return c.json(
        errorBody('USAGE', `parameter '${parameter}': ${issue?.message ?? 'not valid'}`, {
          parameter,
          issues: result.error.issues.map((each) => ({ path: each.path.map(String), message: each.message })),
        }),
        400,
      );
    },
  });

  const views = new WeakMap<Catalog, ApiViews>();
  let lastKnowledge: CatalogKnowledge | undefined;
  async function current(): Promise<ApiViews> {
    const catalog = await deps.loadCatalog();
    if (catalog === undefined) {
      throw new SomkbError('CATALOG_EMPTY', 'no catalog is published yet; run: somkb ingest <file>');
    }
    let view = views.get(catalog);
    const knowledge = (await deps.loadKnowledge?.()) ?? undefined;
    if (view === undefined || knowledge !== lastKnowledge) {
      view = buildViews(catalog, knowledge);
      views.set(catalog, view);
      lastKnowledge = knowledge;
    }
    return view;
  }
  const notFound = (what: string, id: string, hint: string): never => {
    throw new SomkbError('NOT_FOUND', `no ${what} '${id}'${hint === '' ? '' : ` (${hint})`}`, {
      where: what,
    });
  };

  api.use('*', requestId());
  api.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    deps.log?.({
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 100) / 100,
    });
  });
  const origins = deps.corsOrigins ?? [];
  if (origins.length > 0) {
    api.use(
      '*',
      cors({ origin: origins.includes('*') ? '*' : [...origins], exposeHeaders: ['ETag', 'X-Request-Id'] }),
    );
  }
  api.use('*', async (c, next) => {
    await next();
    // Set on the response's own headers: c.header() on a finished response copies it into a new,
    // stream-backed one, which cost more than the rest of a cached read.
    if (c.req.method === 'GET' && c.res.status === 200)
      c.res.headers.set('Cache-Control', `public, max-age=${READ_MAX_AGE}`);
  });
  api.use('*', etag());
  const limitBody = bodyLimit({
    maxSize: API_BODY_LIMIT,
    onError: (c) =>
      c.json(
        errorBody('INPUT_TOO_LARGE', `the request body is over ${API_BODY_LIMIT} bytes`, {
          limit: API_BODY_LIMIT,
        }),
        413,
      ),
  });
  // Only a POST has a body to limit; asking a GET for its body makes the server build a full Request.
  api.on('POST', '/search', limitBody);

  api.openapi(API_ROUTE_DEFINITIONS.catalog, async (c) => {
    const view = await current();
    return sendJson(
      c,
      bodyOf(view, 'catalog', () => view.exported as unknown as z.infer<typeof CatalogExportSchema>),
    );
  });

  api.openapi(API_ROUTE_DEFINITIONS.health, async (c) => {
    const catalog = await deps.loadCatalog();
    const counts = catalog === undefined ? null : countCatalog(catalog);
    return sendJson(
      c,
      toJsonBody({
        status: 'ok' as const,
        version: deps.version,
        catalog:
          counts === null
            ? null
            : { paragraphs: counts.paragraphs, papers: counts.papers, themes: counts.themes },
      }),
    );
  });

  const documentOf = (view: ApiViews): z.infer<typeof DocumentSchema> => {
    const { document } = view.catalog;
    return {
      id: document.id,
      kind: document.kind,
      language: view.catalog.language,
      title: document.header.title,
      symbol: null,
      dates: [...document.header.dates],
      place: document.header.place,
      chapters: document.chapters.map((chapter) => ({
        number: chapter.number,
        numeral: chapter.numeral,
        title: chapter.title,
      })),
      paragraphs: view.catalog.paragraphs.length,
    };
  };
  const requireDocument = (view: ApiViews, id: string): void => {
    if (id !== view.catalog.document.id)
      notFound('document', id, `the document is ${view.catalog.document.id}`);
  };
  api.openapi(API_ROUTE_DEFINITIONS.documents, async (c) => {
    const view = await current();
    return sendJson(
      c,
      bodyOf(view, 'documents', () => ({ items: [documentOf(view)], total: 1 })),
    );
  });
  api.openapi(API_ROUTE_DEFINITIONS.document, async (c) => {
    const view = await current();
    requireDocument(view, c.req.valid('param').id);
    return sendJson(
      c,
      bodyOf(view, 'document', () => documentOf(view)),
    );
  });
  api.openapi(API_ROUTE_DEFINITIONS.paragraphs, async (c) => {
    const view = await current();
    requireDocument(view, c.req.valid('param').id);
    return sendJson(c, listBodyOf(view, 'paragraphs', view.paragraphs));
  });
  api.openapi(API_ROUTE_DEFINITIONS.paragraph, async (c) => {
    const view = await current();
    const { id, number } = c.req.valid('param');
    requireDocument(view, id);
    const paragraph = view.paragraphs.find((candidate) => candidate.number === number);
    return paragraph === undefined
      ? notFound('paragraph', String(number), `paragraphs are 1 … ${view.paragraphs.length}`)
      : sendJson(
          c,
          bodyOf(view, `paragraph ${number}`, () => paragraph),
        );
  });

  api.openapi(API_ROUTE_DEFINITIONS.themes, async (c) => {
    const view = await current();
    return sendJson(c, listBodyOf(view, 'themes', view.themes));
  });
  api.openapi(API_ROUTE_DEFINITIONS.theme, async (c) => {
    const view = await current();
    const { id } = c.req.valid('param');
    const theme = view.themes.find((candidate) => candidate.id === id || String(candidate.number) === id);
    return theme === undefined
      ? notFound('theme', id, `themes are theme-1 … theme-${view.themes.length}`)
      : sendJson(
          c,
          bodyOf(view, `theme ${theme.id}`, () => theme),
        );
  });

  api.openapi(API_ROUTE_DEFINITIONS.papers, async (c) => {
    const view = await current();
    return sendJson(c, listBodyOf(view, 'papers', view.papers));
  });
  api.openapi(API_ROUTE_DEFINITIONS.paper, async (c) => {
    const view = await current();
    const { symbol } = c.req.valid('param');
    const wanted = symbol.toUpperCase();
    const paper = view.papers.find(
      (candidate) => candidate.symbol.toUpperCase() === wanted || candidate.slug.toUpperCase() === wanted,
    );
    return paper === undefined
      ? notFound('paper', symbol, 'see /api/v1/papers')
      : sendJson(
          c,
          bodyOf(view, `paper ${paper.symbol}`, () => paper),
        );
  });

  api.openapi(API_ROUTE_DEFINITIONS.meetings, async (c) => {
    const view = await current();
    return sendJson(c, listBodyOf(view, 'meetings', view.meetings));
  });
  api.openapi(API_ROUTE_DEFINITIONS.meeting, async (c) => {
    const view = await current();
    const { number } = c.req.valid('param');
    const meeting = view.meetings.find((candidate) => candidate.number === number);
    return meeting === undefined
      ? notFound('meeting', String(number), `meetings are 1 … ${view.meetings.length}`)
      : sendJson(
          c,
          bodyOf(view, `meeting ${number}`, () => meeting),
        );
  });

  /** Answers the one of `items` whose id is `id`, or a 404 naming the kind and the list to see. */
  const sendById = <T extends { readonly id: string }>(
    c: Context,
    view: ApiViews,
    kind: 'concept' | 'provision' | 'mechanism',
    items: T[],
    id: string,
  ) => {
    const item = items.find((candidate) => candidate.id === id);
    return item === undefined
      ? notFound(kind, id, `see /api/v1/${kind}s`)
      : sendJson(
          c,
          bodyOf(view, `${kind} ${id}`, () => item),
        );
  };
  api.openapi(API_ROUTE_DEFINITIONS.concepts, async (c) => {
    const view = await current();
    return sendJson(c, listBodyOf(view, 'concepts', view.concepts));
  });
  api.openapi(API_ROUTE_DEFINITIONS.concept, async (c) => {
    const view = await current();
    return sendById(c, view, 'concept', view.concepts, c.req.valid('param').id);
  });
  api.openapi(API_ROUTE_DEFINITIONS.provisions, async (c) => {
    const view = await current();
    return sendJson(c, listBodyOf(view, 'provisions', view.provisions));
  });
  api.openapi(API_ROUTE_DEFINITIONS.provision, async (c) => {
    const view = await current();
    return sendById(c, view, 'provision', view.provisions, c.req.valid('param').id);
  });
  api.openapi(API_ROUTE_DEFINITIONS.mechanisms, async (c) => {
    const view = await current();
    return sendJson(c, listBodyOf(view, 'mechanisms', view.mechanisms));
  });
  api.openapi(API_ROUTE_DEFINITIONS.mechanism, async (c) => {
    const view = await current();
    return sendById(c, view, 'mechanism', view.mechanisms, c.req.valid('param').id);
  });

  /** Search results as bodies, made once per result: the search service gives a repeated request its result again. */
  const searchBodies = new WeakMap<SearchResult, JsonBody<z.infer<typeof SearchResultSchema>>>();
  const runSearch = async (
    params: z.infer<typeof SearchParamsSchema>,
  ): Promise<JsonBody<z.infer<typeof SearchResultSchema>>> => {
    const result = await deps.search({
      query: params.q,
      limit: params.limit,
      offset: params.offset,
      catalogLanguage: params.lang,
      ...(params.group === 'paper' ? { groupByPaper: true } : {}),
    });
    let body = searchBodies.get(result);
    if (body === undefined) {
      body = toJsonBody(toSearchJson(result) as z.infer<typeof SearchResultSchema>);
      searchBodies.set(result, body);
    }
    return body;
  };
  api.openapi(API_ROUTE_DEFINITIONS.search, async (c) => sendJson(c, await runSearch(c.req.valid('query'))));
  api.openapi(API_ROUTE_DEFINITIONS.searchPost, async (c) =>
    sendJson(c, await runSearch(c.req.valid('json'))),
  );

  /**
   * The selection the parameters name; a query is run, its results (up to 1,000) selected. A value
   * named twice counts once (a form may send a topic ticked under two themes).
   */
  const selectionOf = async (params: z.infer<typeof SelectionParamsSchema>): Promise<CatalogSelection> => {
    const list = (value: string | string[] | undefined): string[] | undefined =>
      value === undefined ? undefined : [...new Set(Array.isArray(value) ? value : [value])];
    const themes = list(params.theme);
    const topics = list(params.topic);
    const { papers: known } = await current();
    const papers = list(params.paper)?.map(
      (value) => known.find((paper) => paper.slug.toUpperCase() === value.toUpperCase())?.symbol ?? value,
    );
    const query = givenText(params.q);
    const paragraphs =
      query === undefined ? undefined : (await queryParagraphs(deps.search, query)).paragraphs;
    if (query !== undefined && paragraphs?.length === 0) {
      throw new SomkbError('NOT_FOUND', `no paragraph matches the query '${query}'`, { where: 'q' });
    }
    return {
      ...(themes === undefined ? {} : { themes }),
      ...(topics === undefined ? {} : { topics }),
      ...(papers === undefined ? {} : { papers }),
      ...(paragraphs === undefined ? {} : { paragraphs }),
    };
  };
  const fileResponse = (c: Context, file: ExportFile, name: string): Response => {
    const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
    return c.body(body, 200, {
      'Content-Type': file.mediaType,
      'Content-Disposition': `attachment; filename="${name}.${file.extension}"`,
      ETag: entityTag(body),
    });
  };
  const knowledgeOrEmpty = async (): Promise<CatalogKnowledge> => {
    const knowledge = await deps.loadKnowledge?.();
    if (knowledge === undefined) throw new SomkbError('CATALOG_EMPTY', 'no catalog is published yet');
    return knowledge;
  };
  api.openapi(API_ROUTE_DEFINITIONS.export, async (c) => {
    const params = c.req.valid('query');
    const view = await current();
    const file = await exportSelection(
      view.catalog,
      await knowledgeOrEmpty(),
      await selectionOf(params),
      params.format,
    );
    return fileResponse(c, file, 'somkb-export');
  });
  api.openapi(API_ROUTE_DEFINITIONS.brief, async (c) => {
    const params = c.req.valid('query');
    const view = await current();
    const selection = await selectionOf(params);
    const query = givenText(params.q);
    const title = givenText(params.title);
    const briefing = buildBriefing(view.catalog, await knowledgeOrEmpty(), {
      selection,
      date: params.date ?? new Date().toISOString().slice(0, 10),
      language: params.lang,
      ...(query === undefined ? {} : { query }),
      ...(title === undefined ? {} : { title }),
    });
    return fileResponse(c, await renderBriefing(briefing, params.format), 'somkb-briefing');
  });

  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'somkb API',
      version: deps.version,
      description:
        'The catalog of the thematic summary of the Working Group on the Smuggling of Migrants: documents, paragraphs, themes, papers, meetings, concepts, legal provisions, mechanisms and search.',
    },
    servers: [{ url: '/api/v1' }],
  });

  // A catch-all route rather than notFound(): a sub-app mounted with route() leaves notFound to its parent.
  api.all('*', (c) => {
    const allowed = API_ROUTES.filter((route) =>
      pattern(route.path).test(c.req.path.replace(/^\/api\/v1/, '')),
    );
    if (allowed.length > 0) {
      c.header('Allow', [...new Set(allowed.map((route) => route.method))].join(', '));
      return c.json(
        errorBody('USAGE', `method ${c.req.method} is not allowed on ${c.req.path}`, {
          allowed: allowed.map((route) => route.method),
        }),
        405,
      );
    }
    return c.json(errorBody('NOT_FOUND', `no API route ${c.req.path}; see /api/v1/openapi.json`), 404);
  });
  api.onError((error, c) => {
    const status: ContentfulStatusCode = isSomkbError(error) ? STATUS_BY_CODE[error.code] : 500;
    if (status >= 500) deps.reportError?.(error);
    const code: SomkbErrorCode = isSomkbError(error) ? error.code : 'INTERNAL';
    const message = status < 500 && isSomkbError(error) ? error.message : 'An unexpected error occurred.';
    const where = isSomkbError(error) ? error.where : undefined;
    return c.json(errorBody(code, message, where === undefined ? {} : { where }), status);
  });
  return api;
}

/** The context type of API handlers (for tests that call routes directly). */
export type ApiContext = Context;
