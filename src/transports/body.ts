import type { Answer } from '../surveys/index';
import { plainJson } from '../storage/index';

/** Bodies of keepalive fetches and beacons must stay under this (the browsers' 64 KiB budget). */
export const UNLOAD_LIMIT = 65536;

/** The JSON body every HTTP transport sends: `{ "answers": [...], "sentAt": ISO }`. */
export function bodyOf(batch: Answer[], now: number): string {
  return plainJson({ answers: batch, sentAt: new Date(now).toISOString() });
}
