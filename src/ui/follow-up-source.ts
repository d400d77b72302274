import type { resolveFollowUp } from '../config/index';
import type { LaterSteps } from './types';

/** What the follow-up file (`dist/hearken-follow-up.js`, or the npm build's chunk) brings. */
export interface FollowUpKit {
  /** The steps after the question, with their stylesheet. */
  steps: LaterSteps;
  /** Resolves the loop options (reasons, contact, review link, scrubbing) of one prompt. */
  resolveFollowUp: typeof resolveFollowUp;
}

/** The follow-up file of a kit: here at once once it arrived, else loaded on demand. */
export interface FollowUpSource {
  ready(): FollowUpKit | undefined;
  /** Loads the file (once; tried again after a failure). A failure is reported once with `report`, then rejects. */
  load(report: (message: string) => void): Promise<FollowUpKit>;
}

/** A follow-up source that fetches the file with `fetch` (a script element, or a dynamic import). */
export function followUpSource(fetch: () => Promise<FollowUpKit>): FollowUpSource {
  let arrived: FollowUpKit | undefined;
  let loading: Promise<FollowUpKit> | undefined;
  let reported = false;
  return {
    ready: () => arrived,
    load: (report) =>
      loading ||
      // started at once; a fetch that throws (a refused script URL) fails like one that rejects
      (loading = new Promise<FollowUpKit>((resolve) => resolve(fetch())).then(
          (kit) => (arrived = kit),
          (error: Error) => {
            loading = undefined;
            if (!reported) report('[hearken] could not load the steps after the score (' + (error.message || error) + '); the score alone is kept');
            reported = true;
            throw error;
          },
        )),
  };
}
