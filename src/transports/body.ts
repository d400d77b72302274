import type { Answer } from '../types';

/** Bodies of keepalive fetches and beacons must stay under this (the browsers' 64 KiB budget). */
export const UNLOAD_LIMIT = 64 * 1024;

/** The JSON body every HTTP transport sends: `{ "answers": [...], "sentAt": ISO }`. */
export function bodyOf(batch: Answer[], now: number = Date.now()): string {
  return JSON.stringify({ answers: batch, sentAt: new Date(now).toISOString() });
}

/** UTF-8 size of a string in bytes. */
export function byteLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // a surrogate pair is 4 bytes: 2 + 2
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xe000 ? 2 : 3;
  }
  return n;
}
