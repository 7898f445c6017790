import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from '../../src/knowledge/index.js';
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
