/**
 * The widgets hearken is compared with, and the preact + signals floor, exactly as shared/peers.md
 * measured them: which files of each package a page downloads, or which entry is bundled. The
 * packages are installed on demand into a temporary folder (kept between runs), never into the project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleIife } from './sizes.mjs';

/** Where the peers are installed. */
export const PEERS_DIR = join(tmpdir(), 'hearken-bench-peers');

/** The exact versions measured. */
export const PEER_PACKAGES = {
  'posthog-js': '1.449.2',
  '@sentry/browser': '11.12.0',
  '@sentry/feedback': '11.12.0',
  '@formbricks/surveys': '1.99.0',
  '@typeform/embed': '6.1.1',
  preact: '11.2.0',
  '@preact/signals': '2.11.4',
  '@preact/signals-core': '1.14.5',
};

/** The floor: one component using a signal, rendered into a div it adds to the page (marked `data-floor`). */
const FLOOR_ENTRY = `import { h, render } from 'preact';
import { signal } from '@preact/signals';
const count = signal(0);
function Counter() {
  return h('button', { type: 'button', onClick: () => count.value++ }, 'Clicked ', count, ' times');
}
const root = document.createElement('div');
root.setAttribute('data-floor', '');
document.body.appendChild(root);
render(h(Counter, null), root);
`;

/**
 * One row of the comparison: the files a page downloads (`files`, served in this order as
 * `<script>`s, CSS excepted), or a bundle built from `entry`.
 * @typedef {object} Peer
 * @property {string} id
 * @property {string} label what a page loads
 * @property {string} what which files, or which bundle
 * @property {string[]} [files] paths inside the peers' node_modules
 * @property {string} [entry] source of a module entry bundled with esbuild (iife, minify, es2017)
 * @property {boolean} [timed] whether its evaluation is measured in the browser
 * @property {boolean} [floor] the preact + signals floor
 */

/** @type {Peer[]} */
export const PEERS = [
  {
    id: 'posthog',
    label: 'PostHog surveys (posthog-js 1.449.2, snippet)',
    what: '`dist/array.js` + `dist/surveys.js`',
    files: ['posthog-js/dist/array.js', 'posthog-js/dist/surveys.js'],
    timed: true,
  },
  {
    id: 'sentry',
    label: 'Sentry browser SDK 11.12.0 + feedbackIntegration',
    what: 'bundle of `Sentry.init({integrations:[feedbackIntegration()]})`',
    entry: `import * as Sentry from '@sentry/browser';\nSentry.init({ integrations: [Sentry.feedbackIntegration()] });\n`,
    timed: true,
  },
  {
    id: 'sentry-feedback',
    label: 'Sentry feedback code alone (@sentry/feedback 11.12.0)',
    what: 'bundle of every export',
    entry: `import * as feedback from '@sentry/feedback';\nwindow.sentryFeedback = feedback;\n`,
  },
  {
    id: 'formbricks',
    label: 'Formbricks survey UI (@formbricks/surveys 1.99.0)',
    what: '`dist/index.umd.js`',
    files: ['@formbricks/surveys/dist/index.umd.js'],
    timed: true,
  },
  {
    id: 'typeform',
    label: 'Typeform embed 6.1.1 (popup)',
    what: '`build/embed.js` + `build/css/popup.css`',
    files: ['@typeform/embed/build/embed.js', '@typeform/embed/build/css/popup.css'],
    timed: true,
  },
  {
    id: 'floor',
    label: 'floor: preact 11.2.0 + @preact/signals 2.11.4, one component using a signal',
    what: 'bundle',
    entry: FLOOR_ENTRY,
    timed: true,
    floor: true,
  },
  {
    id: 'preact',
    label: 'preact 11.2.0 alone (h + render, one component)',
    what: 'bundle',
    entry: `import { h, render } from 'preact';\nfunction Hello() { return h('p', null, 'Hello'); }\nrender(h(Hello, null), document.body);\n`,
  },
  {
    id: 'signals-core',
    label: '@preact/signals-core 1.14.5 alone',
    what: 'bundle',
    entry: `import { signal, computed, effect } from '@preact/signals-core';\nconst n = signal(1);\nconst twice = computed(() => n.value * 2);\neffect(() => console.log(twice.value));\n`,
  },
];

function installedVersion(/** @type {string} */ name) {
  try {
    return JSON.parse(readFileSync(join(PEERS_DIR, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/**
 * Installs the peers into {@link PEERS_DIR} unless the exact versions are already there.
 * @param {(line: string) => void} log
 */
export function ensurePeers(log) {
  const wanted = Object.entries(PEER_PACKAGES);
  if (wanted.every(([name, version]) => installedVersion(name) == version)) return;
  mkdirSync(PEERS_DIR, { recursive: true });
  log(`[hearken] installing the peers into ${PEERS_DIR} (once; kept between runs)`);
  const args = ['install', '--prefix', PEERS_DIR, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', ...wanted.map(([n, v]) => `${n}@${v}`)];
  const r = spawnSync('npm', args, { stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 });
  if (r.status !== 0) throw new Error(`[hearken] could not install the peers (npm ${args.join(' ')} exited ${r.status ?? r.signal})`);
  const missing = wanted.filter(([name, version]) => installedVersion(name) != version);
  if (missing.length) throw new Error(`[hearken] the peers are still missing after npm install: ${missing.map(([n, v]) => `${n}@${v}`).join(', ')}`);
}

/**
 * The downloaded files of a peer, built or read: `{ name, code }` in page order.
 * @param {Peer} peer
 * @returns {Promise<Array<{ name: string, code: Buffer }>>}
 */
export async function peerFiles(peer) {
  if (peer.files) return peer.files.map((f) => ({ name: f, code: readFileSync(join(PEERS_DIR, 'node_modules', f)) }));
  const dir = join(PEERS_DIR, 'bench-entries');
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const entry = join(dir, `${peer.id}.js`);
  writeFileSync(entry, /** @type {string} */ (peer.entry));
  return [{ name: `${peer.id}.bundle.js`, code: await bundleIife(entry) }];
}
