import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { z } from '@hono/zod-openapi';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { publishedOf } from '../../test/support/published.js';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import { catalogTerms, createAnalyzer } from '../analysis/index.js';
import { describeCatalog, expansionConcepts, knowledgeUserWords } from '../knowledge/index.js';
import { buildSearchIndex, documentsFromCatalog, search } from '../search/index.js';
import type { ApiLogEntry } from './create-api.js';
import { API_BODY_LIMIT, API_ROUTE_DEFINITIONS, LOGGED_PATH_LIMIT, createApi } from './create-api.js';

const { catalog } = corpusSearchIndex();
const knowledge = describeCatalog(catalog, bundledKnowledge());
const index = buildSearchIndex(
  documentsFromCatalog(catalog),
  createAnalyzer('zh', { userWords: [...catalogTerms(catalog), ...knowledgeUserWords(bundledKnowledge())] }),
  { concepts: expansionConcepts(bundledKnowledge(), 'zh') },
);
const log: ApiLogEntry[] = [];

function makeApp(options: { corsOrigins?: readonly string[]; empty?: boolean } = {}): Hono {
  const api = createApi({
    loadPublished: () => Promise.resolve(options.empty === true ? undefined : publishedOf(catalog)),
    loadKnowledge: () => Promise.resolve(knowledge),
    search: (request) => Promise.resolve(search(index, request)),
    version: '9.9.9',
    log: (entry) => log.push(entry),
    ...(options.corsOrigins === undefined ? {} : { corsOrigins: options.corsOrigins }),
  });
  const root = new Hono();
  root.route('/api/v1', api);
  return root;
}
const app = makeApp();
const get = (path: string, init?: RequestInit): Promise<Response> => Promise.resolve(app.request(path, init));

/**
 * One request per route, with ids that exist, and the schema of its 200 answer. The history routes
 * need a store with versions: history-routes.test.ts checks them against their schemas.
 */
const EXAMPLES: Readonly<
  Record<
    Exclude<keyof typeof API_ROUTE_DEFINITIONS, 'export' | 'brief' | 'versions' | 'version' | 'diff'>,
    string
  >
> = {
  health: '/api/v1/health',
  catalog: '/api/v1/catalog',
  documents: '/api/v1/documents',
  document: `/api/v1/documents/${catalog.document.id}`,
  paragraphs: `/api/v1/documents/${catalog.document.id}/paragraphs`,
  paragraph: `/api/v1/documents/${catalog.document.id}/paragraphs/20`,
  themes: '/api/v1/themes',
  theme: '/api/v1/themes/theme-3',
  papers: '/api/v1/papers',
  paper: '/api/v1/papers/CTOC-COP-WG.7-2015-4',
  meetings: '/api/v1/meetings',
  meeting: '/api/v1/meetings/3',
  concepts: '/api/v1/concepts',
  concept: '/api/v1/concepts/special-investigative-techniques',
  provisions: '/api/v1/provisions',
  provision: '/api/v1/provisions/untoc-27',
  mechanisms: '/api/v1/mechanisms',
  mechanism: '/api/v1/mechanisms/eurosur',
  search: '/api/v1/search?q=controlled%20delivery&limit=5',
  searchPost: '/api/v1/search',
  suggest: '/api/v1/suggest?q=%E6%8E%A7%E5%88%B6&lang=en',
};

describe('the JSON API', () => {
  it.each(Object.entries(EXAMPLES))('%s answers what its schema says', async (name, path) => {
    const route = API_ROUTE_DEFINITIONS[name as keyof typeof API_ROUTE_DEFINITIONS];
    const response = await get(
      path,
      route.method === 'post'
        ? {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ q: '控制下交付', limit: 3 }),
          }
        : undefined,
    );
    expect(response.status).toBe(200);
    const content = route.responses[200].content as Record<string, { schema: z.ZodType } | undefined>;
    const schema = content['application/json']?.schema;
    if (schema === undefined) throw new Error(`${name} has no JSON answer`);
    const parsed = schema.safeParse(await response.json());
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(response.headers.get('x-request-id')).toMatch(/.+/);
  });

  it('lists every route in its OpenAPI 3.1 document', async () => {
    const document = (await (await get('/api/v1/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(document.openapi).toBe('3.1.0');
    for (const route of Object.values(API_ROUTE_DEFINITIONS)) {
      expect(document.paths[route.path]?.[route.method]).toBeDefined();
    }
  });

  it('gives the contents that the catalog holds', async () => {
    const themes = (await (await get('/api/v1/themes')).json()) as {
      total: number;
      items: { concepts: unknown[] }[];
    };
    expect(themes.total).toBe(9);
    expect(themes.items.every((theme) => theme.concepts.every((concept) => concept !== null))).toBe(true);
    const paragraph = (await (await get(EXAMPLES.paragraph)).json()) as { citation: string; text: string };
    expect(paragraph.citation).toBe('Thematic summary (2021), para. 20 (on CTOC/COP/WG.7/2013/2)');
    expect(paragraph.text).toContain('电子监视');
    const meeting = (await (await get('/api/v1/meetings/3')).json()) as { year: number; papers: string[] };
    expect(meeting.year).toBe(2015);
    expect(meeting.papers).toContain('CTOC/COP/WG.7/2015/4');
    const provision = (await (await get('/api/v1/provisions/untoc-27')).json()) as {
      title: { en: string };
      citations: { paragraph: number; clause: string | null }[];
    };
    expect(provision.title.en).toBe('Law enforcement cooperation');
    expect(provision.citations).toContainEqual(expect.objectContaining({ paragraph: 31, clause: '(1)(e)' }));
    const hits = (await (await get(EXAMPLES.search)).json()) as {
      hits: { concepts: { concept: string }[] }[];
    };
    expect(hits.hits[0]?.concepts[0]?.concept).toBe('controlled-delivery');
  });

  it('shows a query word of any script as one analysed term, never cut into letters (issue 12.1)', async () => {
    for (const [word, term] of [
      ['económico', 'economico'],
      ['мигранты', 'мигранты'],
      ['مدينة', 'مدينة'],
      ['مَدِينَة', 'مدينة'],
    ] as const) {
      const response = await get(`/api/v1/search?q=${encodeURIComponent(word)}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { terms: string[] };
      expect(body.terms, word).toContain(term);
      expect(
        body.terms.filter((analysed) => analysed.length === 1),
        word,
      ).toEqual([]);
    }
  });

  it('counts only what a query matches; related concepts rank, follow and are named as related (issue 12.4, 12.5)', async () => {
    type Body = {
      total: number;
      related: number;
      facets: { theme: { count: number }[] };
      hits: {
        paragraph: number;
        related: boolean;
        snippet: string;
        concepts: { concept: string; via: string; relatedTo?: string }[];
      }[];
    };
    const searchFor = async (q: string): Promise<Body> =>
      (await (await get(`/api/v1/search?q=${encodeURIComponent(q)}&limit=100`)).json()) as Body;
    const snakehead = await searchFor('蛇头');
    expect(snakehead.total).toBeLessThan(20);
    expect(snakehead.facets.theme.reduce((sum, facet) => sum + facet.count, 0)).toBe(snakehead.total);
    const counted = snakehead.hits.filter((hit) => !hit.related);
    expect(counted).toHaveLength(snakehead.total);
    expect(snakehead.hits.slice(0, snakehead.total)).toEqual(counted);
    expect(
      counted.every((hit) => hit.concepts.some((c) => c.concept === 'smugglers' && c.via === 'label')),
    ).toBe(true);

    const laundering = (await searchFor('洗钱')).hits.map((hit) => hit.paragraph);
    for (const named of [59, 78]) {
      for (const neighbour of [7, 12])
        expect(laundering.indexOf(named)).toBeLessThan(laundering.indexOf(neighbour));
    }

    const delivery = await searchFor('controlled delivery');
    const technology = delivery.hits.find((hit) => hit.paragraph === 78);
    expect(technology?.concepts.some((c) => c.concept === 'controlled-delivery')).toBe(false);
    for (const hit of delivery.hits) {
      expect(hit.snippet, `paragraph ${hit.paragraph}`).toContain('<mark>');
      const direct = hit.concepts.some((c) => c.concept === 'controlled-delivery' && c.via === 'label');
      expect(
        direct || hit.concepts.some((c) => c.via === 'related' && c.relatedTo === 'controlled-delivery'),
      ).toBe(true);
    }
  });

  it('finds paragraphs for everyday words in any language, a word of a label below the whole label (issue 12.2)', async () => {
    type Body = {
      total: number;
      hits: { paragraph: number; score: number; concepts: { concept: string; via: string }[] }[];
    };
    const searchFor = async (q: string): Promise<Body> =>
      (await (await get(`/api/v1/search?q=${encodeURIComponent(q)}`)).json()) as Body;
    for (const word of [
      'migrants',
      'migrant',
      'border',
      'sea',
      'undercover',
      'migrantes',
      'tráfico',
      'trata',
      'contrabando de migrantes',
      'pasaporte falso',
      'تهريب',
      'مهرب',
      'мигранты',
    ]) {
      const body = await searchFor(word);
      expect(body.total, word).toBeGreaterThan(0);
      expect(body.hits[0]?.concepts.length, word).toBeGreaterThan(0);
    }
    // "vigilada" is one word of the Spanish label "entrega vigilada" (controlled delivery), no label itself.
    const word = await searchFor('vigilada');
    const label = await searchFor('entrega vigilada');
    expect(word.hits[0]?.paragraph).toBe(label.hits[0]?.paragraph);
    expect(word.hits[0]?.concepts).toContainEqual(
      expect.objectContaining({ concept: 'controlled-delivery', via: 'word' }),
    );
    expect(word.hits[0]?.score).toBeLessThan(label.hits[0]?.score ?? 0);
  });

  it('exports any selection as a file, and briefing packs', async () => {
    const csv = await get('/api/v1/export?format=csv&theme=theme-3');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="somkb-export.csv"');
    const rows = (await csv.text()).trim().split(/\r?\n/);
    expect(rows.length - 1).toBe(catalog.themes.find((theme) => theme.id === 'theme-3')?.papers.length);
    const docx = await get('/api/v1/export?format=docx&topic=money-laundering&topic=hawala');
    expect(docx.headers.get('content-type')).toContain('officedocument.wordprocessingml');
    expect(new TextDecoder().decode(new Uint8Array(await docx.arrayBuffer()).slice(0, 2))).toBe('PK');
    const pack = await get(`/api/v1/brief?format=html&q=${encodeURIComponent('哈瓦拉')}&date=2026-11-29`);
    expect(pack.status).toBe(200);
    const html = await pack.text();
    expect(html).toContain('哈瓦拉');
    expect(html).toContain('Thematic summary (2021), para. 12 (on ');
    expect(html).toContain('2026-11-29');
    const bySlug = await get('/api/v1/export?format=json&paper=CTOC-COP-WG.7-2015-4');
    expect(bySlug.status).toBe(200);
    expect(
      ((await bySlug.json()) as { papers: { symbol: string }[] }).papers.map((paper) => paper.symbol),
    ).toEqual(['CTOC/COP/WG.7/2015/4']);
    const badFormat = await get('/api/v1/export?format=pdf');
    expect(badFormat.status).toBe(400);
    expect(((await badFormat.json()) as { error: { message: string } }).error.message).toContain("'format'");
    expect((await get('/api/v1/export?theme=theme-12')).status).toBe(404);
    expect((await get(`/api/v1/brief?q=${encodeURIComponent('zzzqqq')}`)).status).toBe(404);
  });

  it('takes an empty or blank q or title as not given, as a form sends a field left empty', async () => {
    const base = '/api/v1/brief?format=md&theme=theme-3&date=2026-11-29';
    const plain = await get(base);
    expect(plain.status).toBe(200);
    const pack = await plain.text();
    for (const empty of ['&q=&title=', '&q=%20%20&title=%20']) {
      const response = await get(`${base}${empty}`);
      expect(response.status, empty).toBe(200);
      expect(await response.text(), empty).toBe(pack);
    }
    const titled = await (await get(`${base}&q=&title=${encodeURIComponent('专家会议简报')}`)).text();
    expect(titled).toContain('专家会议简报');
    expect(pack).not.toContain('专家会议简报');
    const whole = await (await get('/api/v1/brief?format=md&date=2026-11-29')).text();
    expect(await (await get('/api/v1/brief?format=md&date=2026-11-29&q=&title=')).text()).toBe(whole);
    expect(whole.length).toBeGreaterThan(pack.length);
    for (const selection of ['format=csv&theme=theme-3', 'format=md']) {
      const exported = await (await get(`/api/v1/export?${selection}`)).text();
      const response = await get(`/api/v1/export?${selection}&q=`);
      expect(response.status, selection).toBe(200);
      expect(await response.text(), selection).toBe(exported);
    }
  });

  it('counts a topic or theme named twice once, as a form sends a topic ticked under two themes', async () => {
    const base = '/api/v1/brief?format=md&date=2026-11-29';
    const once = await (await get(`${base}&theme=theme-2&topic=international-cooperation`)).text();
    const twice = await (
      await get(
        `${base}&theme=theme-2&theme=theme-2&topic=international-cooperation&topic=international-cooperation`,
      )
    ).text();
    expect(twice).toBe(once);
  });

  it('describes q and title in its OpenAPI document as optional strings', async () => {
    const document = (await (await get('/api/v1/openapi.json')).json()) as {
      paths: Record<
        string,
        {
          get?: {
            parameters?: {
              name: string;
              required?: boolean;
              schema: { type?: string; minLength?: number };
            }[];
          };
        }
      >;
    };
    for (const [path, names] of [
      ['/brief', ['q', 'title']],
      ['/export', ['q']],
    ] as const) {
      const parameters = document.paths[path]?.get?.parameters ?? [];
      for (const name of names) {
        const parameter = parameters.find((candidate) => candidate.name === name);
        expect(parameter, `${path} ${name}`).toBeDefined();
        expect(parameter?.required ?? false, `${path} ${name}`).toBe(false);
        expect(parameter?.schema.type, `${path} ${name}`).toBe('string');
        expect(parameter?.schema.minLength, `${path} ${name}`).toBeUndefined();
      }
    }
  });

  it('takes a paper symbol URL-encoded or as a slug, in any case', async () => {
    for (const path of [
      '/api/v1/papers/CTOC%2FCOP%2FWG.7%2F2015%2F4',
      '/api/v1/papers/CTOC-COP-WG.7-2015-4',
      '/api/v1/papers/ctoc-cop-wg.7-2015-4',
    ]) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { symbol: string }).symbol).toBe('CTOC/COP/WG.7/2015/4');
    }
  });

  it('starts a CSV file with a UTF-8 byte order mark when bom=true, and only then (issue 12.15)', async () => {
    const bytes = async (path: string): Promise<Uint8Array> => {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      return new Uint8Array(await response.arrayBuffer());
    };
    const plain = await bytes('/api/v1/export?format=csv');
    const marked = await bytes('/api/v1/export?format=csv&bom=true');
    expect([...marked.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...plain.slice(0, 6)]).toEqual([...new TextEncoder().encode('symbol')]);
    expect(marked.slice(3)).toEqual(plain);
    expect(new TextDecoder().decode(plain).split('\r\n')[0]).toBe(
      'symbol,year,meeting,theme,paragraphs,url,title',
    );
    expect([...(await bytes('/api/v1/export?format=csv&bom=false')).slice(0, 1)]).toEqual([0x73]);
    const refused = await get('/api/v1/export?format=json&bom=true');
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      "parameter 'bom': only a CSV file (format=csv) takes a byte order mark",
    );
  });

  it('says in a 400 what the parameter allows', async () => {
    const messageOf = async (path: string): Promise<string> => {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      return ((await response.json()) as { error: { message: string } }).error.message;
    };
    for (const limit of ['abc', '2.5', '0', '101']) {
      expect(await messageOf(`/api/v1/search?q=x&limit=${limit}`)).toBe(
        "parameter 'limit': must be a whole number from 1 to 100",
      );
    }
    expect(await messageOf('/api/v1/search?q=x&offset=-1')).toBe(
      "parameter 'offset': must be a whole number from 0 to 10,000",
    );
    expect(await messageOf('/api/v1/search')).toBe("parameter 'q': is required");
    expect(await messageOf('/api/v1/search?q=')).toBe("parameter 'q': must not be empty");
    expect(await messageOf('/api/v1/meetings/abc')).toBe(
      "parameter 'number': must be a whole number from 1 to 99",
    );
    expect(await messageOf('/api/v1/documents/thematic-summary-2021/paragraphs/0')).toBe(
      "parameter 'number': must be a whole number from 1 to 100,000",
    );
    expect(await messageOf('/api/v1/brief?date=2026-13-45')).toBe(
      "parameter 'date': must be a date written YYYY-MM-DD, such as 2026-11-29",
    );
    expect(await messageOf(`/api/v1/brief?title=${'x'.repeat(201)}`)).toBe(
      "parameter 'title': must be at most 200 characters",
    );
    expect(await messageOf(`/api/v1/export?q=${'x'.repeat(1001)}`)).toBe(
      "parameter 'q': must be at most 1,000 characters",
    );
    expect(await messageOf('/api/v1/export?theme=')).toBe("parameter 'theme': must not be empty");
    expect(await messageOf(`/api/v1/export?${'theme=theme-1&'.repeat(51)}`)).toBe(
      "parameter 'theme': must be 1 to 200 characters, and given at most 50 times",
    );
  });

  it('answers errors in one shape: 400 naming the parameter, 404, 405 with Allow, 413', async () => {
    const bad = await get('/api/v1/search?q=x&limit=500');
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as {
      error: { code: string; message: string; details: { parameter: string } };
    };
    expect(body.error.code).toBe('USAGE');
    expect(body.error.message).toContain("parameter 'limit'");
    expect(body.error.details.parameter).toBe('limit');
    expect((await get('/api/v1/search')).status).toBe(400);
    expect((await get('/api/v1/meetings/abc')).status).toBe(400);

    const missing = await get('/api/v1/papers/CTOC-COP-WG.7-2099-1');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toContain(
      'CTOC-COP-WG.7-2099-1',
    );
    expect((await get('/api/v1/themes/theme-12')).status).toBe(404);
    expect((await get('/api/v1/nothing-here')).status).toBe(404);

    const wrongMethod = await get('/api/v1/themes', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
    expect(((await wrongMethod.json()) as { error: { code: string } }).error.code).toBe('USAGE');

    const large = await get('/api/v1/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: 'x'.repeat(API_BODY_LIMIT + 10) }),
    });
    expect(large.status).toBe(413);
    expect(((await large.json()) as { error: { code: string } }).error.code).toBe('INPUT_TOO_LARGE');

    const wrongType = await get('/api/v1/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: 42 }),
    });
    expect(wrongType.status).toBe(400);

    const empty = await makeApp({ empty: true }).request('/api/v1/themes');
    expect(empty.status).toBe(404);
    expect(((await empty.json()) as { error: { code: string } }).error.code).toBe('CATALOG_EMPTY');
  });

  it('caches reads with an ETag and Cache-Control, and logs each request with its id', async () => {
    const first = await get('/api/v1/themes/theme-1');
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^(W\/)?"/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await get('/api/v1/themes/theme-1', { headers: { 'if-none-match': tag ?? '' } });
    expect(again.status).toBe(304);
    const id = first.headers.get('x-request-id');
    expect(log.some((entry) => entry.requestId === id && entry.path === '/api/v1/themes/theme-1')).toBe(true);
  });

  it('tags every read with the SHA-1 of its body, searches included', async () => {
    const reads = Object.entries(EXAMPLES)
      .filter(([name]) => API_ROUTE_DEFINITIONS[name as keyof typeof EXAMPLES].method === 'get')
      .map(([, path]) => path);
    for (const path of [...reads, '/api/v1/search?q=hawala&group=paper']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      const body = new Uint8Array(await response.arrayBuffer());
      expect(response.headers.get('etag'), path).toBe(`"${createHash('sha1').update(body).digest('hex')}"`);
    }
    const first = await get('/api/v1/search?q=hawala');
    const tag = first.headers.get('etag') ?? '';
    expect((await get('/api/v1/search?q=hawala', { headers: { 'if-none-match': tag } })).status).toBe(304);
    expect((await get('/api/v1/search?q=洗钱', { headers: { 'if-none-match': tag } })).status).toBe(200);
  });

  it('answers reads of a newly published catalog, not what it answered before', async () => {
    let served = publishedOf(catalog);
    const api = createApi({
      loadPublished: () => Promise.resolve(served),
      search: (request) => Promise.resolve(search(index, request)),
      version: '9.9.9',
    });
    const path = '/documents/thematic-summary-2021/paragraphs/1';
    const before = await api.request(path);
    const tag = before.headers.get('etag') ?? '';
    served = publishedOf(
      {
        ...catalog,
        paragraphs: catalog.paragraphs.map((paragraph) =>
          paragraph.number === 1 ? { ...paragraph, text: `${paragraph.text}（已修订）` } : paragraph,
        ),
      },
      2,
    );
    const after = await api.request(path, { headers: { 'if-none-match': tag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(tag);
    expect(((await after.json()) as { text: string }).text).toMatch(/（已修订）$/);
  });

  it('logs a short line for a huge path: no query string, the path capped', async () => {
    const long = `/api/v1/nothing/${'x'.repeat(5000)}`;
    const response = await get(`${long}?q=${'y'.repeat(5000)}`);
    expect(response.status).toBe(404);
    const id = response.headers.get('x-request-id');
    const entry = log.find((each) => each.requestId === id);
    expect(entry?.path).toBe(`${long.slice(0, LOGGED_PATH_LIMIT)}…`);
    expect(JSON.stringify(entry).length).toBeLessThan(400);
  });

  it('allows browsers from the configured origins only', async () => {
    const open = await makeApp({ corsOrigins: ['https://portal.example.org'] }).request('/api/v1/themes', {
      headers: { origin: 'https://portal.example.org' },
    });
    expect(open.headers.get('access-control-allow-origin')).toBe('https://portal.example.org');
    const closed = await get('/api/v1/themes', { headers: { origin: 'https://portal.example.org' } });
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('request bodies the API cannot use', () => {
  /** An API whose request log and error reports are kept, to see how each refusal is logged. */
  function watchedApi() {
    const entries: ApiLogEntry[] = [];
    const reported: unknown[] = [];
    const api = createApi({
      loadPublished: () => Promise.resolve(publishedOf(catalog)),
      search: (request) => Promise.resolve(search(index, request)),
      version: '9.9.9',
      log: (entry) => entries.push(entry),
      reportError: (error) => reported.push(error),
    });
    return { api, entries, reported };
  }
  interface ErrorAnswer {
    error: { code: string; message: string; details: { where?: string } };
  }
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it.each([
    [
      'malformed JSON',
      { 'content-type': 'application/json' },
      utf8('{'),
      400,
      'INPUT_MALFORMED',
      /not valid JSON/,
    ],
    [
      'a byte order mark',
      { 'content-type': 'application/json' },
      utf8('\uFEFF{"q":"x"}'),
      400,
      'INPUT_MALFORMED',
      /byte order mark/,
    ],
    ['an empty body', { 'content-type': 'application/json' }, utf8(''), 400, 'INPUT_MALFORMED', /empty/],
    [
      'bytes that are not UTF-8',
      { 'content-type': 'application/json' },
      new Uint8Array([0x7b, 0xff, 0x7d]),
      400,
      'INPUT_ENCODING',
      /UTF-8/,
    ],
    ['no Content-Type', {}, utf8('{"q":"x"}'), 415, 'UNSUPPORTED_MEDIA_TYPE', /no Content-Type/],
    [
      'a wrong Content-Type',
      { 'content-type': 'text/plain' },
      utf8('{"q":"x"}'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      /'text\/plain'/,
    ],
  ] as const)(
    'answers %s with %i %s in the error shape, logged as a client error',
    async (_, headers, body, status, code, message) => {
      const { api, entries, reported } = watchedApi();
      const response = await api.request('/search', { method: 'POST', headers, body });
      expect(response.status).toBe(status);
      const answer = (await response.json()) as ErrorAnswer;
      expect(answer.error.code).toBe(code);
      expect(answer.error.message).toMatch(message);
      expect(answer.error.details.where).toBe(code === 'UNSUPPORTED_MEDIA_TYPE' ? 'Content-Type' : 'body');
      expect(entries.map((entry) => entry.status)).toEqual([status]);
      expect(reported).toEqual([]);
    },
  );

  it('answers a body whose sender hung up half way with 400 INPUT_MALFORMED, not a server error', async () => {
    const { api, entries, reported } = watchedApi();
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) {
          controller.error(new Error('aborted'));
          return;
        }
        sent = true;
        controller.enqueue(utf8('{"q":"hawa'));
      },
    });
    const response = await api.request('/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as ErrorAnswer;
    expect(answer.error.code).toBe('INPUT_MALFORMED');
    expect(answer.error.message).toMatch(/ended before it was complete/);
    expect(entries.map((entry) => entry.status)).toEqual([400]);
    expect(reported).toEqual([]);
  });

  it('still answers a streamed body over the limit with 413, and a good body with results', async () => {
    const { api } = watchedApi();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(utf8(JSON.stringify({ q: 'x'.repeat(API_BODY_LIMIT) })));
        controller.close();
      },
    });
    const large = await api.request('/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    });
    expect(large.status).toBe(413);
    expect(((await large.json()) as ErrorAnswer).error.code).toBe('INPUT_TOO_LARGE');
    const good = await api.request('/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ q: 'hawala', limit: 2 }),
    });
    expect(good.status).toBe(200);
    expect(((await good.json()) as { total: number }).total).toBeGreaterThan(0);
  });
});
