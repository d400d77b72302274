import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { shortClasses } from './scripts/short-classes.mjs';
import { dtsExtensions } from './scripts/dts-extensions.mjs';

// Every locale, English too (hearken-ui.js has none built in): src/i18n/locales/<tag>.ts → dist/locales/<tag>.js
const LOCALES_DIR = fileURLToPath(new URL('./src/i18n/locales/', import.meta.url));
const LOCALES = readdirSync(LOCALES_DIR).map((file) => file.replace(/\.ts$/, ''));
const VIRTUAL = '\0hearken-locale:';
// The keys of the texts only the steps after the score show, and of those only one survey's question shows
// (src/i18n/later-keys.ts): each locale's go apart.
const KEYS_SOURCE = readFileSync(new URL('./src/i18n/later-keys.ts', import.meta.url), 'utf8');
const keysIn = (text) => text.match(/'\w+'/g).map((key) => key.slice(1, -1));
const LATER_KEYS = keysIn(KEYS_SOURCE.split('LATER_KEYS')[1].split('];')[0]);
const SURVEY_KEYS = Object.fromEntries(
  [...KEYS_SOURCE.split('SURVEY_KEYS')[1].split('} as const')[0].matchAll(/(\w+): \[([^\]]*)\]/g)].map(([, survey, keys]) => [survey, keysIn(keys)]),
);
if (LATER_KEYS.length < 10 || Object.keys(SURVEY_KEYS).join() != 'nps,csat,ces') throw new Error('rollup.config.mjs could not read src/i18n/later-keys.ts');

/**
 * Each locale file is a classic script that adds its texts to `window.__hearkenLocales` (LOCALES_KEY of
 * src/i18n/scripts.ts), loaded by hearken.js with its nonce and Trusted Types policy when a prompt needs it:
 * `<tag>.js` the NPS question's texts, under `<tag>`; `<tag>-csat.js` and `<tag>-ces.js` a CSAT or CES question's,
 * under `<tag>-csat` and `<tag>-ces` (SURVEY_KEYS; each with the texts every prompt shows); `<tag>-later.js` those of
 * the steps after the score (LATER_KEYS), under `<tag>-later`, loaded with the follow-up file. The split is made on
 * the built texts.
 */
function localeScripts() {
  return {
    name: 'hearken-locale-scripts',
    resolveId: (id) => (id.startsWith(VIRTUAL) ? id : null),
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const tag = id.slice(VIRTUAL.length);
      const name = tag.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
      return `import { ${name} } from ${JSON.stringify(LOCALES_DIR + tag + '.ts')};\n` +
        `(window.__hearkenLocales = window.__hearkenLocales || {})[${JSON.stringify(tag)}] = ${name};\n`;
    },
    // a classic script: nothing of it may land in the page's global scope
    renderChunk: (code) => `(()=>{${code}})();\n`,
    generateBundle(options, bundle) {
      const object = (texts) => '{' + Object.entries(texts).map(([key, text]) => key + ':' + JSON.stringify(text)).join(',') + '}';
      // one expression statement: it declares nothing, so nothing of it lands in the page's global scope
      const property = (key) => (/^[a-z]+$/.test(key) ? '.' + key : `[${JSON.stringify(key)}]`);
      const script = (key, texts) => `(window.__hearkenLocales=window.__hearkenLocales||{})${property(key)}=${object(texts)};\n`;
      for (const chunk of Object.values(bundle)) {
        const sandbox = { window: {} };
        runInNewContext(chunk.code, sandbox);
        const [[tag, texts]] = Object.entries(sandbox.window.__hearkenLocales);
        const only = (keep) => Object.fromEntries(Object.entries(texts).filter(([key]) => keep(key)));
        // a survey's question texts, with those every prompt shows (neither later nor another survey's)
        const question = (survey) =>
          only((key) => !LATER_KEYS.includes(key) && Object.entries(SURVEY_KEYS).every(([other, keys]) => other == survey || !keys.includes(key)));
        chunk.code = script(tag, question('nps'));
        for (const survey of ['csat', 'ces']) this.emitFile({ type: 'asset', fileName: `${tag}-${survey}.js`, source: script(`${tag}-${survey}`, question(survey)) });
        this.emitFile({ type: 'asset', fileName: tag + '-later.js', source: script(tag + '-later', only((key) => LATER_KEYS.includes(key))) });
      }
    },
  };
}

/**
 * Builds a file with no locale built in: src/i18n/built-in.ts (English) is replaced by src/i18n/none-built-in.ts,
 * so that English, like every other language, is paid for only by the prompts that show it.
 */
function noBuiltInLocales() {
  const builtIn = fileURLToPath(new URL('./src/i18n/built-in.ts', import.meta.url));
  const none = fileURLToPath(new URL('./src/i18n/none-built-in.ts', import.meta.url));
  return {
    name: 'hearken-no-built-in-locales',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && resolved.id == builtIn ? none : null;
    },
  };
}

const minifyOptions = { ecma: 2020, compress: { passes: 3, pure_getters: true }, format: { comments: false } };
const minify = terser(minifyOptions);
/**
 * dist/hearken.js's minifier: the same, with V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints)
 * first. Nearly every function of the light start runs on every page view, so compiling them all with the script
 * saves compiling each lazily at its first call (measured: about 40 % of its main-thread time at 4× CPU, for 23 B).
 * `unsafe_arrows` (a function expression that never uses `this` or `arguments` written as an arrow: none of the light
 * start's is called with `new`) and a fourth pass take 8 B more off, which its 2.5 kB budget needs.
 */
const eagerOptions = { ...minifyOptions, format: { ...minifyOptions.format, preamble: '//# allFunctionsCalledOnLoad' } };
const minifyLight = terser({ ...eagerOptions, compress: { ...minifyOptions.compress, unsafe_arrows: true, passes: 4 } });
/**
 * dist/hearken-prompt.js's minifier: the same hint, without the light start's extra options, and with two compress
 * passes rather than three (the same transforms; brotli made 16 B less of that fixpoint, 2026-12-07, with the (c) path
 * within 25 B of 18 kB; one pass +60 B, four or five +15 B). The file comes only where
 * a prompt may show, and most of it then runs before the question is on screen (the full script's start, the
 * checks, the rules, the question's drawing): in an A/B of the (c) path (31 B more; the bench's page, 16 and 14 loads
 * each, interleaved) it took 55 ms instead of 68 ms unthrottled and 196 ms instead of 237 ms at 4× CPU. Not on
 * hearken-ui.js (the question alone, measured the same way, did not change) nor the files that may run little of
 * themselves (hearken-core.js for answers waiting, hearken-triggers.js until a trigger fires).
 */
const minifyEager = terser({ ...eagerOptions, compress: { ...minifyOptions.compress, passes: 2 } });
const uiClasses = shortClasses();
// noCheck: the builds only transpile (the same output; `npm run typecheck` is the type check, and the plugin only
// warned of type errors anyway): checking src/ again in each of the builds below took 23 s of the build's 69.
const ts = (extra = {}) => typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', include: ['src/**/*'], noCheck: true, ...extra });

export default [
  // dist/hearken.js — the script tag's light start: window.Hearken, and whether this page view needs the rest.
  {
    input: 'src/auto.ts',
    // not strict: its modules are strict-mode clean, and the directive is bytes on every page
    output: { file: 'dist/hearken.js', format: 'iife', strict: false },
    // src's modules only define things: what the light start does not call is left out, table and all
    treeshake: { moduleSideEffects: false },
    plugins: [nodeResolve(), ts(), minifyLight],
  },
  // dist/hearken-triggers.js — the triggers of a page that may ask later (scroll, exit intent, an event, a long delay);
  // loaded by hearken.js in place of the full script until one fires.
  {
    input: 'src/triggers-entry.ts',
    output: { file: 'dist/hearken-triggers.js', format: 'iife' },
    treeshake: { moduleSideEffects: (id) => !id.includes('/src/') || id.endsWith('-entry.ts') },
    plugins: [nodeResolve(), ts(), minify],
  },
  // dist/hearken-checks.js — the attributes' checks, without reporting; loaded by hearken.js (or hearken-triggers.js,
  // where a trigger is to wait for) on a page view that may stay light but whose attributes were not found right
  // before (a first page view).
  {
    input: 'src/checks-entry.ts',
    output: { file: 'dist/hearken-checks.js', format: 'iife' },
    treeshake: { moduleSideEffects: (id) => !id.includes('/src/') || id.endsWith('-entry.ts') },
    plugins: [nodeResolve(), ts(), minify],
  },
  // dist/hearken-core.js — the rest of the script tag: its attributes' checks, the rules, the triggers; loaded by
  // hearken.js when answers wait, with data-debug, or before a data-min-pageviews count is reached (else it loads
  // hearken-prompt.js, this file and hearken-ui.js in one).
  {
    input: 'src/core.ts',
    output: { file: 'dist/hearken-core.js', format: 'iife' },
    plugins: [nodeResolve(), ts(), minify],
  },
  // dist/hearken-delivery.js — the outbox (its storage backends, lock, beacon path) and the transports; loaded by
  // hearken-core.js when answers wait, once a prompt is on screen, or at the first answer or flush().
  {
    input: 'src/delivery-entry.ts',
    output: { file: 'dist/hearken-delivery.js', format: 'iife' },
    plugins: [nodeResolve(), ts(), minify],
  },
  // dist/hearken-ui.js — the prompt's question, drawn without preact or signals; loaded by hearken-core.js when a prompt shows. Its texts,
  // English's too, come from dist/locales/<tag>.js.
  {
    input: 'src/ui-entry.ts',
    output: { file: 'dist/hearken-ui.js', format: 'iife' },
    // src's modules only define things: tables the question does not use (the options' fields) are left out
    treeshake: { moduleSideEffects: (id) => !id.includes('/src/') },
    plugins: [noBuiltInLocales(), nodeResolve(), ts(), minify, uiClasses],
  },
  // dist/hearken-prompt.js — hearken-core.js and hearken-ui.js in one file; loaded by hearken.js (in place of
  // hearken-core.js) when a prompt may show. Its class names are hearken-ui.js's (hearken-follow-up.js extends them).
  {
    input: 'src/prompt-entry.ts',
    output: { file: 'dist/hearken-prompt.js', format: 'iife' },
    // src's modules only define things, but for the two parts that leave their globals
    treeshake: { moduleSideEffects: (id) => !id.includes('/src/') || id.endsWith('-entry.ts') || id.endsWith('/src/core.ts') },
    plugins: [noBuiltInLocales(), nodeResolve(), ts(), minifyEager, shortClasses({ extend: uiClasses })],
  },
  // dist/hearken-follow-up.js — preact and the steps after the score; loaded by hearken-ui.js once the question is on screen.
  // Built after hearken-ui.js: its short class names extend that file's (one shadow root holds both).
  {
    input: 'src/later-entry.ts',
    output: { file: 'dist/hearken-follow-up.js', format: 'iife' },
    treeshake: { moduleSideEffects: (id) => !id.includes('/src/') || id.endsWith('-entry.ts') },
    plugins: [nodeResolve(), ts(), minify, shortClasses({ extend: uiClasses })],
  },
  // dist/locales/<tag>.js — one locale's texts each; a page loads only the one its prompt uses.
  {
    input: Object.fromEntries(LOCALES.map((tag) => [tag, VIRTUAL + tag])),
    output: { dir: 'dist/locales', format: 'es', entryFileNames: '[name].js' },
    plugins: [localeScripts(), ts({ outDir: 'dist/locales' }), minify],
  },
  // dist/hearken-messages.js — the words of the option checks' errors; loaded by the full script the first time an
  // attribute or option is refused.
  {
    input: 'src/messages-entry.ts',
    output: { file: 'dist/hearken-messages.js', format: 'iife' },
    treeshake: { moduleSideEffects: (id) => !id.includes('/src/') || id.endsWith('-entry.ts') },
    plugins: [nodeResolve(), ts(), minify],
  },
  // dist/hearken-pipelines.js — the segment and posthog transports; loaded by hearken.js at their first batch.
  {
    input: 'src/pipelines-entry.ts',
    output: { file: 'dist/hearken-pipelines.js', format: 'iife' },
    plugins: [nodeResolve(), ts(), minify],
  },
  // dist/index.js + dist/index.d.ts — the typed ESM build for bundlers; preact stays a dependency and the
  // UI is a chunk (dist/chunks/kit.js) behind a dynamic import.
  {
    // (`hearken/scoring`, src/scoring.ts: the scoring helpers' own entry, which re-exports their chunk)
    input: { index: 'src/index.ts', scoring: 'src/scoring.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js', sourcemap: true, hoistTransitiveImports: false,
      // the scoring helpers stand alone, so a dashboard importing them gets nothing else
      manualChunks: (id) => (id.includes('/src/surveys/') ? 'scoring' : undefined) },
    external: [/^preact/, /^@preact\//],
    // src's modules only define things (no import is there for its side effects): what createHearken does not
    // call stays in the chunks it imports later, rather than riding along with the light part
    treeshake: { moduleSideEffects: (id, external) => external },
    // dtsExtensions: the declarations' relative imports as Node's resolution (node16, nodenext) finds them
    plugins: [ts({ declaration: true, declarationDir: 'dist', stripInternal: true }), shortClasses(), dtsExtensions()],
  },
  // dist/collector.js (+ dist/collector/index.d.ts) — `hearken/collector`, the server side: Node, ESM. No browser
  // entry imports src/collector, so none of it reaches the bundles above.
  {
    input: 'src/collector/index.ts',
    output: { file: 'dist/collector.js', format: 'es', sourcemap: true },
    external: [/^node:/, 'pg', /^@electric-sql\//, 'better-sqlite3'],
    // noCheck: as `ts` above (tsconfig.collector.json is type-checked by `npm run typecheck`)
    plugins: [typescript({ tsconfig: './tsconfig.collector.json', declarationDir: 'dist', stripInternal: true, noCheck: true }), dtsExtensions()],
  },
];
