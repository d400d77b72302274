/**
 * The npm entry in Chromium, in an app bundled as a shop's build would bundle it (esbuild, code splitting): a
 * visitor's first page view imports the widget, which checks the options and remembers them right; on the page
 * views after, while the visitor's answer of last week holds NPS back, the page downloads the app and the chunks it
 * imports at once, and none of those hearken imports when needed (the widget's, the UI's); `show()` still brings the
 * widget. (The bytes of that light part are size-limit's and the bench's: tests/bench.)
 */
import { basename, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { pageHtml } from './pages/hostile/helpers';

const APP = `import { createHearken } from ${JSON.stringify(resolve('dist/index.js'))};
window.hearken = createHearken({ survey: 'nps', endpoint: '/collect', brand: 'Northwind' });`;

/** The app's files by name, and which of them a page loads at once (the entry and the chunks it imports statically). */
async function bundleApp(): Promise<{ files: Map<string, Uint8Array>; atOnce: Set<string>; widget: string }> {
  const out = await build({
    stdin: { contents: APP, resolveDir: process.cwd(), loader: 'js', sourcefile: 'app.js' },
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
  const entry = Object.keys(outputs).find((key) => outputs[key]!.entryPoint == 'app.js')!;
  const atOnce = new Set<string>();
  const walk = (key: string) => {
    if (atOnce.has(name(key))) return;
    atOnce.add(name(key));
    for (const i of outputs[key]!.imports) if (i.kind == 'import-statement') walk(i.path);
  };
  walk(entry);
  // the widget's chunk: the one built from hearken's dist/chunks/api.js
  const widget = name(Object.keys(outputs).find((key) => Object.keys(outputs[key]!.inputs).some((input) => input.endsWith('dist/chunks/api.js')))!);
  return { files: new Map(out.outputFiles.map((f) => [name(f.path), f.contents])), atOnce, widget };
}

describeBrowser('the npm entry on a page view that cannot ask', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  let app: Awaited<ReturnType<typeof bundleApp>>;
  const requested: string[] = [];
  const appFiles = () => requested.filter((url) => /\/npm\/.*\.js$/.test(url)).map((url) => basename(new URL(url).pathname));

  beforeAll(async () => {
    app = await bundleApp();
    for (const [file, code] of app.files) server.page('/npm/' + file, Buffer.from(code), { 'Content-Type': 'text/javascript; charset=utf-8' });
    server.page('/npm/shop.html', pageHtml('', `<main><h1>Northwind</h1></main><script type="module" src="/npm/${[...app.atOnce][0]}"></script>`, 'Northwind'));
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
});
