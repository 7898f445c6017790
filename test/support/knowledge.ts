import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KnowledgeFiles } from '../../src/editing/index.js';
import type { KnowledgeBase } from '../../src/knowledge/index.js';
import type { KnowledgeSource, KnowledgeStore } from '../../src/services/index.js';
import { createKnowledgeSource } from '../../src/services/index.js';
import { parseMechanisms } from '../../src/mechanisms/index.js';
import { parseThesaurus } from '../../src/thesaurus/index.js';

const knowledgeFile = (name: string): string =>
  fileURLToPath(new URL(`../../knowledge/${name}`, import.meta.url));

let cached: KnowledgeBase | undefined;

/** The thesaurus and mechanisms directory bundled with the project, parsed and validated once. */
export function bundledKnowledge(): KnowledgeBase {
  cached ??= {
    thesaurus: parseThesaurus(
      JSON.parse(readFileSync(knowledgeFile('thesaurus.json'), 'utf8')),
      'knowledge/thesaurus.json',
    ),
    mechanisms: parseMechanisms(
      JSON.parse(readFileSync(knowledgeFile('mechanisms.json'), 'utf8')),
      'knowledge/mechanisms.json',
    ),
  };
  return cached;
}

/** The bundled knowledge files as their JSON (a fresh copy each call): what a draft changes. */
export function bundledKnowledgeFiles(): KnowledgeFiles {
  return {
    thesaurus: JSON.parse(readFileSync(knowledgeFile('thesaurus.json'), 'utf8')) as unknown,
    mechanisms: JSON.parse(readFileSync(knowledgeFile('mechanisms.json'), 'utf8')) as unknown,
  };
}

/** The knowledge source of the drafts: the editors' versions in `store`, else the bundled files. */
export function bundledKnowledgeSource(store?: KnowledgeStore): KnowledgeSource {
  return createKnowledgeSource({
    bundled: bundledKnowledge,
    bundledFiles: bundledKnowledgeFiles,
    ...(store === undefined ? {} : { store }),
  });
}
