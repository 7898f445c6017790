/**
 * The re-ranker's weights, one per feature of `RERANK_FEATURES` (search-rerank.ts), in its order.
 * Written by `npm run fit:rerank -- --write` (scripts/fit-reranker.ts: coordinate ascent on nDCG@10
 * over the tuning half of the judged set); not edited by hand. Options: --penalty 0.0005 --features
 * coverage,relatedShare,relatedOwn. Cross-validated nDCG@10 over 5 folds of the tuning half:
 * 0.9128, against 0.9098 for the first stage's own weights.
 */
export const RERANK_WEIGHTS: readonly number[] = [
  1, // score
  2.2, // coverage
  0, // ownCoverage
  1, // exact
  0, // exactShare
  0.6931471805599453, // intent
  1, // topic
  -0.1, // relatedShare
  0, // allClauses
  0, // comparisonBoth
  0, // length
  0, // topicCount
  0, // heading
  0, // firstOfPaper
  0, // feedbackTopics
  0, // feedbackTheme
  -0.25, // relatedOwn
];
