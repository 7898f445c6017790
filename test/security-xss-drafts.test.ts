import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxParts, wordText } from '../src/export/testing/docx-parts.js';
import { SCRIPT_PATH } from '../src/web/index.js';
import type { EditorsApp } from './support/editors.js';
import { startEditorsApp } from './support/editors.js';
import {
  HOSTILE_PAYLOADS,
  findExecutableMarkup,
  formulaCells,
  htmlText,
  renderMarkdownHtml,
  xmlProblems,
} from './support/hostile.js';

/** An entry of a bundled knowledge file, as the file writes it (what a draft's change carries). */
function knowledgeEntry(file: string, list: string, id: string): Record<string, unknown> {
  const json = JSON.parse(
    readFileSync(fileURLToPath(new URL(`../knowledge/${file}`, import.meta.url)), 'utf8'),
  ) as Record<string, Record<string, unknown>[]>;
  const entry = json[list]?.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`test fixture: no ${id} in knowledge/${file}`);
  return entry;
}

// Stored cross-site scripting through the editors' own path (issue 15): an editor types hostile
// payloads into every field a draft changes (paragraph text and items, a paper's subject, a new
// paper with its paragraphs, a theme's key topics, a concept's labels, a mechanism's names), into
// the draft's title, and a reviewer into a comment; the reviewer approves and publishes. Then every
// page that shows them (the reader's pages, the draft, its diff and preview, the drafts list, the
// audit log, the history) and every export and briefing pack must hold them as text only.

const DOCUMENT = 'thematic-summary-2021';
const NEW_PAPER = 'CTOC/COP/WG.7/2022/2';

/** The payloads a field may hold: one line, no control character (the rules of ingest refuse those). */
// eslint-disable-next-line no-control-regex
const FIELD_PAYLOADS = HOSTILE_PAYLOADS.filter((payload) => !/[\u0000-\u001F\uFFFE]/.test(payload));
let next = 0;
/** The next payload, in turn. */
const payload = (): string => FIELD_PAYLOADS[next++ % FIELD_PAYLOADS.length] ?? '';

let world: EditorsApp;
let draftId = '';
const refusals: string[] = [];

/** An API request of the editor or the reviewer with their token; answers the JSON body or throws with it. */
async function api(
  as: 'editor' | 'reviewer',
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await world.request(as, `/api/v1${path}`, {
    method,
    credential: 'token',
    ...(body === undefined ? {} : { json: body }),
  });
  const text = await response.text();
  if (response.status >= 400) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 600)}`);
  return JSON.parse(text) as unknown;
}

/** Makes a change; a refusal of the rules of ingest is kept (the payload never got in), anything else fails. */
async function change(path: string, body: unknown): Promise<void> {
  const response = await world.request('editor', `/api/v1/drafts/${draftId}${path}`, {
    method: path.endsWith('/papers') ? 'POST' : 'PUT',
    credential: 'token',
    json: body,
  });
  if (response.status === 200 || response.status === 201) return;
  const text = await response.text();
  if (response.status === 400 || response.status === 422) refusals.push(`${path}: ${text.slice(0, 300)}`);
  else throw new Error(`${path}: ${response.status} ${text.slice(0, 600)}`);
}

beforeAll(async () => {
  world = await startEditorsApp();
  const draft = (await api('editor', 'POST', '/drafts', { title: `${payload()} draft title` })) as {
    id: string;
  };
  draftId = draft.id;
  await change(`/documents/${DOCUMENT}/paragraphs/12`, { text: `${payload()} 第 12 段。`, items: [] });
  await change(`/documents/${DOCUMENT}/paragraphs/16`, {
    text: `${payload()} 第 16 段：`,
    items: ['a', 'b', 'c', 'd'].map((label) => ({ label, text: `${payload()} 项目 ${label}；` })),
  });
  await change(`/documents/${DOCUMENT}/papers/CTOC-COP-WG.7-2015-4`, { subject: `${payload()} 金融调查` });
  await change(`/documents/${DOCUMENT}/themes/theme-2/key-topics`, {
    keyTopics: [`${payload()} 冲突`, `${payload()} 危机`, '国际合作'],
  });
  await change(`/documents/${DOCUMENT}/papers`, {
    symbol: NEW_PAPER,
    theme: 'theme-3',
    year: 2022,
    meeting: 8,
    subject: { zh: `${payload()} 测试固件的议题` },
    paragraphs: [
      {
        zh: {
          text: `2022 年，秘书处为工作组第八次会议草拟了一份背景文件（测试固件）${payload()}（${NEW_PAPER}）。`,
          items: [],
        },
      },
      {
        zh: {
          text: `${payload()} 测试固件的第二段：`,
          items: [{ label: 'a', text: `${payload()} 测试项目；` }],
        },
      },
    ],
  });
  const concept = knowledgeEntry('thesaurus.json', 'concepts', 'money-laundering');
  const labels = (field: string) => (concept[field] ?? {}) as Record<string, string[]>;
  await change('/concepts/money-laundering', {
    ...concept,
    prefLabel: {
      ...(concept.prefLabel as Record<string, string>),
      en: `${payload()} money laundering`,
      fr: `${payload()} blanchiment`,
    },
    altLabel: { ...labels('altLabel'), zh: [...(labels('altLabel').zh ?? []), `${payload()} 洗黑钱`] },
    hiddenLabel: {
      ...labels('hiddenLabel'),
      en: [...(labels('hiddenLabel').en ?? []), `${payload()} laundering`],
    },
  });
  const mechanism = knowledgeEntry('mechanisms.json', 'mechanisms', 'working-group');
  await change('/mechanisms/working-group', {
    ...mechanism,
    en: `${payload()} Working Group`,
    names: { ...(mechanism.names as Record<string, string>), fr: `${payload()} Groupe de travail` },
    printed: [...(mechanism.printed as string[]), `${payload()} 工作组`],
  });
  await api('editor', 'POST', `/drafts/${draftId}/submit`);
  await api('reviewer', 'POST', `/drafts/${draftId}/approve`, { comment: `${payload()} approved` });
}, 180_000);

afterAll(async () => {
  await world.close();
});

/** The problems of one HTML answer: executable markup, and no payload shown when one should be. */
async function pageProblems(response: Response, path: string, shows: boolean): Promise<string[]> {
  if (response.status !== 200) return [`${path}: status ${response.status}`];
  const body = await response.text();
  const problems = findExecutableMarkup(body, [SCRIPT_PATH]).map((problem) => `${path}: ${problem}`);
  if (shows && !/xss-\d+/.test(htmlText(body))) problems.push(`${path}: shows no payload as text`);
  return problems;
}

describe('stored cross-site scripting through drafts', () => {
  it('every editable field took its payload (none refused but for a reason of the rules of ingest)', async () => {
    const draft = (await api('editor', 'GET', `/drafts/${draftId}`)) as {
      changes: unknown[];
      status: string;
    };
    expect(draft.status).toBe('approved');
    expect(refusals).toEqual([]);
    expect(draft.changes).toHaveLength(7);
  });

  it('the editors’ pages of the draft hold the payloads as text only', async () => {
    const problems: string[] = [];
    const pages: [as: 'editor' | 'reviewer', path: string][] = [
      ['editor', '/drafts'],
      ['reviewer', '/drafts'],
      ['editor', `/drafts/${draftId}`],
      ['reviewer', `/drafts/${draftId}`],
      ['reviewer', `/drafts/${draftId}/preview`],
      ['reviewer', `/drafts/${draftId}/preview/papers/CTOC-COP-WG.7-2022-2`],
      ['reviewer', `/drafts/${draftId}/preview/themes/theme-2`],
    ];
    problems.push(
      ...(await pageProblems(await world.request('admin', '/admin/audit'), 'admin /admin/audit', false)),
    );
    for (const [as, path] of pages)
      problems.push(...(await pageProblems(await world.request(as, path), `${as} ${path}`, true)));
    expect(problems).toEqual([]);
  });

  it('once published, no reader page or history page holds executable markup', async () => {
    const published = (await api('reviewer', 'POST', `/drafts/${draftId}/publish`)) as { version: number };
    expect(published.version).toBe(2);
    const problems: string[] = [];
    const shown = [
      '/',
      '/themes/theme-1',
      '/themes/theme-2',
      '/themes/theme-3',
      '/papers/CTOC-COP-WG.7-2015-4',
      '/papers/CTOC-COP-WG.7-2013-3',
      '/papers/CTOC-COP-WG.7-2022-2',
      '/topics/money-laundering',
      '/topics/money-laundering?lang=en',
      '/topics?lang=fr',
      '/mechanisms?lang=en',
      `/search?q=${encodeURIComponent('alert')}`,
      `/search?q=${encodeURIComponent('测试固件')}&group=1`,
      '/history',
      '/history/1..2',
      '/history/1..2?lang=ar',
    ];
    for (const path of shown)
      problems.push(...(await pageProblems(await world.request('anonymous', path), path, true)));
    expect(problems).toEqual([]);
  });

  it('once published, exports and briefing packs hold the payloads as data or escaped text', async () => {
    const get = (path: string) => world.request('anonymous', path);
    const csv = await (await get('/api/v1/export?format=csv')).text();
    expect(csv).toContain(NEW_PAPER);
    expect(formulaCells(csv)).toEqual([]);
    for (const path of ['/api/v1/export?format=md', '/api/v1/brief?format=md&theme=theme-3']) {
      const html = renderMarkdownHtml(await (await get(path)).text());
      expect(htmlText(html), path).toMatch(/xss-\d+/);
      expect(findExecutableMarkup(html), path).toEqual([]);
    }
    const pack = await (await get('/api/v1/brief?format=html&theme=theme-1&theme=theme-3')).text();
    expect(htmlText(pack)).toMatch(/xss-\d+/);
    expect(findExecutableMarkup(pack)).toEqual([]);
    for (const path of ['/api/v1/export?format=docx', '/api/v1/brief?format=docx&theme=theme-3']) {
      const parts = readDocxParts(new Uint8Array(await (await get(path)).arrayBuffer()));
      for (const [name, xml] of parts)
        if (/\.(xml|rels)$/.test(name)) expect(xmlProblems(xml), `${path} ${name}`).toEqual([]);
      expect(wordText(parts.get('word/document.xml') ?? ''), path).toMatch(/xss-\d+/);
    }
    const exported = JSON.stringify(await (await get('/api/v1/export?format=json')).json());
    expect(exported).toContain(NEW_PAPER);
    expect(exported).toMatch(/xss-\d+/);
  });
});
