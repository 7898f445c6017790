import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analysis/index.js';
import { fixtureDocuments } from '../../test/support/fixture-documents.js';
import type { ExpansionConcept } from './index.js';
import { buildSearchIndex, search } from './index.js';
import type { PartOfTerm } from './question-frames.js';
import { readQuestion } from './question-frames.js';
import { planSearch } from './search-plan.js';

/** Fixture: no frame word is part of a term. */
const never: PartOfTerm = () => false;
/** Fixture: the terms of a made-up dictionary, found where they stand in the query. */
const termsOf =
  (terms: readonly string[]): PartOfTerm =>
  (text, start, end) =>
    terms.some((term) => {
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
        const stop = at + term.length;
        if (at < end && stop > start && (at < start || stop > end)) return true;
      }
      return false;
    });

describe('readQuestion', () => {
  it('takes Chinese frames off the end and the start, and says what they ask', () => {
    expect(readQuestion(['洗钱是什么'], never)).toEqual({
      words: ['洗钱'],
      intent: 'definition',
      sides: undefined,
    });
    expect(readQuestion(['什么是控制下交付？'], never).words).toEqual(['控制下交付']);
    expect(readQuestion(['如何保护证人'], never)).toMatchObject({ words: ['保护证人'], intent: 'how' });
    expect(readQuestion(['为什么偷运移民'], never)).toMatchObject({ words: ['偷运移民'], intent: 'why' });
    expect(readQuestion(['危机期间有哪些好做法'], never).words).toEqual(['危机期间', '好做法']);
    expect(readQuestion(['证据能用吗'], never)).toMatchObject({ words: ['证据', '用'], intent: 'yes-no' });
  });

  it('reads a comparison as its two sides, with any joining word', () => {
    for (const query of ['人贩子和蛇头有什么不同', '人贩子与蛇头的区别', '人贩子跟蛇头有何区别？']) {
      expect(readQuestion([query], never)).toEqual({
        words: ['人贩子', '蛇头'],
        intent: 'comparison',
        sides: [['人贩子'], ['蛇头']],
      });
    }
    expect(readQuestion(['洗钱和腐败的关系'], never)).toMatchObject({
      intent: 'relation',
      sides: [['洗钱'], ['腐败']],
    });
    expect(readQuestion(['偷运 贩运 区别'], never).sides).toEqual([['偷运'], ['贩运']]);
  });

  it('keeps a frame word that is the whole query or part of a term', () => {
    expect(readQuestion(['区别'], never)).toEqual({ words: ['区别'], intent: undefined, sides: undefined });
    expect(readQuestion(['如何'], never).words).toEqual(['如何']);
    // Fixture terms: 能力建设 holds 能, 和平进程 holds 和.
    const terms = termsOf(['能力建设', '和平进程']);
    expect(readQuestion(['能力建设是什么'], terms).words).toEqual(['能力建设']);
    expect(readQuestion(['和平进程与移民的关系'], terms).sides).toEqual([['和平进程'], ['移民']]);
    expect(readQuestion(['就如何应对提供指导'], termsOf(['就如何应对'])).words).toEqual([
      '就如何应对提供指导',
    ]);
  });

  it('leaves a query that is no question as typed', () => {
    expect(readQuestion(['偷运服务', '广告'], never)).toEqual({
      words: ['偷运服务', '广告'],
      intent: undefined,
      sides: undefined,
    });
    expect(readQuestion(['U.S.'], never).words).toEqual(['U.S.']);
  });

  it('reads the frames of the five other languages', () => {
    expect(readQuestion('what is a controlled delivery'.split(' '), never)).toMatchObject({
      words: ['a', 'controlled', 'delivery'],
      intent: 'definition',
    });
    expect(readQuestion('How to protect witnesses?'.split(' '), never).words).toEqual([
      'protect',
      'witnesses',
    ]);
    expect(readQuestion("qu'est-ce que le blanchiment".split(' '), never).words).toEqual([
      'le',
      'blanchiment',
    ]);
    expect(readQuestion('pourquoi les passeurs'.split(' '), never).intent).toBe('why');
    expect(readQuestion('¿Qué es el blanqueo de dinero?'.split(' '), never).words).toEqual([
      'el',
      'blanqueo',
      'de',
      'dinero',
    ]);
    expect(readQuestion('что такое контролируемая поставка'.split(' '), never).words).toEqual([
      'контролируемая',
      'поставка',
    ]);
    expect(readQuestion('ما هو غسل الأموال'.split(' '), never).words).toEqual(['غسل', 'الأموال']);
    expect(readQuestion('كيف نحمي الشهود'.split(' '), never).intent).toBe('how');
    expect(readQuestion('peut-on poursuivre les ONG ?'.split(' '), never)).toMatchObject({
      words: ['poursuivre', 'les', 'ong'],
      intent: 'yes-no',
    });
    expect(readQuestion('можно ли преследовать НПО'.split(' '), never).words).toEqual([
      'преследовать',
      'нпо',
    ]);
    expect(readQuestion('هل يمكن ملاحقة المهربين'.split(' '), never).words).toEqual(['ملاحقة', 'المهربين']);
  });

  it('reads comparisons in the five other languages as their sides', () => {
    const sides = (query: string): readonly (readonly string[])[] | undefined =>
      readQuestion(query.split(' '), never).sides;
    expect(sides('difference between smuggling and trafficking')).toEqual([['smuggling'], ['trafficking']]);
    expect(sides('What is the difference between smuggling of migrants and trafficking?')).toEqual([
      ['smuggling', 'of', 'migrants'],
      ['trafficking'],
    ]);
    expect(sides('smuggling vs trafficking')).toEqual([['smuggling'], ['trafficking']]);
    expect(sides('différence entre trafic et traite')).toEqual([['trafic'], ['traite']]);
    expect(sides('diferencia entre tráfico y trata')).toEqual([['tráfico'], ['trata']]);
    expect(sides('разница между незаконным ввозом и торговлей')).toEqual([
      ['незаконным', 'ввозом'],
      ['торговлей'],
    ]);
    expect(sides('чем контрабанда отличается от торговли')).toEqual([['контрабанда'], ['торговли']]);
    expect(sides('الفرق بين التهريب والاتجار')).toEqual([['التهريب'], ['الاتجار']]);
  });

  it('reads two things joined with no frame as the sides of a pairing, in the six languages', () => {
    expect(readQuestion(['信息共享与隐私保护'], never)).toEqual({
      words: ['信息共享', '隐私保护'],
      intent: undefined,
      sides: [['信息共享'], ['隐私保护']],
    });
    expect(readQuestion(['蛇头或者人贩子'], never).sides).toEqual([['蛇头'], ['人贩子']]);
    const sides = (query: string): readonly (readonly string[])[] | undefined =>
      readQuestion(query.split(' '), never).sides;
    expect(sides('prosecute the migrants or the smugglers')).toEqual([
      ['prosecute', 'the', 'migrants'],
      ['the', 'smugglers'],
    ]);
    expect(readQuestion('passeur ou trafiquant'.split(' '), never)).toEqual({
      words: ['passeur', 'trafiquant'],
      intent: undefined,
      sides: [['passeur'], ['trafiquant']],
    });
    expect(sides('cooperación formal e informal')).toEqual([['cooperación', 'formal'], ['informal']]);
    expect(sides('контрабанда или торговля')).toEqual([['контрабанда'], ['торговля']]);
    expect(sides('التهريب أو الاتجار')).toEqual([['التهريب'], ['الاتجار']]);
  });

  it('reads no pairing where the joining word is part of a term, is 同, or leaves a side too short', () => {
    // Fixture term: 和平 holds 和.
    expect(readQuestion(['和平进程'], termsOf(['和平'])).sides).toBeUndefined();
    expect(readQuestion(['同时合作'], never).sides).toBeUndefined();
    expect(readQuestion(['人和组织'], never).sides).toBeUndefined();
    expect(readQuestion('a or b'.split(' '), never).sides).toBeUndefined();
    expect(
      readQuestion('capacity-building and training'.split(' '), termsOf(['building and training'])).sides,
    ).toBeUndefined();
  });
});

describe('planSearch of a pairing (fixture thesaurus)', () => {
  // Fixture concepts: two of one word each, and one whose label holds both words and the joiner.
  const concepts: ExpansionConcept[] = [
    { id: 'training', name: '培训', labels: { zh: ['培训'], en: ['training'] } },
    { id: 'capacity', name: '能力建设', labels: { zh: ['能力建设'], en: ['capacity-building'] } },
    {
      id: 'both',
      name: '培训和能力建设',
      labels: { zh: ['培训和能力建设'], en: ['capacity-building and training'] },
    },
  ];
  const analyzer = createAnalyzer('zh', { userWords: ['培训', '能力建设', '培训和能力建设'] });
  const index = buildSearchIndex(fixtureDocuments(['培训和能力建设很重要。', '培训。']), analyzer, {
    concepts,
  });

  it('keeps a label met by the words on both sides of the joiner as one concept', () => {
    const plan = planSearch(index, 'capacity-building and training');
    expect(plan.clauseConcepts.map((match) => match?.concept)).toEqual(['both']);
  });

  it('searches each side of a pairing apart when no label spans the joiner', () => {
    const plan = planSearch(index, 'training or capacity-building');
    expect(plan.clauseConcepts.map((match) => match?.concept).sort()).toEqual(['capacity', 'training']);
  });
});

describe('search with question frames (fixture documents)', () => {
  const concepts: ExpansionConcept[] = [
    {
      id: 'trafficking',
      name: '贩运人口',
      labels: { zh: ['贩运人口', '人贩子'], en: ['trafficking in persons'] },
    },
    { id: 'smugglers', name: '偷运者', labels: { zh: ['偷运者', '蛇头'], en: ['smugglers'] } },
  ];
  const texts = [
    '偷运者利用网络招揽客户，有什么不同的方法。',
    '文件区分了偷运者的行为与贩运人口的行为。',
    '贩运人口的受害者应当得到保护，这种区别很重要。',
  ];
  const documents = fixtureDocuments(texts);
  const analyzer = createAnalyzer('zh', { userWords: ['贩运人口', '人贩子', '偷运者', '蛇头'] });
  const index = buildSearchIndex(documents, analyzer, { concepts });
  const paragraphs = (query: string): number[] => search(index, { query }).hits.map((hit) => hit.paragraph);

  it('ranks the paragraph that treats both sides of a comparison first, whatever the frame says', () => {
    expect(paragraphs('人贩子和蛇头有什么不同')[0]).toBe(2);
    expect(paragraphs('蛇头与人贩子的区别')[0]).toBe(2);
    expect(paragraphs('difference between smugglers and trafficking in persons')[0]).toBe(2);
  });
});
