/**
 * The npm entry in Chromium, in an app bundled as a shop's build would bundle it (esbuild, code splitting): a
 * visitor's first page view imports the widget, which checks the options and remembers them right; on the page
 * views after, while the visitor's answer of last week holds NPS back, the page downloads the app and the chunks it
 * imports at once, and none of those hearken imports when needed (the widget's, the UI's); `show()` still brings the
 * widget. A page view where only a trigger says when a prompt comes (the app's event) downloads the triggers' chunk
 * besides, and the widget's once the event fires, which shows the prompt. (The bytes of these parts are size-limit's
 * and the bench's: tests/bench.)
 */
import { basename, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { pageHtml } from './pages/hostile/helpers';

/** A shop's app: one widget with these options. */
const appCode = (options: object) => `import { createHearken } from ${JSON.stringify(resolve('dist/index.js'))};
window.hearken = createHearken(${JSON.stringify({ survey: 'nps', endpoint: '/collect', brand: 'Northwind', ...options })});`;

/**
 * The app's files by name, which of them a page loads at once (the entry and the chunks it imports statically), and
 * the chunk of hearken's widget (built from its dist/chunks/api.js) and the files of its triggers' (dist/chunks/armed.js,
 * with the chunks that one imports statically).
 */
async function bundleApp(code: string): Promise<{ files: Map<string, Uint8Array>; atOnce: Set<string>; widget: string; triggers: Set<string> }> {
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
  /** The file `key` and those it imports statically: what a page loads with it. */
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
  };
}

describeBrowser('the npm entry on a page view that cannot ask, or can only once a trigger fires', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  let app: Awaited<ReturnType<typeof bundleApp>>;
  // the same with data-on-event's option: a prompt may show, once the app's event fires
  let armedApp: Awaited<ReturnType<typeof bundleApp>>;
  const requested: string[] = [];
  const appFiles = (dir = 'npm') => requested.filter((url) => new RegExp(`/${dir}/.*\\.js$`).test(url)).map((url) => basename(new URL(url).pathname));
  /** Serves a bundled app under /<dir>/, with its page /<dir>/shop.html. */
  const serve = (dir: string, bundled: typeof app) => {
    for (const [file, code] of bundled.files) server.page(`/${dir}/${file}`, Buffer.from(code), { 'Content-Type': 'text/javascript; charset=utf-8' });
    server.page(`/${dir}/shop.html`, pageHtml('', `<main><h1>Northwind</h1></main><script type="module" src="/${dir}/${[...bundled.atOnce][0]}"></script>`, 'Northwind'));
  };

  beforeAll(async () => {
    [app, armedApp] = await Promise.all([bundleApp(appCode({})), bundleApp(appCode({ onEvent: 'order:placed' }))]);
    serve('npm', app);
    serve('npm-armed', armedApp);
    browser = await launchBrowser();
    browser.page.on('request', (request) => void requested.push(request.url()));
  });
  afterAll(() => browser?.close());

  it('the page views after the first download the app alone while the visitor answered last week; show() brings the widget', async () => {
    const page = browser.page;
    expect(app.atOnce.has(app.widget)).toBe(false);
    // the first page view: the options were never checked, so the widget comes and remembers them right
    await page.goto(server.url + '/npm/shop.html');
    await page.waitForFunction(() => localStorage.getItem('hearken:checked'));
    expect(appFiles()).toContain(app.widget);
    // (its prompt then shows, and fetches the rest: all of it done before the next page view is counted)
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => localStorage.setItem('hearken:history', JSON.stringify({ nps: { answeredAt: Date.now() - 7 * 864e5 } })));

    for (const view of [1, 2]) {
      requested.length = 0;
      await page.reload({ waitUntil: 'networkidle' });
      expect(await page.evaluate(() => typeof (window as unknown as { hearken?: { show?: unknown } }).hearken?.show), `page view ${view}`).toBe('function');
      expect(new Set(appFiles()), `page view ${view}`).toEqual(app.atOnce);
    }
    expect(await page.locator('hearken-prompt').count()).toBe(0);

    // show() imports the widget, which applies the re-survey wait: still no prompt
    await page.evaluate(() => (window as unknown as { hearken: { show(): void } }).hearken.show());
    await expect.poll(() => appFiles()).toContain(app.widget);
    expect(browser.logs.filter((log) => log.type == 'error' || log.type == 'pageerror')).toEqual([]);
  });

  it('a page view where only an event says when downloads the app and the triggers\' chunk; the event brings the widget and the prompt', async () => {
    const page = browser.page;
    // (the triggers' chunk shares the light part's chunks, which the page has already)
    expect([...armedApp.triggers].filter((file) => !armedApp.atOnce.has(file))).not.toEqual([]);
    // a new visitor in a new session (storage emptied on a page of the shop without hearken)
    await page.goto(server.url + '/npm-armed/' + [...armedApp.atOnce][0]);
    await page.evaluate(() => (localStorage.clear(), sessionStorage.clear()));
    // the first page view: the widget comes to check the options, and arms the event itself
    requested.length = 0;
    await page.goto(server.url + '/npm-armed/shop.html');
    await page.waitForFunction(() => localStorage.getItem('hearken:checked'));
    expect(appFiles('npm-armed')).toContain(armedApp.widget);
    await page.waitForLoadState('networkidle');

    requested.length = 0;
    await page.reload({ waitUntil: 'networkidle' });
    expect(new Set(appFiles('npm-armed'))).toEqual(new Set([...armedApp.atOnce, ...armedApp.triggers]));
    expect(armedApp.triggers.has(armedApp.widget)).toBe(false);
    expect(await page.locator('hearken-prompt').count()).toBe(0);

    await page.evaluate(() => window.dispatchEvent(new Event('order:placed')));
    await page.getByRole('dialog').waitFor();
    expect(appFiles('npm-armed')).toContain(armedApp.widget);
    expect(browser.logs.filter((log) => log.type == 'error' || log.type == 'pageerror')).toEqual([]);
  });
});
