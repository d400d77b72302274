import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../demo/server/app.mjs';
import { npsScore } from '../../src/surveys/index';
import { cleanUp, npsAnswer, postAnswers, startServer } from './helpers';

let server: DemoServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  cleanUp();
});

describe('GET /api/stats', () => {
  it("gives the NPS hearken's npsScore gives: 1 promoter, 5 passives, 2 detractors is −13 (−12.5 rounded away from zero)", async () => {
    const answers = [10, 7, 7, 8, 8, 8, 3, 6].map((score) => npsAnswer(score));
    expect((await postAnswers(server, answers)).status).toBe(200);
    const stats = await (await fetch(server.url + '/api/stats')).json();
    expect(npsScore(answers as never)).toBe(-13);
    expect(stats.nps).toEqual({ score: -13, count: 8, segments: { promoter: 1, passive: 5, detractor: 2 } });
  });
});
