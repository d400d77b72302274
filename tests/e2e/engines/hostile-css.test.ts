/**
 * The prompt on a page styled by Bootstrap 5, Tailwind's preflight and a deliberately hostile sheet
 * (`* { all: unset }`, hidden buttons, RTL body, clashing custom properties), in every engine: its
 * screenshots at the question, comment and thank-you steps match, pixel for pixel but a few, those
 * of the same engine on a plain page (each engine is its own baseline: fonts and anti-aliasing differ
 * between engines, not between pages), and it is answered and stored.
 */
import { beforeAll, expect, it } from 'vitest';
import type { EnginePage } from '../harness/engine';
import { describeEngines, useEngine } from '../harness/engines';
import { compareShots, decodePng, type Shot } from '../harness/png';
import { useTestServer } from '../harness/server';
import { serveVendor } from '../pages/hostile/helpers';
import { evaluateOn, freshOrigin, hearkenTag, pageHtml, pageLogs, PROMPT, promptShown, serveProbe, settled, waitForElement } from './pages';

const TAG = hearkenTag({ 'data-endpoint': '/collect', 'data-trigger': 'manual', 'data-theme': 'light', 'data-brand': 'Northwind', 'data-auto-close-ms': '60000' });
const CONTENT = `<nav class="navbar bg-body-tertiary"><div class="container"><a class="navbar-brand" href="#">Northwind</a></div></nav>
<div class="card"><div class="card-body">A card <button type="button" class="btn btn-primary">Subscribe</button></div></div>
<div class="footer-bar">Cookies? <a href="#">OK</a></div>`;
const SHEETS = ['/vendor/bootstrap.css', '/vendor/preflight.css', '/vendor/hostile.css'].map((href) => `<link rel="stylesheet" href="${href}">`).join('');
const STEPS = ['question', 'comment', 'thanks'] as const;

/** A screenshot of the viewport with the dialog's box in it, once its opening animation has finished. */
async function shoot(page: EnginePage): Promise<Shot> {
  await settled(page);
  // a blinking caret would differ from shot to shot
  await evaluateOn(page, PROMPT.comment, (el) => el && (el as HTMLElement).style.setProperty('caret-color', 'transparent'));
  const [box, viewportWidth] = await evaluateOn(page, PROMPT.dialog, (el) => {
    const r = el!.getBoundingClientRect();
    return [{ x: r.left, y: r.top, width: r.width, height: r.height }, innerWidth] as const;
  });
  return { pixels: decodePng(await page.screenshot()), viewportWidth, box };
}

/** Opens `path` on a clean origin, shows NPS and shoots each step (picking 9, then sending `comment`). */
async function shootSteps(page: EnginePage, origin: string, path: string, comment: string): Promise<Record<string, Shot>> {
  await freshOrigin(page, origin);
  await page.goto(origin + path);
  await page.evaluate(() => (window as unknown as { Hearken: { show(survey: string): void } }).Hearken.show('nps'));
  await promptShown(page);
  const shots: Record<string, Shot> = { question: await shoot(page) };
  await page.click(PROMPT.option(9));
  await waitForElement(page, PROMPT.comment);
  await page.type(comment); // the comment box has the focus
  shots.comment = await shoot(page);
  await page.click(PROMPT.send);
  await waitForElement(page, PROMPT.thanks);
  shots.thanks = await shoot(page);
  return shots;
}

describeEngines('hostile CSS', (engine) => {
  const server = useTestServer();
  const browser = useEngine(engine, { viewport: { width: 1024, height: 720 } });
  beforeAll(() => {
    serveProbe(server);
    serveVendor(server);
    server.page('/plain.html', pageHtml('', CONTENT + TAG));
    server.page('/hostile.html', pageHtml(SHEETS, CONTENT + TAG));
  });

  it('looks the same on a page with Bootstrap, preflight and the hostile sheet as on a plain page, and works', async () => {
    const page = browser.page;
    const plain = await shootSteps(page, server.url, '/plain.html', 'typed on the plain page');
    const hostile = await shootSteps(page, server.url, '/hostile.html', 'typed on the plain page');
    for (const step of STEPS) {
      const diff = compareShots(plain[step]!, hostile[step]!);
      expect(diff.sizes[1], `${step} step size`).toEqual(diff.sizes[0]);
      expect(diff.compared, `${step} step compared`).toBeGreaterThan(10_000);
      // identical but for a few anti-aliased pixels
      expect(diff.differing, `${step} step: pixels differing from the plain page`).toBeLessThanOrEqual(diff.compared * 0.001);
    }
    // the same comment on both pages, so the comment steps look the same
    const stored = (await server.waitForAnswers(2)).filter((a) => a.comment == 'typed on the plain page');
    expect(stored.map((a) => [a.survey, a.score])).toEqual([
      ['nps', 9],
      ['nps', 9],
    ]);
    expect(await pageLogs(page)).toEqual([]);
  });
});
