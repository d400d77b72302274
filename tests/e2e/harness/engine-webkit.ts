/**
 * The cross-engine page API on WebKit: Debian's WebKitGTK MiniBrowser (Safari's engine, WebCore and
 * JavaScriptCore) driven by WebKitWebDriver over W3C WebDriver (plain HTTP, one session at a time),
 * on a private Xvfb display, all started here and stopped by `close()`.
 * `WEBKIT_DRIVER_PATH` and `WEBKIT_BROWSER_PATH` override Debian's paths.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { clickPoint, typeAndWait, type EngineBrowser, type EnginePage, type Key } from './engine';
import type { LaunchOptions } from './engines';

/** Where WebKitWebDriver and the MiniBrowser it drives are looked for. */
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const WEBKIT_BROWSER_PATH = process.env.WEBKIT_BROWSER_PATH || findMiniBrowser();
export const XVFB_PATH = '/usr/bin/Xvfb';

/** Debian's MiniBrowser, under the machine's multiarch folder (`/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/`). */
function findMiniBrowser(): string {
  const fallback = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  try {
    for (const folder of readdirSync('/usr/lib').filter((name) => name.endsWith('-linux-gnu')))
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0']) if (existsSync(`/usr/lib/${folder}/${api}/MiniBrowser`)) return `/usr/lib/${folder}/${api}/MiniBrowser`;
  } catch {
    // no /usr/lib: not Debian
  }
  return fallback;
}

/** WebDriver's code points of the keys `press` knows. */
const KEYS: Record<string, string> = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Shift: '\uE008', ' ': ' ' };

/** Starts Xvfb on a free display; resolves with the display (`:N`) and the process. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3]!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ display: ':' + out.trim(), process: xvfb });
    });
    xvfb.once('exit', (code) => reject(new Error(`[hearken] Xvfb exited (${code}) before giving a display`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

type Command = (method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) => Promise<unknown>;

function client(base: string): Command {
  return async (method, path, body) => {
    // a command stuck behind a navigation fails the test in time, naming itself
    const signal = AbortSignal.timeout(20_000);
    const response = await fetch(base + path, { method, signal, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = (await response.json()) as { value: unknown };
    if (!response.ok) throw new Error(`[hearken] webkit: ${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  };
}

/** The page script of `run`: the driver calls it with a callback as last argument. */
const asyncScript = (source: string, args: unknown[]) =>
  `const done = arguments[arguments.length - 1];
Promise.resolve().then(() => (${source})(...${JSON.stringify(args)}))
  .then((value) => done({ ok: value === undefined ? null : value }), (error) => done({ error: String((error && error.stack) || error) }));`;

function webkitPage(session: Command, handle: string, state: { current: string; first: string }, closeAll?: () => Promise<void>): EnginePage {
  // One session drives every tab: commands go to the tab they are meant for.
  const send: Command = async (method, path, body) => {
    if (state.current != handle) {
      await session('POST', '/window', { handle });
      state.current = handle;
    }
    return session(method, path, body);
  };
  const keys = (actions: object[]) => send('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  const self: EnginePage = {
    engine: 'webkit',
    goto: async (url) => void (await send('POST', '/url', { url })),
    reload: async () => void (await send('POST', '/refresh', {})),
    // WebKitWebDriver's own back waits for the page, also one restored from the back/forward cache
    back: async () => void (await send('POST', '/back', {})),
    evaluate: (fn, ...args) => self.run(String(fn), args) as never,
    async run(source, args) {
      const result = (await send('POST', '/execute/async', { script: asyncScript(source, args), args: [] })) as { ok?: unknown; error?: string };
      if (result && 'error' in result) throw new Error(`[hearken] webkit: evaluate failed: ${result.error}`);
      return result && result.ok === null ? undefined : result?.ok;
    },
    async click(selector) {
      const [x, y] = await clickPoint(self, selector);
      const mouse = [{ type: 'pointerMove', x, y, origin: 'viewport', duration: 0 }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }];
      await send('POST', '/actions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: mouse }] });
    },
    async press(key: Key) {
      const shift = key == 'Shift+Tab';
      const value = KEYS[shift ? 'Tab' : key]!;
      const down = [{ type: 'keyDown', value }, { type: 'keyUp', value }];
      await keys(shift ? [{ type: 'keyDown', value: KEYS.Shift }, ...down, { type: 'keyUp', value: KEYS.Shift }] : down);
    },
    type: (text) => typeAndWait(self, text, () => keys([...text].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]))),
    async screenshot() {
      // the last painted frame is captured: let the page paint what it changed
      await self.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
      return Buffer.from((await send('GET', '/screenshot')) as string, 'base64');
    },
    async openTab() {
      const { handle: tab } = (await send('POST', '/window/new', { type: 'tab' })) as { handle: string };
      return webkitPage(session, tab, state);
    },
    async close() {
      if (closeAll) return closeAll();
      await send('DELETE', '/window');
      state.current = '';
    },
  };
  return self;
}

/** Starts Xvfb, WebKitWebDriver and one MiniBrowser session (`privateBrowsing`: in private browsing mode). */
export async function launchWebKit(options: LaunchOptions): Promise<EngineBrowser> {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], { env: { ...process.env, DISPLAY: xvfb.display }, stdio: 'ignore' });
  const stop = () => {
    driver.kill();
    xvfb.process.kill();
  };
  try {
    const command = client(`http://127.0.0.1:${port}`);
    for (let tries = 0; ; tries++) {
      try {
        await command('GET', '/status');
        break;
      } catch (error) {
        if (tries > 200) throw error;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
    const capabilities = { alwaysMatch: { 'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER_PATH, args: ['--automation', ...(options.privateBrowsing ? ['--private'] : [])] } } };
    const created = (await command('POST', '/session', { capabilities })) as { sessionId: string; capabilities: { browserVersion: string } };
    const session: Command = (method, path, body) => command(method, `/session/${created.sessionId}${path}`, body);
    await session('POST', '/timeouts', { script: 15_000, pageLoad: 15_000 });
    if (options.viewport) await session('POST', '/window/rect', options.viewport);
    const first = (await session('GET', '/window')) as string;
    const close = async () => {
      try {
        await command('DELETE', `/session/${created.sessionId}`);
      } finally {
        stop();
      }
    };
    return { page: webkitPage(session, first, { current: first, first }, close), version: `WebKitGTK ${created.capabilities.browserVersion}`, close };
  } catch (error) {
    stop();
    throw error;
  }
}
