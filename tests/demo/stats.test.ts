import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server/app.mjs';
import { npsScore, segmentOf } from '../../src/surveys/index';

const dir = mkdtempSync(join(tmpdir(), 'hearken-stats-'));
let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer({ port: 0, dataDir: dir, quiet: true });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const scale = { min: 0, max: 10 };
const answer = (i: number, score: number) => ({
  id: `stats-${i}`,
  survey: 'nps' as const,
  score,
  scale,
  segment: segmentOf('nps', score, scale),
  question: 'How likely are you to recommend us?',
  locale: 'en',
  page: 'https://shop.example/',
  visitorId: `v-${i}`,
  answeredAt: '2025-03-01T12:00:00.000Z',
  widget: 'hearken/0.1.0',
});

describe('GET /api/stats', () => {
  it("gives the NPS hearken's npsScore gives: 1 promoter, 5 passives, 2 detractors is −13 (−12.5 rounded away from zero)", async () => {
    const answers = [10, 7, 7, 8, 8, 8, 3, 6].map((score, i) => answer(i, score));
    const res = await fetch(server.url + '/collect', { method: 'POST', body: JSON.stringify({ answers }) });
    expect(res.status).toBe(200);
    const stats = await (await fetch(server.url + '/api/stats')).json();
    expect(npsScore(answers)).toBe(-13);
    expect(stats.nps).toBe(-13);
    expect(stats.surveys.nps.segments).toEqual({ promoter: 1, passive: 5, detractor: 2 });
  });
});
