import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { ingestSummary } from '../ingest/index.js';
import { readCorpusBytes } from '../../test/support/corpus.js';
import type { Concept } from './index.js';
import {
  conceptLabels,
  findConceptByLabel,
  keyTopicConcepts,
  linkConcepts,
  parseThesaurus,
  textMatchKey,
  thesaurusUserWords,
} from './index.js';

const THESAURUS_PATH = fileURLToPath(new URL('../../knowledge/thesaurus.json', import.meta.url));
const thesaurus = parseThesaurus(
  JSON.parse(readFileSync(THESAURUS_PATH, 'utf8')),
  'knowledge/thesaurus.json',
);
const catalog = ingestSummary(readCorpusBytes(), { language: 'zh', name: 'thematic-summary-2021.txt' })
  .catalog as Catalog;
const links = new Map(linkConcepts(thesaurus, catalog).map((link) => [link.concept, link]));

/** The concept a Chinese label names; fails the test when none does. */
function zh(label: string): Concept {
  const concept = findConceptByLabel(thesaurus, 'zh', label);
  if (concept === undefined) throw new Error(`no concept has the Chinese label ${label}`);
  return concept;
}

function paragraphsOf(concept: Concept): readonly number[] {
  return links.get(concept.id)?.paragraphs ?? [];
}

describe('the bundled thesaurus', () => {
  it('parses, and every concept has a Chinese and an English preferred label', () => {
    expect(thesaurus.concepts.length).toBeGreaterThanOrEqual(150);
    for (const concept of thesaurus.concepts) {
      expect(concept.prefLabel.zh, concept.id).toBeTruthy();
      expect(concept.prefLabel.en, concept.id).toBeTruthy();
    }
  });

  it('has a French, Spanish, Russian and Arabic preferred label for every concept (issue 12.3)', () => {
    const missing = thesaurus.concepts.flatMap((concept) =>
      (['fr', 'es', 'ru', 'ar'] as const)
        .filter((language) => concept.prefLabel[language] === undefined)
        .map((language) => `${concept.id}.${language}`),
    );
    expect(missing).toEqual([]);
  });

  it('marks own renderings only on labels the concept has, and never on every concept', () => {
    const marked = thesaurus.concepts.filter((concept) => (concept.ownRendering ?? []).length > 0);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.length).toBeLessThan(thesaurus.concepts.length);
    for (const concept of marked) {
      for (const language of concept.ownRendering ?? []) {
        expect(concept.prefLabel[language], `${concept.id}.${language}`).toBeTruthy();
      }
    }
    // The treaty's own terms are official, not own renderings.
    expect(zh('偷运移民').ownRendering ?? []).toEqual([]);
    expect(zh('控制下交付').ownRendering ?? []).toEqual([]);
  });

  it.each([
    ['en', 'migrants', 'smuggled-migrants'],
    ['en', 'migrant', 'smuggled-migrants'],
    ['en', 'border', 'border-control-and-management'],
    ['en', 'sea', 'smuggling-of-migrants-by-sea'],
    ['en', 'undercover', 'undercover-operations'],
    ['es', 'migrantes', 'smuggled-migrants'],
    ['es', 'trata', 'trafficking-in-persons'],
    ['es', 'contrabando de migrantes', 'smuggling-of-migrants'],
    ['es', 'pasaporte falso', 'fraudulent-documents'],
    ['ar', 'تهريب', 'smuggling-of-migrants'],
  ] as const)('has the everyday word %s:%s as a label of %s (issue 12.2)', (language, word, id) => {
    expect(findConceptByLabel(thesaurus, language, word)?.id).toBe(id);
  });

  // Words that are a word of a label rather than a label: search reaches the concept through the
  // words of its labels, and keeps the word itself as a query term.
  it.each([
    ['es', 'tráfico', 'smuggling-of-migrants'],
    ['ru', 'мигранты', 'smuggled-migrants'],
    ['ar', 'مهرب', 'smugglers'],
  ] as const)('has the everyday word %s:%s as a word of a label of %s (issue 12.2)', (language, word, id) => {
    const concept = thesaurus.byId.get(id);
    const words = conceptLabels(concept as Concept, language).flatMap((label) => label.split(/\s+/u));
    expect(words).toContain(word);
  });

  it('resolves each of the 81 distinct key topics to a concept of kind topic, and has no other topics', () => {
    const topics = keyTopicConcepts(thesaurus, catalog);
    expect(topics).toHaveLength(81);
    const unresolved = topics.filter((entry) => entry.concept?.kind !== 'topic').map((entry) => entry.topic);
    expect(unresolved).toEqual([]);
    const resolved = new Set(topics.map((entry) => entry.concept?.id));
    const strayTopics = thesaurus.concepts.filter((c) => c.kind === 'topic' && !resolved.has(c.id));
    expect(strayTopics.map((concept) => concept.id)).toEqual([]);
  });

  it('makes 国际合作 one concept linked to the six themes that list it', () => {
    const listing = catalog.themes.filter((theme) => theme.keyTopics.includes('国际合作')).map((t) => t.id);
    expect(listing).toHaveLength(6);
    const concept = zh('国际合作');
    expect(links.get(concept.id)?.themes).toEqual(listing);
    const resolvedTo = keyTopicConcepts(thesaurus, catalog).filter((entry) => entry.topic === '国际合作');
    expect(resolvedTo.map((entry) => entry.concept?.id)).toEqual([concept.id]);
  });

  it.each([
    [['特别调查手段', '特别侦查手段', '特殊侦查手段', '特殊调查手段']],
    [['金钱或其他物质利益', '金钱和物质利益']],
    [['《有组织犯罪公约》', '《打击有组织犯罪公约》', '打击有组织犯罪公约']],
    [['证人保护', '保护证人']],
    [['孤身儿童', '无人陪伴的儿童']],
    [['访谈', '面谈']],
  ])('makes the variants %j one concept', (variants) => {
    const ids = new Set(variants.map((label) => zh(label).id));
    expect(ids.size).toBe(1);
  });

  it('links the key topics that share a concept to every theme that lists one of them', () => {
    const techniques = links.get(zh('特别调查手段').id);
    expect(techniques?.themes).toEqual(['theme-1', 'theme-6']);
    const benefit = links.get(zh('金钱和物质利益').id);
    expect(benefit?.themes).toEqual(['theme-1', 'theme-6']);
  });

  it('puts 偷运路线 under 路线 and relates the undercover techniques to special investigative techniques', () => {
    expect(zh('偷运路线').broader).toEqual([zh('路线').id]);
    const techniques = zh('特殊侦查手段');
    for (const label of ['特工行动', '特工人员', '线人', '控制下交付', '电子监视']) {
      const concept = zh(label);
      expect(techniques.related, label).toContain(concept.id);
      expect(concept.related, label).toContain(techniques.id);
    }
  });

  it.each([
    ['蛇头', '偷运者'],
    ['偷渡', '偷运移民'],
    ['疫情', '冠状病毒病（COVID-19）大流行'],
    ['新冠疫情', '冠状病毒病（COVID-19）大流行'],
    ['假护照', '欺诈性证件'],
    ['伪造签证', '欺诈性证件'],
    ['洗黑钱', '洗钱'],
    ['黑钱', '洗钱'],
    ['追缴', '没收'],
    ['举报电话', '热线'],
  ])('finds the everyday word %s under the concept %s, without showing it as a name', (word, pref) => {
    const concept = zh(word);
    expect(concept.prefLabel.zh).toBe(pref);
    expect(conceptLabels(concept, 'zh', { hidden: false })).not.toContain(word);
    expect(conceptLabels(concept, 'zh')).toContain(word);
  });

  it.each([
    ['snakehead', '偷运者'],
    ['People Smuggling', '偷运移民'],
    ['fake passport', '欺诈性证件'],
    ['undercover operation', '特工行动'],
    ['informant', '线人'],
    ['modus operandi', '作案手法'],
    ['capacity building', '能力建设'],
    ['travel documents', '旅行证件'],
    ['mitigating punishment', '减轻处罚'],
    ['financial or other material benefit', '金钱或其他物质利益'],
  ])('finds the English words %s under %s', (words, pref) => {
    expect(findConceptByLabel(thesaurus, 'en', words)?.prefLabel.zh).toBe(pref);
  });

  it('gives no English label to two concepts, so that an English query names one concept', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const concept of thesaurus.concepts) {
      for (const label of conceptLabels(concept, 'en')) {
        const key = textMatchKey(label);
        const owner = owners.get(key);
        if (owner !== undefined && owner !== concept.id) clashes.push(`${label}: ${owner}, ${concept.id}`);
        owners.set(key, concept.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('names, for each judged English query, a concept whose paragraphs include a relevant one', () => {
    const queries = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../eval/queries-dev.json', import.meta.url)), 'utf8'),
    ) as { lang: string; query: string; relevant: Record<string, number> }[];
    const english = queries.filter((query) => query.lang === 'en');
    expect(english.length).toBeGreaterThan(0);
    for (const { query, relevant } of english) {
      const text = ` ${query.toLowerCase()} `;
      const named = thesaurus.concepts.filter((concept) =>
        conceptLabels(concept, 'en').some((label) => text.includes(` ${label.toLowerCase()} `)),
      );
      const reaching = named.filter((concept) =>
        paragraphsOf(concept).some((number) => `${number}` in relevant),
      );
      expect(
        reaching.map((concept) => concept.id),
        query,
      ).not.toEqual([]);
    }
  });

  it('gives the segmenter every Chinese label, and instrument titles also without 《》', () => {
    const words = thesaurusUserWords(thesaurus);
    expect(words).toEqual(
      expect.arrayContaining(['《打击偷运移民议定书》', '打击偷运移民议定书', '蛇头', '特别侦查手段']),
    );
    expect(new Set(words).size).toBe(words.length);
    for (const concept of thesaurus.concepts) {
      for (const label of conceptLabels(concept, 'zh')) expect(words).toContain(label);
    }
  });
});

describe('linkConcepts on the bundled summary', () => {
  it('finds a concept in paragraphs outside the themes that list it', () => {
    const humanRights = zh('人权');
    const link = links.get(humanRights.id);
    expect(link?.themes).toEqual(['theme-7']);
    // 61 (under theme 6) says 顾及人权标准 and 37 (under theme 3) 适当顾及人权、难民和人道主义法.
    const outside = catalog.paragraphs.filter((p) => [61, 37].includes(p.number)).map((p) => p.theme);
    expect(outside).toEqual(['theme-3', 'theme-6']);
    expect(link?.paragraphs).toEqual(expect.arrayContaining([37, 61]));
  });

  it('links added terms to the paragraphs that use them', () => {
    expect(paragraphsOf(zh('哈瓦拉'))).toEqual([12]);
    expect(paragraphsOf(zh('控制下交付'))).toEqual([20]);
    expect(paragraphsOf(zh('减轻处罚'))).toEqual([24]);
    expect(paragraphsOf(zh('医疗救助'))).toEqual([49, 65]);
    // 无人陪伴的儿童 in 68 is an alternative label of 孤身儿童 (67).
    expect(paragraphsOf(zh('孤身儿童'))).toEqual([67, 68]);
  });

  it('lists only paragraphs that contain one of the concept’s labels, in ascending order', () => {
    const texts = new Map(
      catalog.paragraphs.map((p) => [
        p.number,
        [p.text, ...p.items.map((item) => item.text)].map(textMatchKey),
      ]),
    );
    for (const concept of thesaurus.concepts) {
      const link = links.get(concept.id);
      const numbers = link?.paragraphs ?? [];
      expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
      expect(new Set(numbers).size).toBe(numbers.length);
      const keys = conceptLabels(concept, 'zh').map(textMatchKey);
      for (const number of numbers) {
        const found = texts.get(number)?.some((text) => keys.some((key) => text.includes(key)));
        expect(found, `${concept.id} in paragraph ${number}`).toBe(true);
      }
    }
  });

  it('links most concepts to at least one paragraph', () => {
    const linked = [...links.values()].filter((link) => link.paragraphs.length > 0);
    expect(linked.length / thesaurus.concepts.length).toBeGreaterThan(0.9);
  });
});
