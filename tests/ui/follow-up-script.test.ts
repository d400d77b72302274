// @vitest-environment jsdom
/** The script tag's follow-up file (src/ui/follow-up-script.ts): loaded beside hearken.js, it leaves its kit on a global. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FOLLOW_UP_FILE, scriptFollowUp } from '../../src/ui/follow-up-script';

type Global = Window & { __hearkenFollowUp?: unknown };
const win = window as Global;
afterEach(() => {
  delete win.__hearkenFollowUp;
});

describe('scriptFollowUp', () => {
  it('loads hearken-follow-up.js with the loader it is given and takes the kit it leaves', async () => {
    const kit = { steps: {}, resolveFollowUp: vi.fn() };
    const load = vi.fn(async () => void (win.__hearkenFollowUp = kit));
    const got = await scriptFollowUp(window, load)();
    expect(load.mock.calls).toEqual([[FOLLOW_UP_FILE]]);
    expect(FOLLOW_UP_FILE).toBe('hearken-follow-up.js');
    expect(got).toBe(kit);
  });

  it('says to copy the file beside hearken.js when it did not load', async () => {
    const load = vi.fn(() => Promise.reject(new Error('could not load https://shop.test/js/hearken-follow-up.js')));
    await expect(scriptFollowUp(window, load)()).rejects.toThrow(
      'could not load https://shop.test/js/hearken-follow-up.js: copy hearken-follow-up.js beside hearken.js',
    );
  });

  it('says so when what loaded is not hearken\'s follow-up file', async () => {
    const load = vi.fn(async () => void (win.__hearkenFollowUp = 'something else'));
    await expect(scriptFollowUp(window, load)()).rejects.toThrow("hearken-follow-up.js is not hearken's: copy hearken-follow-up.js beside hearken.js");
  });

  it('starts a load cut short again when the page comes back from the back/forward cache', async () => {
    const kit = { steps: {}, resolveFollowUp: vi.fn() };
    const load = vi
      .fn<(path: string) => Promise<void>>()
      .mockReturnValueOnce(new Promise(() => {}))
      .mockImplementation(async () => void (win.__hearkenFollowUp = kit));
    const loading = scriptFollowUp(window, load)();
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    expect(load).toHaveBeenCalledTimes(1);
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(await loading).toBe(kit);
    expect(load).toHaveBeenCalledTimes(2);
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(load).toHaveBeenCalledTimes(2);
  });
});
