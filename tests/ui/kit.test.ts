// @vitest-environment jsdom
/**
 * The kit (src/ui/kit.ts): what dist/hearken-ui.js hands to dist/hearken.js, and the npm build loads on demand:
 * enough to turn options into a prompt on the page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KIT_KEY, kit } from '../../src/ui/kit';
import { radios, shadow, spies } from '../dom';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the prompt kit', () => {
  it('turns options and the page languages into a prompt drawn in the visitor language', () => {
    const report = vi.fn();
    const prompt = kit.resolvePrompt({ survey: 'csat', subject: 'der Kasse' }, ['de-AT', 'en'], report);
    const calls = spies();
    kit.renderPrompt(document.body, { ...prompt, style: 'numbers', position: 'bottom-right', theme: 'auto', inline: false }, calls);
    expect(shadow().querySelector('[role=dialog]')!.getAttribute('lang')).toBe('de');
    expect(shadow().textContent).toContain('Wie zufrieden sind Sie mit der Kasse?');
    expect(radios()).toHaveLength(5);
    radios()[4]!.click();
    expect(calls.onScore).toHaveBeenCalledWith(5);
    expect(report).not.toHaveBeenCalled();
  });

  it('reports a scale the survey is not asked on, and draws the default one', () => {
    const report = vi.fn();
    const prompt = kit.resolvePrompt({ survey: 'ces', scale: 10 }, [], report);
    expect(prompt.scale).toEqual({ min: 1, max: 7 });
    expect(report).toHaveBeenCalledWith('[hearken] scale must be 5 or 7 for ces, got "10"');
  });

  it('is found under the global both bundles agree on', () => {
    expect(KIT_KEY).toBe('__hearkenKit');
  });
});
