// The ESM entry: named re-exports only. tests/index.test.ts pins this list.
export { createHearken, defineHearkenElement } from './esm';
export { npsScore, csatScore, cesScore, reasonCounts, segmentCounts, segmentOf, scaleFor } from './surveys/index';
export type { ReasonCounts, ReasonFilter, ReasonedAnswer } from './surveys/index';
export { VERSION } from './version';

export type { Hearken } from './widget/index';
export type { HearkenOptions } from './config/options';
export type { LoopOptions, ReasonOption, ReasonsOption, SegmentsOption } from './config/loop-options';
export type {
  Answer,
  CesSegment,
  Contact,
  ContactChannel,
  CsatSegment,
  CsatStyle,
  HearkenEventName,
  HearkenEvents,
  NpsSegment,
  Position,
  Scale,
  Segment,
  SurveyKind,
  Texts,
  Theme,
  Transport,
  TransportContext,
  TransportFunction,
  TransportName,
  TransportObject,
  TransportResult,
} from './types';
