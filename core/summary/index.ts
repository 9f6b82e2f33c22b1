// Summary: the figures senior leaders see (headline, impact by intervention and group, need, cost, review).
//
// Exports: summarise, the Summary / GroupFigures / NeedFigures / ReviewFlag shapes, the review rules
// (REVIEW_RULES, reviewFlags, median) and the group dimensions (GROUP_DIMENSIONS).

export { summarise } from './summarise.js';
export type { Summary, GroupFigures, NeedFigures, ReviewFlag } from './types.js';
export { REVIEW_RULES, reviewFlags, median, type ReviewInput } from './review-rules.js';
export { GROUP_DIMENSIONS, type GroupDimension } from './groups.js';
