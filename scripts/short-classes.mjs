import MagicString from 'magic-string';
import { brotliCompressSync, constants } from 'node:zlib';

/**
 * The prompt's class names, ids, custom properties and keyframes are readable in source and written with one
 * prefix (`hk-question`, `--hk-accent`, `@keyframes hk-rise`); this rollup plugin gives each prefixed name a short
 * one in the built files (`hk-question` → `a`), so readable names cost no bytes. See ARCHITECTURE.md.
 *
 * The map is the same for every chunk of a build and for the CSS text and the markup alike: every module is read
 * as it is transformed and the names are counted; the most used gets the first short name, the next the second, …
 * (ties in alphabetical order). Short names are letters, one then two, in an alphabet rotated by 0 to 25 places
 * (`a` … `z`, `aa` … or `b` … `a`, `bb` …): with `smallest` (the default), the rotation that makes the first chunk
 * holding names smallest once brotli-compressed (quality 11; the first on a tie), since which letters land where
 * moves the compressed size by some tens of bytes either way. So a build of the same source always gets the same
 * map. A name is replaced wherever it stands whole (not glued after a letter, digit, `_`, `$` or `word-`), in strings
 * and CSS alike; so a prefixed name must be written whole in source: the build fails on a prefix that no name
 * follows (`'hk-' + kind`). Unprefixed classes of the prompt (the theme, position and scale-style option values) are
 * longer than two letters, so no short name meets them.
 *
 * With `extend` (the plugin of a build made before this one, e.g. hearken-ui.js's for hearken-follow-up.js, whose
 * markup meets that file's stylesheet in one shadow root), the names of that build keep their short names and this
 * build's others get the next ones.
 * @param {{ prefix?: string, smallest?: boolean, extend?: { api: { map(): Map<string, string> | undefined } } }} [options]
 */
export function shortClasses({ prefix = 'hk-', smallest = true, extend } = {}) {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = '(?<![\\w$]|[\\w$]-)';
  const name = () => new RegExp(`${before}${escaped}[a-z0-9]+(?:-[a-z0-9]+)*`, 'g');
  const bare = () => new RegExp(`${before}${escaped}(?![a-z0-9])`, 'g');
  let counts = new Map();
  let map;
  return {
    name: 'hearken-short-classes',
    // for `extend`: the map this build made
    api: { map: () => map },
    buildStart() {
      counts = new Map();
      map = undefined;
    },
    transform(code) {
      for (const [found] of code.matchAll(name())) counts.set(found, (counts.get(found) || 0) + 1);
      return null;
    },
    renderChunk(code, chunk, options) {
      const stray = bare().exec(code);
      if (stray) this.error(`"${prefix}" with no name after it in ${chunk.fileName} (at ${stray.index}): write prefixed names whole`);
      const rewrite = (names) => {
        const out = new MagicString(code);
        for (const found of code.matchAll(name())) {
          const short = names.get(found[0]);
          if (!short) this.error(`"${found[0]}" in ${chunk.fileName} is in no module's source: write prefixed names whole`);
          out.overwrite(found.index, found.index + found[0].length, short);
        }
        return out;
      };
      if (!name().test(code)) return null;
      if (!map && extend) map = extendMap(extend.api.map(), counts);
      if (!map) {
        const rotations = Array.from({ length: smallest ? 26 : 1 }, (_, k) => shortMap(counts, k));
        const sizes = rotations.map((names) => brotliSize(rewrite(names).toString()));
        map = rotations[sizes.indexOf(Math.min(...sizes))];
      }
      const out = rewrite(map);
      return { code: out.toString(), map: options.sourcemap ? out.generateMap({ hires: true }) : null };
    },
  };
}

/**
 * `base` (another build's map: a file loaded into the same shadow root, whose names must agree), with the counted
 * names it lacks after its own, most used first, in its rotation.
 */
export function extendMap(base, counts) {
  if (!base) throw new Error('shortClasses({ extend }): the extended build has made no map yet (build it first)');
  const rotation = base.size ? (base.values().next().value.charCodeAt(0) - 97 + 26) % 26 : 0;
  const map = new Map(base);
  for (const long of shortMap(counts).keys()) if (!map.has(long)) map.set(long, shortName(map.size, rotation));
  return map;
}

/** The short name of each counted name: the most used first, ties alphabetically; letters rotated by `rotation`. */
export function shortMap(counts, rotation = 0) {
  const names = [...counts.keys()].sort((x, y) => counts.get(y) - counts.get(x) || (x < y ? -1 : 1));
  return new Map(names.map((long, i) => [long, shortName(i, rotation)]));
}

/** `a` … `z`, `aa` … `az`, `ba` …: the `i`-th short name (from 0), letters only, so a valid CSS identifier. */
export function shortName(i, rotation = 0) {
  let out = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(97 + ((n - 1 + rotation) % 26)) + out;
  return out;
}

const brotliSize = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
