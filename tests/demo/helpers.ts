// Shared by the demo server tests: a server on a temporary data folder, and valid answer records.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoServer, type DemoServer, type DemoServerOptions } from '../../demo/server/app.mjs';
import { scaleFor, segmentOf } from '../../src/surveys/index';
import type { Answer, SurveyKind } from '../../src/surveys/index';
import { createMemoryStore } from './memory-store';

/** A temporary folder, removed by `cleanUp`. */
const folders: string[] = [];
export function tempDir(prefix = 'hearken-demo-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

/** Starts a demo server on a free port and a fresh data folder, on a memory store unless told otherwise. */
export function startServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  return startDemoServer({ port: 0, dataDir: tempDir(), quiet: true, store: createMemoryStore(), ...options });
}

/** Removes the temporary folders. */
export function cleanUp(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

let counter = 0;
/** A valid NPS answer record with a fresh id. */
export function npsAnswer(score: number, overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    id: `answer-${++counter}`,
    survey: 'nps',
    score,
    scale: { min: 0, max: 10 },
    segment: score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor',
    question: 'How likely are you to recommend Northwind Coffee to a friend or colleague?',
    locale: 'en',
    touchpoint: 'catalogue',
    page: 'https://shop.example/',
    visitorId: `v-${counter}`,
    answeredAt: '2025-03-01T12:00:00.000Z',
    widget: 'hearken/0.1.0',
    ...overrides,
  };
}

/** POSTs a batch to the collector. */
export function postAnswers(server: DemoServer, answers: unknown[]): Promise<Response> {
  return fetch(server.url + '/collect', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ answers }) });
}

/** An answer record of any survey on its default scale, segmented by hearken, answered 2025-06-30 unless told. */
export function answerOf(survey: SurveyKind, score: number, extra: Record<string, unknown> = {}): Answer & Record<string, any> {
  const scale = scaleFor(survey)!;
  return {
    id: `a-${++counter}`,
    survey,
    score,
    scale,
    segment: segmentOf(survey, score, scale),
    question: 'q',
    locale: 'en',
    page: 'http://127.0.0.1/',
    visitorId: 'v',
    answeredAt: '2025-06-30T10:00:00.000Z',
    widget: 'hearken/0.1.0',
    ...extra,
  };
}
