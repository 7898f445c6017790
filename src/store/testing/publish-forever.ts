/**
 * Test helper, run as a child process by the atomicity tests of the SQLite and PostgreSQL stores:
 *
 *     node --import tsx src/store/testing/publish-forever.ts <database> [paragraphs]
 *
 * Opens the catalog store `<database>` (a SQLite file, or a `postgres://` URL) and publishes large
 * catalogs in a loop until it is killed. Catalog `n` (1, 2, …) has `paragraphs` paragraphs (default 200,000), and the text of its
 * last paragraph is {@link lastParagraphText}`(n, paragraphs)`. Before each publish it prints
 * `publishing <n>` on stdout, after it `published <n>`.
 */
import { pathToFileURL } from 'node:url';
import type { Catalog, Paragraph } from '../../domain/index.js';
import { openStoreFor } from '../index.js';

/** The document id of the catalogs this script publishes. */
export const PUBLISH_FOREVER_DOCUMENT = 'publish-forever';

/** The text of the last paragraph of catalog `n` of `paragraphs` paragraphs. */
export function lastParagraphText(n: number, paragraphs: number): string {
  return `第${n}版，第${paragraphs}段：最后一段。`;
}

/** Catalog `n` of the loop: `paragraphs` paragraphs whose texts all name `n`. */
export function foreverCatalog(n: number, paragraphs: number): Catalog {
  const list: Paragraph[] = [];
  for (let number = 1; number < paragraphs; number++) {
    list.push({
      number,
      text: `第${n}版，第${number}段：缔约国应当加强国际合作，打击偷运移民，保护被偷运移民的权利。`,
      items: number % 4 === 0 ? [{ label: 'a', text: `（a）第${n}版第${number}段的项` }] : [],
      chapter: 2,
      theme: 'theme-1',
      paper: 'CTOC/COP/WG.7/2012/2',
    });
  }
  list.push({
    number: paragraphs,
    text: lastParagraphText(n, paragraphs),
    items: [],
    chapter: 2,
    theme: 'theme-1',
    paper: 'CTOC/COP/WG.7/2012/2',
  });
  return {
    language: 'zh',
    document: {
      id: PUBLISH_FOREVER_DOCUMENT,
      kind: 'thematic-summary',
      header: {
        body: '偷运移民问题工作组',
        dates: ['2021-10-14'],
        place: '维也纳',
        title: `第${n}版`,
        preparedByLine: '秘书处编写的专题概要',
        preparedBy: 'secretariat',
      },
      chapters: [{ number: 2, numeral: '二', title: '背景文件概要' }],
    },
    paragraphs: list,
    themes: [
      { id: 'theme-1', number: 1, name: '国际合作', keyTopics: ['引渡'], papers: ['CTOC/COP/WG.7/2012/2'] },
    ],
    papers: [
      {
        symbol: 'CTOC/COP/WG.7/2012/2',
        year: 2012,
        meeting: 1,
        subject: '国际合作',
        theme: 'theme-1',
        paragraphs: list.map((paragraph) => paragraph.number),
        url: 'https://undocs.org/CTOC/COP/WG.7/2012/2',
      },
    ],
  };
}

async function main(database: string, paragraphs: number): Promise<void> {
  const store = await openStoreFor(database, 'write');
  for (let n = 1; ; n++) {
    const catalog = foreverCatalog(n, paragraphs);
    process.stdout.write(`publishing ${n}\n`);
    await store.publish(catalog, { name: `forever-${n}.txt`, sha256: n.toString(16).padStart(64, '0') });
    process.stdout.write(`published ${n}\n`);
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  const [database, size = '200000'] = process.argv.slice(2);
  if (database === undefined) {
    process.stderr.write('usage: publish-forever.ts <database> [paragraphs]\n');
    process.exit(2);
  }
  main(database, Number(size)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
