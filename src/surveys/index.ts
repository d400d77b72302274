// The survey layer: definitions, segments and scoring helpers, free of any UI.
export { SURVEYS, SEGMENTS, isSurveyKind, allowedPoints, scaleFor, segmentOf, polarityOf } from './definitions';
export type { SurveySegments } from './definitions';
export { segmentCounts, npsScore, csatScore, cesScore } from './scores';
export type { ScoredAnswer, SegmentCounts, CesSummary } from './scores';
export { reasonCounts } from './reason-counts';
export type { ReasonedAnswer, ReasonFilter, ReasonCounts } from './reason-counts';
export { scrubComment } from './scrub';
export { MAX_COMMENT_LENGTH, MAX_PAGE_LENGTH, MAX_REASON_LENGTH, buildAnswer, fitAnswer, newId, pageOf } from './answer';
export type { Answer, CesSegment, Contact, ContactChannel, CsatSegment, NpsSegment, Polarity, Scale, Segment, SurveyKind } from './types';
export { npsInterval, csatInterval, zFor } from './intervals';
export type { ScoreInterval } from './intervals';
