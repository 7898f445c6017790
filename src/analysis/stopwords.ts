import type { Language } from '../domain/index.js';

/**
 * Small stopword lists: function words that carry no meaning for retrieval. Kept short on purpose:
 * in a legal text, words such as "not", "其他" or "期间" can matter.
 */
export const STOPWORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  zh: new Set(
    '的 了 和 与 及 或 而 在 对 为 是 被 等 以 之 其 并 将 把 向 于 由 从 也 就 都 这 那 该 此 即 如何 什么 哪些 怎么 怎样 怎么样 为什么 哪里 哪个 吗 呢 吧 让 使 我 我们 你 你们 请 有关 关于 方面 一些 这些 那些 以及 或者 如 着 所'.split(
      ' ',
    ),
  ),
  en: new Set(
    'a an and are as at be by for from has have in into is it its of on or that the their this to was were which with how what who whom'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'à au aux de des du en et la le les l d un une ou par pour sur dans est sont que qui'.split(' '),
  ),
  es: new Set('a al con de del e el en es la las los o para por que se u un una y'.split(' ')),
  ru: new Set('и в во на по с со к о об от для из у за что как а или'.split(' ')),
  ar: new Set('في من على إلى عن و أو أن التي الذي مع'.split(' ')),
};
