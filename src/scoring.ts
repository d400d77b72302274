// `hearken/scoring`: the scoring helpers alone, for dashboards and servers. The main entry exports them too; this one
// imports nothing of the widget, so that a bundler splitting code (esbuild's --splitting) has no widget chunk to keep.
export { npsScore, csatScore, cesScore, reasonCounts, segmentCounts, segmentOf, scaleFor, npsInterval, csatInterval } from './surveys/index';
export type { ReasonCounts, ReasonFilter, ReasonedAnswer, ScoreInterval, Scale, Segment, SurveyKind } from './surveys/index';
