import type { Language } from '../domain/index.js';

/**
 * Chinese function words a query holds as words of their own (打击偷运时…, 公海上…, 谁有…, 判几年):
 * the particles, modal verbs, adverbs of degree and time, conjunctions, pronouns and measure words
 * around the terms. Each was a clause of its own, and a paragraph that happened to hold 时 or 有 met
 * it as if it were a term; as words inside a term (有组织犯罪, 海上, 危机时期) they are untouched.
 */
const ZH_FUNCTION_WORDS =
  '时 有 上 中 里 后 下 给 要 能 会 可 可以 应 应该 应当 能够 得 地 过 又 还 很 更 最 已经 当 只 才 再 之后 之前 以后 以前 则 但 但是 却 因为 所以 如果 虽然 而且 并且 几 多少 哪 啊 呀 么 一个 一种 个 种 他 她 它 他们 它们 自己';

/**
 * Small stopword lists: function words that carry no meaning for retrieval. Kept short on purpose:
 * in a legal text, words such as "not", "其他" or "期间" can matter. The prepositions, auxiliaries and
 * pronouns that are words of some labels (against, entre, contre, avec, être, между, при, بين, ضد …)
 * are in them: a query word that is a word of labels reaches their concepts, and "coopération entre
 * pays" reached four concepts through "entre" alone. Words that carry a meaning in a label stay
 * (sans and sin of sans-papiers and sin papeles, غير of غير الرسمي, no of no acompañados).
 */
export const STOPWORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  zh: new Set(
    `的 了 和 与 及 或 而 在 对 为 是 被 等 以 之 其 并 将 把 向 于 由 从 也 就 都 这 那 该 此 即 如何 什么 哪些 怎么 怎样 怎么样 为什么 哪里 哪个 吗 呢 吧 让 使 我 我们 你 你们 请 有关 关于 方面 一些 这些 那些 以及 或者 如 着 所 ${ZH_FUNCTION_WORDS}`.split(
      ' ',
    ),
  ),
  en: new Set(
    'a an and are as at be by for from has have in into is it its of on or that the their this to was were which with how what who whom against between been being other others over'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'à au aux de des du en et la le les l d un une ou par pour sur dans est sont que qui avec entre contre être avoir autre autres'.split(
      ' ',
    ),
  ),
  es: new Set(
    'a al con de del e el en es la las los o para por que se u un una y entre contra sobre ser hacer otro otra otros otras'.split(
      ' ',
    ),
  ),
  ru: new Set('и в во на по с со к о об от для из у за что как а или их при между'.split(' ')),
  ar: new Set('في من على إلى عن و أو أن التي الذي مع بين ضد هو عند لم'.split(' ')),
};
