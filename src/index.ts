// The ESM entry: named re-exports only. tests/index.test.ts pins this list.
export { createHearken, defineHearkenElement } from './esm';
export { npsScore, csatScore, cesScore, segmentCounts, segmentOf, scaleFor, npsInterval, csatInterval } from './surveys/index';
export type { ScoreInterval } from './surveys/index';
export { VERSION } from './version';

export type { Hearken } from './hearken';
export type { HearkenOptions } from './config/options';
export type {
  Answer,
  CesSegment,
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
