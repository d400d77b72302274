import type { Answer, SurveyKind } from '../surveys/index';
import type { CesSummary, SegmentCounts } from '../surveys';

/** A consented request to be contacted about an answer (issue 13): only present with the visitor's consent. */
export interface AnswerContact {
  consent: true;
  channel: 'email' | 'phone';
  /** The address or number typed in; absent when the account's own contact details are meant. */
  value?: string;
}

/** An answer record as the widget posts it, with issue 13's optional fields. */
export interface CollectedAnswer extends Answer {
  /** The keys of the reasons picked. */
  reasons?: string[];
  /** Only with consent. */
  contact?: AnswerContact;
}

/** An answer as a store gives it back: the record, plus what the collector added. */
export interface StoredAnswer extends CollectedAnswer {
  /** Order of arrival (1, 2, 3…): a cursor for `query({ after })`. */
  seq: number;
  /** ISO-8601 time the store committed it. */
  receivedAt: string;
  /** Whether the follow-up of a consented contact was marked done (`setDone`). */
  done: boolean;
}

/** What `Store.add` did with a batch. */
export interface AddResult {
  /** How many answers were new and are now stored. */
  stored: number;
  /** How many ids were already stored (or repeated within the batch): left untouched. */
  duplicates: number;
  /** The ids of the answers stored by this call, in batch order. */
  storedIds: string[];
}

/** Which answers a query, stats or export covers. Every field is optional; all given must match. */
export interface AnswerFilter {
  survey?: SurveyKind;
  touchpoint?: string;
  locale?: string;
  /**
   * Answered at or after this ISO-8601 date or time; without an offset it is UTC (`2026-12-01` is midnight UTC).
   * Anything else throws a TypeError.
   */
  from?: string;
  /** Answered before this ISO-8601 date or time, read as `from` is. */
  to?: string;
  /** Only answers with a `seq` greater than this (a cursor from an earlier query). */
  after?: number;
  /** At most this many answers (query and contacts only). */
  limit?: number;
}

/** One survey's figures in `Store.stats`. */
export interface SurveyStats<S extends SurveyKind, Score> {
  count: number;
  segments: SegmentCounts<S>;
  /** From hearken's scoring helpers (`npsScore`, `csatScore`, `cesScore`); null without answers. */
  score: Score | null;
}

/** Counts and scores of the answers a filter covers, computed with hearken's scoring helpers. */
export interface AnswerStats {
  total: number;
  nps: SurveyStats<'nps', number>;
  csat: SurveyStats<'csat', number>;
  ces: SurveyStats<'ces', CesSummary>;
}

/** Whose answers `Store.erase` removes (a GDPR erasure request). */
export type ErasureSubject = { visitorId: string } | { userId: string };

/** The formats `Store.export` streams: CSV (one header row) or NDJSON (one answer record per line). */
export type ExportFormat = 'csv' | 'ndjson';

/**
 * Where the collector keeps answers. The embedded store and the PostgreSQL store implement it with one
 * schema; write your own to keep answers elsewhere.
 */
export interface Store {
  /** Stores the answers whose id is new, in one transaction; resolves only once they are committed. */
  add(answers: CollectedAnswer[]): Promise<AddResult>;
  /** The answers a filter covers, oldest first (by `seq`). */
  query(filter?: AnswerFilter): Promise<StoredAnswer[]>;
  /** Counts per survey and segment, and the scores. */
  stats(filter?: AnswerFilter): Promise<AnswerStats>;
  /** Deletes every answer of a visitor or a user; resolves with how many were deleted. */
  erase(subject: ErasureSubject): Promise<{ erased: number }>;
  /** Streams the answers a filter covers, oldest first, as CSV or NDJSON text chunks. */
  export(format: ExportFormat, filter?: AnswerFilter): AsyncIterable<string>;
  /** The answers with a consented contact, newest first: the "to contact" list. */
  contacts(filter?: AnswerFilter): Promise<StoredAnswer[]>;
  /** Marks the follow-up of an answer done or not; resolves false when no answer has that id. */
  setDone(id: string, done: boolean): Promise<boolean>;
  /** Closes the database. */
  close(): Promise<void>;
}

/** What a runtime knows about a request beyond the `Request` itself (`toNodeHandler` passes the socket's address). */
export interface RequestContext {
  clientAddress?: string;
}

/** The collector's handler: a Web `Request` in, a `Response` out, for any runtime that has them. */
export type CollectorHandler = (request: Request, context?: RequestContext) => Promise<Response>;

/** Options of `createCollector`. */
export interface CollectorOptions {
  /** Where answers go: `createEmbeddedStore`, `createPostgresStore`, `openStore` or your own. */
  store: Store;
  /**
   * Origins allowed to post from other origins, e.g. `['https://shop.example']`, or `'*'` for any. Default: none
   * (same-origin only). A cross-origin request from any other origin gets no CORS headers and a 403.
   */
  allowOrigins?: readonly string[] | '*';
  /**
   * Largest accepted body in bytes; larger gets 413. Default 1 MiB; at least 665,536 (650 KiB: room for one
   * answer with the longest comment the widget sends).
   */
  maxBodyBytes?: number;
  /** Called with the newly stored answers (never duplicates) after the store committed; errors are logged only. */
  onStored?: (answers: CollectedAnswer[], result: AddResult) => void | Promise<void>;
  /** Requests a minute per client address before 429 with Retry-After. Default 60; 0 turns it off. */
  rateLimit?: number;
  /**
   * The client's address for the rate limit. Default: the address the runtime passed (`toNodeHandler` passes the
   * socket's). Behind a proxy, return the address your proxy added: the right-most entry of `X-Forwarded-For` (the
   * n-th from the right behind n proxies), never the first, which any client can write. Requests with no address are
   * not limited.
   */
  clientAddress?: (request: Request, context: RequestContext) => string | undefined;
  /**
   * Where problems are reported (store failures, onStored errors, a body already read by a body parser before the
   * collector, once). Default `console.error`.
   */
  log?: (message: string) => void;
  /** The clock of the rate limit, in milliseconds. Default `Date.now`. */
  now?: () => number;
}
