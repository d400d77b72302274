// The ESM entry: named re-exports only. tests/index.test.ts pins this list.
export { createHearken, defineHearkenElement } from './esm';
export { npsScore, csatScore, cesScore, reasonCounts, segmentCounts, segmentOf, scaleFor, npsInterval, csatInterval } from './surveys/index';
export type { ReasonCounts, ReasonFilter, ReasonedAnswer, ScoreInterval } from './surveys/index';
export { VERSION } from './version';

export type { Hearken } from './widget/index';
export type { HearkenOptions, LoopOptions, ReasonOption, ReasonsOption, SegmentsOption } from './config/index';
export type { Answer, CesSegment, Contact, ContactChannel, CsatSegment, NpsSegment, Scale, Segment, SurveyKind } from './surveys/index';
export type { CsatStyle, Position, Theme } from './config/index';
export type { HearkenEventName, HearkenEvents } from './widget/index';
export type { Texts } from './i18n/index';
export type { Transport, TransportContext, TransportFunction, TransportName, TransportObject, TransportResult } from './transports/index';
