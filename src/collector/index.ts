// hearken/collector: the server side. Node ≥ 20 or any runtime with Web Request/Response; never in a browser bundle.
export { createCollector } from './handler';
export { toNodeHandler } from './node';
export { checkBatch } from './validate';
export { createEmbeddedStore } from './stores/embedded';
export { createPostgresStore } from './stores/postgres';
export { openStore } from './stores/open';
export type { EmbeddedStoreOptions } from './stores/embedded';
export type { PostgresStoreOptions } from './stores/postgres';
export type { OpenStoreOptions } from './stores/open';
export type { BatchCheck } from './validate';
export type {
  AddResult,
  AnswerContact,
  AnswerFilter,
  AnswerStats,
  CollectedAnswer,
  CollectorHandler,
  CollectorOptions,
  ErasureSubject,
  ExportFormat,
  RequestContext,
  Store,
  StoredAnswer,
  SurveyStats,
} from './types';
