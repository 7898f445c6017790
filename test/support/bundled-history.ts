import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import type { Catalog } from '../../src/domain/index.js';
import type { CreateAppDeps } from '../../src/http/index.js';
import type { HistoryService } from '../../src/services/index.js';
import { createHistoryService, createKnowledgeService } from '../../src/services/index.js';
import type { BundledServices } from './bundled-app.js';
import { createBundledApp, startBundledServices } from './bundled-app.js';
import { bundledKnowledge } from './knowledge.js';

/** The paragraph the second version edits, and how. */
export const EDITED_PARAGRAPH = { number: 12, from: '哈瓦拉系统', to: '哈瓦拉汇款系统' } as const;

/** What a hostile publisher may write as who and why: it must reach every page escaped. */
export const HOSTILE_TEXT = '<script>alert("x")</script>';

/** The bundled summary published twice: version 1 as ingested, version 2 with one paragraph edited. */
export interface BundledHistory extends BundledServices {
  readonly history: HistoryService;
  /** The catalog of version 2. */
  readonly edited: Catalog;
}

/** `catalog` with paragraph `number`'s first `from` replaced by `to`. */
export function editParagraph(catalog: Catalog, number: number, from: string, to: string): Catalog {
  const edited = catalog.paragraphs.find((paragraph) => paragraph.number === number);
  if (edited === undefined) throw new Error(`test fixture: no paragraph ${number}`);
  if (!edited.text.includes(from)) throw new Error(`test fixture: «${from}» is not in paragraph ${number}`);
  const paragraphs = catalog.paragraphs.map((paragraph) =>
    paragraph === edited ? { ...paragraph, text: paragraph.text.replace(from, () => to) } : paragraph,
  );
  return { ...catalog, paragraphs };
}

/**
 * The bundled services with a second version published over the first: paragraph
 * {@link EDITED_PARAGRAPH} edited, by and with a message that hold {@link HOSTILE_TEXT}.
 */
export async function startBundledHistory(): Promise<BundledHistory> {
  const services = await startBundledServices();
  const edited = editParagraph(
    services.catalog,
    EDITED_PARAGRAPH.number,
    EDITED_PARAGRAPH.from,
    EDITED_PARAGRAPH.to,
  );
  const text = JSON.stringify(edited);
  await services.store.publish(
    edited,
    { name: 'thematic-summary-2021-edited.txt', sha256: createHash('sha256').update(text).digest('hex') },
    { by: `editor ${HOSTILE_TEXT}`, message: `paragraph 12 ${HOSTILE_TEXT}`, base: 1 },
  );
  return { ...services, history: createHistoryService(services.store, services.service), edited };
}

/** The app over a history: the bundled app with the history and the knowledge of older versions. */
export function createHistoryApp(services: BundledHistory, overrides: Partial<CreateAppDeps> = {}): Hono {
  const knowledge = createKnowledgeService(services.service, bundledKnowledge());
  return createBundledApp(services, {
    loadKnowledge: () => knowledge.current('zh'),
    history: services.history,
    describeKnowledge: (published) => knowledge.describe(published),
    ...overrides,
  });
}
