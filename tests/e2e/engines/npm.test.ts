/**
 * The npm entry in every engine, in an app bundled as a shop's build would bundle it (esbuild, code splitting):
 * - a visitor's first page view imports the widget, which checks the options and remembers them right; on the page
 *   views after, while the visitor's answer of last week holds NPS back, the page downloads the app and the chunks
 *   it imports at once, and none of those hearken imports when needed (the widget's, the UI's); `show()` still
 *   brings the widget;
 * - where only a trigger says when a prompt comes (the app's event), a page view downloads the triggers' chunk besides
 *   (a first page view, the options' checks' chunk too, not the widget's), and the widget's once the event fires,
 *   which shows the prompt;
 * - an app whose widget asks only when called: its first page view downloads the options' checks' chunk, not the
 *   widget's; the page views after, the app alone; `show()` brings the widget and the prompt.
 * Which files a page view downloaded is read from its resource timing entries. (The bytes of these parts are
 * size-limit's and the bench's: tests/bench.)
 */
import { basename, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { EnginePage } from '../harness/engine';
import { describeEngines, useEngine } from '../harness/engines';
import { useTestServer } from '../harness/server';
import { freshOrigin, pageHtml, pageLogs, promptShown, serveProbe, waitFor } from './pages';

/** A shop's app: one widget with these options, left on `window.hearken`. */
const appCode = (options: object) => `import { createHearken } from ${JSON.stringify(resolve('dist/index.js'))};
window.hearken = createHearken(${JSON.stringify({ survey: 'nps', endpoint: '/collect', brand: 'Northwind', ...options })});`;

interface App {
  files: Map<string, Uint8Array>;
  /** What a page loads at once: the entry and the chunks it imports statically. */
  atOnce: Set<string>;
  /** The chunk built from hearken's dist/chunks/api.js: the widget's. */
  widget: string;
  /** The chunk built from dist/chunks/armed.js, the triggers', with the chunks it imports statically. */
  triggers: Set<string>;
  /** The chunk built from dist/chunks/check-options.js, the options' checks', with the chunks it imports statically. */
  checks: Set<string>;
}

async function bundleApp(code: string): Promise<App> {
  const out = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir: resolve('npm-app'),
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const outputs: Metafile['outputs'] = out.metafile!.outputs;
  const name = (key: string) => basename(key);
  const withImports = (key: string, files = new Set<string>()) => {
    if (files.has(name(key))) return files;
    files.add(name(key));
    for (const i of outputs[key]!.imports) if (i.kind == 'import-statement') withImports(i.path, files);
    return files;
  };
  const builtFrom = (file: string) => Object.keys(outputs).find((key) => Object.keys(outputs[key]!.inputs).some((input) => input.endsWith('dist/chunks/' + file)))!;
  return {
    files: new Map(out.outputFiles.map((f) => [name(f.path), f.contents])),
    atOnce: withImports(Object.keys(outputs).find((key) => outputs[key]!.entryPoint == 'app.js')!),
    widget: name(builtFrom('api.js')),
    triggers: withImports(builtFrom('armed.js')),
    checks: withImports(builtFrom('check-options.js')),
  };
}

// bundled once for all engines: an app whose widget asks on load, one that asks when the order is placed, and one
// whose widget asks only when called (no survey)
const apps = Promise.all([bundleApp(appCode({})), bundleApp(appCode({ onEvent: 'order:placed' })), bundleApp(appCode({ survey: undefined }))]);

/** The app's files this page view downloaded (resource timing), by name. */
const downloaded = (page: EnginePage, dir: string) =>
  page.evaluate((dir) => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((path) => path.startsWith(`/${dir}/`)).map((path) => path.slice(dir.length + 2)), dir);

/** Two frames and a task: what the app started at once has run (a chunk it imports is fetched at once, from 127.0.0.1). */
const afterStart = (page: EnginePage) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));

describeEngines('the npm entry on a page view that cannot ask, or can only once a trigger fires', (engine) => {
  const server = useTestServer();
  const browser = useEngine(engine);
  let app: App;
  let armedApp: App;
  let manualApp: App;
  /** A page view's files, once what the app started at once has run. */
  const filesOf = async (dir: string) => (await afterStart(browser.page), new Set(await downloaded(browser.page, dir)));

  beforeAll(async () => {
    [app, armedApp, manualApp] = await apps;
    serveProbe(server);
    for (const [dir, bundled] of [['npm', app], ['npm-armed', armedApp], ['npm-manual', manualApp]] as const) {
      for (const [file, code] of bundled.files) server.page(`/${dir}/${file}`, Buffer.from(code), { 'Content-Type': 'text/javascript; charset=utf-8' });
      server.page(`/${dir}/shop.html`, pageHtml('', `<script type="module" src="/${dir}/${[...bundled.atOnce][0]}"></script>`));
    }
  });
  beforeEach(() => freshOrigin(browser.page, server.url));

  it('the page views after the first download the app alone while the visitor answered last week; show() brings the widget', async () => {
    const page = browser.page;
    expect(app.atOnce.has(app.widget)).toBe(false);
    // the first page view: the options were never checked, so the widget comes and remembers them right
    await page.goto(server.url + '/npm/shop.html');
    await waitFor(page, 'the options remembered right', () => !!localStorage.getItem('hearken:checked'));
    expect(await downloaded(page, 'npm')).toContain(app.widget);
    await page.evaluate(() => localStorage.setItem('hearken:history', JSON.stringify({ nps: { answeredAt: Date.now() - 7 * 864e5 } })));

    for (const view of [1, 2]) {
      await page.reload();
      await waitFor(page, 'the app to start', () => typeof (window as unknown as { hearken?: { show?: unknown } }).hearken?.show == 'function');
      await afterStart(page);
      expect(new Set(await downloaded(page, 'npm')), `page view ${view}`).toEqual(app.atOnce);
    }

    // show() imports the widget, which applies the re-survey wait: still no prompt
    await page.evaluate(() => (window as unknown as { hearken: { show(): void } }).hearken.show());
    await waitFor(page, 'the widget', (widget) => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/' + widget)), app.widget);
    await afterStart(page);
    expect(await page.evaluate(() => document.querySelectorAll('hearken-prompt').length)).toBe(0);
    expect((await pageLogs(page)).filter((log) => log.type == 'error')).toEqual([]);
  });

  it("a page view where only an event says when downloads the app and the triggers' chunk; the event brings the widget and the prompt", async () => {
    const page = browser.page;
    // (the triggers' chunk shares the light part's chunks, which the page has already)
    expect([...armedApp.triggers].filter((file) => !armedApp.atOnce.has(file))).not.toEqual([]);
    expect(armedApp.triggers.has(armedApp.widget)).toBe(false);
    // the first page view: the options' checks' chunk finds the options right, then the triggers' chunk arms the event
    await page.goto(server.url + '/npm-armed/shop.html');
    await waitFor(page, 'the options remembered right', () => !!localStorage.getItem('hearken:checked'));
    await waitFor(page, "the triggers' chunk", (files) => files.every((file) => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/' + file))), [...armedApp.triggers]);
    expect(await filesOf('npm-armed')).toEqual(new Set([...armedApp.atOnce, ...armedApp.checks, ...armedApp.triggers]));

    await page.reload();
    await waitFor(page, "the triggers' chunk", (files) => files.every((file) => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/' + file))), [...armedApp.triggers]);
    await afterStart(page);
    expect(new Set(await downloaded(page, 'npm-armed'))).toEqual(new Set([...armedApp.atOnce, ...armedApp.triggers]));

    await page.evaluate(() => void window.dispatchEvent(new Event('order:placed')));
    await promptShown(page);
    expect(await downloaded(page, 'npm-armed')).toContain(armedApp.widget);
    expect((await pageLogs(page)).filter((log) => log.type == 'error')).toEqual([]);
  });

  it("an app whose widget asks only when called: a first page view downloads the options' checks, not the widget; show() brings it", async () => {
    const page = browser.page;
    expect(manualApp.checks.has(manualApp.widget)).toBe(false);
    await page.goto(server.url + '/npm-manual/shop.html');
    await waitFor(page, 'the options remembered right', () => !!localStorage.getItem('hearken:checked'));
    expect(await filesOf('npm-manual')).toEqual(new Set([...manualApp.atOnce, ...manualApp.checks]));
    await page.reload();
    await waitFor(page, 'the app to start', () => typeof (window as unknown as { hearken?: { show?: unknown } }).hearken?.show == 'function');
    expect(await filesOf('npm-manual')).toEqual(manualApp.atOnce);
    await page.evaluate(() => (window as unknown as { hearken: { show(): void } }).hearken.show());
    await promptShown(page);
    expect((await pageLogs(page)).filter((log) => log.type == 'error')).toEqual([]);
  });
});
