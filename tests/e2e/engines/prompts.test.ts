/**
 * The prompts of the three surveys in every engine: shown by the script tag, answered with real
 * clicks and typing, styled, and stored by the collector, with nothing logged.
 */
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEngines, useEngine } from '../harness/engines';
import { useTestServer } from '../harness/server';
import { answerWithClicks, dialogStyle, freshOrigin, hearkenTag, pageHtml, pageLogs, promptShown, serveProbe, storedAnswer } from './pages';

const SURVEYS = [
  // survey, score to pick, lowest score, segment
  ['nps', 9, 0, 'promoter'],
  ['csat', 2, 1, 'unsatisfied'],
  ['ces', 6, 1, 'easy'],
] as const;

describeEngines('the prompts of the three surveys', (engine) => {
  const server = useTestServer();
  const browser = useEngine(engine);
  beforeAll(() => {
    serveProbe(server);
    for (const [survey] of SURVEYS) server.page(`/${survey}.html`, pageHtml(hearkenTag({ 'data-endpoint': '/collect', 'data-survey': survey, 'data-brand': 'Northwind', 'data-theme': 'light' })));
  });
  beforeEach(() => freshOrigin(browser.page, server.url));

  it.each(SURVEYS)('%s: shown, styled, answered with clicks and typing, stored', async (survey, score, min, segment) => {
    const page = browser.page;
    await page.goto(`${server.url}/${survey}.html`);
    await promptShown(page);
    expect(await dialogStyle(page)).toEqual({ position: 'fixed', background: 'rgb(255, 255, 255)', radius: '14px', padding: '16px', zIndex: '2147483647' });
    const comment = `${survey} in ${engine}`;
    await answerWithClicks(page, score, comment, min);
    expect(await storedAnswer(server, comment)).toMatchObject({ survey, score, segment });
    expect(await pageLogs(page)).toEqual([]);
  });
});
