import { posthogTransport } from './posthog';
import { segmentTransport } from './segment';

/**
 * The pipeline transports by name. They ship apart from the core (`dist/hearken-pipelines.js` for the script
 * tag, a dynamic-import chunk for the npm build), loaded at the first batch of a page that uses one.
 */
export const pipelines = { segment: segmentTransport, posthog: posthogTransport };

/** The pipeline transports' factories by name. */
export type Pipelines = typeof pipelines;
