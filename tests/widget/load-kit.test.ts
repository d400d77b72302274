// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { scriptKitLoader } from '../../src/widget/load-kit';
import { kit } from '../../src/ui/kit';
import { resetPage } from '../dom';

type Global = Window & { __hearkenKit?: unknown };
const win = window as unknown as Global;
const SRC = 'https://cdn.example/hearken/dist/hearken-ui.js';
const scripts = () => [...document.querySelectorAll('script')];

afterEach(() => {
  delete win.__hearkenKit;
  resetPage();
});

describe('scriptKitLoader', () => {
  it('adds one async <script> for dist/hearken-ui.js, with the nonce of hearken’s own tag, and resolves with the kit it leaves', async () => {
    const load = scriptKitLoader(window, SRC, 'n0nce');
    const loading = load();
    expect(load()).toBe(loading);
    expect(scripts()).toHaveLength(1);
    const script = scripts()[0]!;
    expect([script.src, script.async, script.nonce, script.parentNode]).toEqual([SRC, true, 'n0nce', document.head]);
    win.__hearkenKit = kit;
    script.dispatchEvent(new Event('load'));
    await expect(loading).resolves.toBe(kit);
    await expect(load()).resolves.toBe(kit);
    expect(scripts()).toHaveLength(1);
  });

  it('adds no nonce without one', () => {
    void scriptKitLoader(window, SRC)();
    expect(scripts()[0]!.hasAttribute('nonce')).toBe(false);
  });

  it('adds nothing when the kit is on the page already', async () => {
    win.__hearkenKit = kit;
    await expect(scriptKitLoader(window, SRC)()).resolves.toBe(kit);
    expect(scripts()).toEqual([]);
  });

  it('rejects, naming the file, when the script loads but leaves no kit', async () => {
    const loading = scriptKitLoader(window, SRC)();
    scripts()[0]!.dispatchEvent(new Event('load'));
    await expect(loading).rejects.toThrow(SRC + ' did not load the prompt');
  });

  it('rejects when the file cannot be loaded, and tries again on the next call', async () => {
    const load = scriptKitLoader(window, SRC);
    const first = load();
    scripts()[0]!.dispatchEvent(new Event('error'));
    await expect(first).rejects.toThrow('could not load ' + SRC);
    const second = load();
    expect(second).not.toBe(first);
    expect(scripts()).toHaveLength(2);
    win.__hearkenKit = kit;
    scripts()[1]!.dispatchEvent(new Event('load'));
    await expect(second).resolves.toBe(kit);
  });
});
