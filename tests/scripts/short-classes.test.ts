/**
 * The build's shortening of the prompt's prefixed names (scripts/short-classes.mjs): one map for the CSS text and
 * the markup of every chunk, the same on every build, and a failed build rather than a name left half renamed.
 */
import { describe, expect, it } from 'vitest';
import { brotliCompressSync, constants } from 'node:zlib';
import { rollup, type Plugin } from 'rollup';
import { shortClasses, shortMap, shortName } from '../../scripts/short-classes.mjs';

/** Modules served from memory: `main` is the entry. */
function memory(files: Record<string, string>): Plugin {
  return {
    name: 'memory',
    resolveId: (id) => (id.replace('./', '') in files ? id.replace('./', '') : null),
    load: (id) => files[id] ?? null,
  };
}

/** Builds `files` with the plugin (the alphabet not rotated unless `smallest`); the output chunks' code by file name. */
async function build(files: Record<string, string>, sourcemap = false, smallest = false): Promise<Record<string, { code: string; map?: unknown }>> {
  const bundle = await rollup({ input: 'main', plugins: [memory(files), shortClasses({ smallest })], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', sourcemap });
  return Object.fromEntries(output.flatMap((o) => (o.type == 'chunk' ? [[o.fileName, { code: o.code, map: o.map }]] : [])));
}

const CSS = "export const css = '.hk-card{--hk-accent:var(--hearken-accent,blue);color:var(--hk-accent);animation:hk-rise 1s}.hk-card .hk-close{}#hk-field{}@keyframes hk-rise{}';";
const MARKUP = "export const markup = '<div class=\"hk-card dark\"><button class=\"hk-close\"></button><input id=\"hk-field\" data-hk-keep=\"1\"></div>';";

describe('shortClasses', () => {
  it('gives a name the same short name in the CSS text and in the markup, and leaves the rest alone', async () => {
    const { code } = (await build({ main: CSS + MARKUP }))['main.js']!;
    expect(code).not.toMatch(/(^|[^-\w])hk-/);
    // hk-card is used most: `a`; then hk-accent, hk-close, hk-field, hk-rise, twice each: `b` to `e`
    expect(code).toContain(".a{--b:var(--hearken-accent,blue);color:var(--b);animation:e 1s}.a .c{}#d{}@keyframes e{}");
    expect(code).toContain('<div class="a dark"><button class="c"></button><input id="d"');
    // the page's custom properties, the theme class and attributes glued to a word are not the prompt's names
    expect(code).toContain('var(--hearken-accent,blue)');
    expect(code).toContain('data-hk-keep');
  });

  it('gives the same map on every build, whatever the order the modules are read in', async () => {
    const modules = { a: "export const a = 'hk-close hk-card';", b: "export const b = '.hk-card{}.hk-primary{}';" };
    const ab = (await build({ ...modules, main: "export * from './a'; export * from './b';" }))['main.js']!.code;
    const ba = (await build({ ...modules, main: "export * from './b'; export * from './a';" }))['main.js']!.code;
    // hk-card twice: `a`; then hk-close and hk-primary alphabetically
    expect(ab).toContain("a = 'b a'");
    expect(ab).toContain("b = '.a{}.c{}'");
    expect(ba).toContain("a = 'b a'");
    expect(ba).toContain("b = '.a{}.c{}'");
  });

  it('uses one map for all the chunks of a build', async () => {
    const chunks = await build({
      main: "export const open = () => import('./ui'); export const cls = 'hk-primary';",
      ui: "export const css = '.hk-close{}.hk-primary{}'; export const markup = 'hk-primary hk-close';",
    });
    const main = chunks['main.js']!.code;
    const ui = Object.entries(chunks).find(([name]) => name != 'main.js')![1].code;
    const primary = /cls = '(\w+)'/.exec(main)![1]!;
    expect(ui).toContain(`.${primary}{}`);
    expect(ui).toMatch(new RegExp(`'${primary} \\w+'`));
  });

  it('with smallest, rotates the letters to the map that brotli compresses best, the same on every build', async () => {
    const files = { main: (CSS + MARKUP).repeat(3).replace(/export const (\w+)/g, (_, v, at) => `export const ${v}${at}`) };
    const brotli = (code: string) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const plain = (await build(files))['main.js']!.code;
    const smallest = (await build(files, false, true))['main.js']!.code;
    expect(brotli(smallest)).toBeLessThan(brotli(plain));
    expect((await build(files, false, true))['main.js']!.code).toBe(smallest);
    expect(smallest).not.toMatch(/(^|[^-\w])hk-/);
  });

  it('keeps the source map of a build that makes one', async () => {
    const { map } = (await build({ main: CSS }, true))['main.js']!;
    expect(map).toMatchObject({ sources: ['main'], mappings: expect.any(String) });
  });

  it('fails the build on a prefix with no name after it, which it could not rename', async () => {
    await expect(build({ main: "export const cls = (kind) => 'hk-' + kind;" })).rejects.toThrow(/"hk-" with no name after it in main\.js/);
  });
});

describe('shortClasses({ extend })', () => {
  it("gives a second build's names the first build's short names, and its own names the next ones", async () => {
    const first = shortClasses({ smallest: false });
    const one = await rollup({ input: 'main', plugins: [memory({ main: "export const a = 'hk-card hk-card hk-close';" }), first], onwarn: () => {} });
    expect((await one.generate({ format: 'es' })).output[0].code).toContain("a = 'a a b'");
    const two = await rollup({ input: 'main', plugins: [memory({ main: "export const b = 'hk-close hk-reasons hk-reasons hk-card';" }), shortClasses({ extend: first })], onwarn: () => {} });
    expect((await two.generate({ format: 'es' })).output[0].code).toContain("b = 'b c c a'");
  });

  it('fails when the extended build has made no map yet', async () => {
    const two = await rollup({ input: 'main', plugins: [memory({ main: "export const b = 'hk-card';" }), shortClasses({ extend: shortClasses() })], onwarn: () => {} });
    await expect(two.generate({ format: 'es' })).rejects.toThrow('build it first');
  });
});

describe('shortMap', () => {
  it('gives the shortest names to the most used, ties in alphabetical order', () => {
    const map = shortMap(new Map([['hk-b', 1], ['hk-a', 1], ['hk-c', 5]]));
    expect([...map]).toEqual([['hk-c', 'a'], ['hk-a', 'b'], ['hk-b', 'c']]);
  });
});

describe('shortName', () => {
  it('rotates the alphabet when asked, each name still its own', () => {
    expect([0, 1, 25, 26, 27].map((i) => shortName(i, 1))).toEqual(['b', 'c', 'a', 'bb', 'bc']);
    const names = Array.from({ length: 800 }, (_, i) => shortName(i, 7));
    expect(new Set(names).size).toBe(800);
  });

  it.each([
    [0, 'a'],
    [25, 'z'],
    [26, 'aa'],
    [27, 'ab'],
    [51, 'az'],
    [52, 'ba'],
    [701, 'zz'],
    [702, 'aaa'],
  ])('numbers the names %i → %s: letters only, each used once', (i, name) => {
    expect(shortName(i)).toBe(name);
  });
});
