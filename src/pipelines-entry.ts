// dist/hearken-pipelines.js: loaded by dist/hearken.js at the first batch of a segment or posthog transport.
import { PIPELINES_GLOBAL } from './storage/index';
import { pipelines } from './transports/index';

(window as unknown as Record<string, unknown>)[PIPELINES_GLOBAL] = pipelines;
