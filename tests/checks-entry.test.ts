// @vitest-environment jsdom
/**
 * dist/hearken-checks.js's entry (src/checks-entry.ts): what it leaves on window for hearken.js, and that it answers
 * once per page view, so that a light start whose gate still wants the checks after a first "right" cannot ask
 * again and again (the full script comes instead).
 */
import { beforeEach, expect, it } from 'vitest';
import { CHECKS_GLOBAL } from '../src/storage/index';
import type { CheckAttributes } from '../src/loader/index';

beforeEach(() => localStorage.clear());

it('leaves the checks on window: right attributes are remembered and answered true; asked a second time on the same page, it answers false', async () => {
  await import('../src/checks-entry');
  const check = (window as unknown as Record<string, CheckAttributes>)[CHECKS_GLOBAL]!;
  const script = document.createElement('script');
  script.setAttribute('data-endpoint', '/collect');
  script.setAttribute('data-trigger', 'manual');
  expect(check(window, script)).toBe(true);
  expect(localStorage.getItem('hearken:checked')).not.toBeNull();
  expect(check(window, script)).toBe(false);
});
