// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPrompt } from '../../src/ui/render';
import { css } from '../../src/ui/styles';
import { dialogName, model, radios, settle, shadow, spies, texts } from '../dom';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('renderPrompt', () => {
  it('draws NPS as 11 named radios in a radio group labelled by the question', () => {
    renderPrompt(document.body, model(), spies());
    const root = shadow();
    const dialog = root.querySelector('[role=dialog]')!;
    const group = root.querySelector('[role=radiogroup]')!;
    const label = root.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(label.textContent).toBe(texts.npsQuestion);
    expect(group.getAttribute('aria-labelledby')).toBe(label.id);
    const names = radios().map((r) => r.getAttribute('aria-label'));
    expect(names).toHaveLength(11);
    expect(names[0]).toBe('0 of 10, Not at all likely');
    expect(names[5]).toBe('5 of 10');
    expect(names[10]).toBe('10 of 10, Extremely likely');
    expect(radios().map((r) => r.textContent).join(' ')).toBe('0 1 2 3 4 5 6 7 8 9 10');
    expect(radios().every((r) => r.getAttribute('aria-checked') == 'false')).toBe(true);
    expect(root.textContent).toContain(texts.npsLow);
    expect(root.textContent).toContain(texts.npsHigh);
  });

  it('draws CSAT stars and faces with five named options', () => {
    renderPrompt(document.body, model({ survey: 'csat', scale: { min: 1, max: 5 }, style: 'stars', lowLabel: 'Bad', highLabel: 'Good' }), spies());
    renderPrompt(document.body, model({ survey: 'csat', scale: { min: 1, max: 5 }, style: 'faces', lowLabel: 'Bad', highLabel: 'Good' }), spies());
    const stars = radios(shadow(0));
    expect(stars.map((r) => r.textContent)).toEqual(['★', '★', '★', '★', '★']);
    expect(stars[0]!.getAttribute('aria-label')).toBe('1 of 5, Bad');
    expect(stars[4]!.getAttribute('aria-label')).toBe('5 of 5, Good');
    const faces = radios(shadow(1));
    expect(faces).toHaveLength(5);
    expect(faces.every((r) => r.querySelector('svg[aria-hidden=true]'))).toBe(true);
    // The mouths differ: the first frowns, the last smiles.
    expect(faces[0]!.querySelector('path')!.getAttribute('d')).not.toBe(faces[4]!.querySelector('path')!.getAttribute('d'));
  });

  it('draws CES on 1–7 and on 1–5', () => {
    renderPrompt(document.body, model({ survey: 'ces', scale: { min: 1, max: 7 } }), spies());
    renderPrompt(document.body, model({ survey: 'ces', scale: { min: 1, max: 5 } }), spies());
    expect(radios(shadow(0)).map((r) => r.textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(radios(shadow(0))[6]!.getAttribute('aria-label')).toBe('7 of 7, Extremely likely');
    expect(radios(shadow(1))).toHaveLength(5);
  });

  it('offers one tab stop, on the first option', () => {
    renderPrompt(document.body, model(), spies());
    expect(radios().map((r) => r.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]);
  });

  it('takes no focus when shown', () => {
    const field = document.body.appendChild(document.createElement('input'));
    field.focus();
    renderPrompt(document.body, model(), spies());
    vi.runAllTimers();
    expect(document.activeElement).toBe(field);
    expect(shadow().activeElement).toBeNull();
  });

  it('announces the question politely once shown', async () => {
    renderPrompt(document.body, model(), spies());
    const live = shadow().querySelector('[aria-live=polite]')!;
    expect(live.textContent).toBe('');
    vi.advanceTimersByTime(100);
    await settle();
    expect(live.textContent).toBe(texts.npsQuestion);
  });

  it('shows markup in config text as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    renderPrompt(document.body, model({ question: evil, lowLabel: evil }), spies());
    const root = shadow();
    expect(root.querySelector('img')).toBeNull();
    expect(dialogName(root)).toBe(evil);
    expect(document.querySelector('img')).toBeNull();
  });

  it('sets the direction, language, position and theme on the dialog', () => {
    renderPrompt(document.body, model({ dir: 'rtl', locale: 'ar', position: 'bottom-left', theme: 'dark' }), spies());
    const dialog = shadow().querySelector('[role=dialog]')!;
    expect(dialog.getAttribute('dir')).toBe('rtl');
    expect(dialog.getAttribute('lang')).toBe('ar');
    expect(dialog.classList.contains('hk-floating')).toBe(true);
    expect(dialog.classList.contains('bottom-left')).toBe(true);
    expect(dialog.classList.contains('dark')).toBe(true);
  });

  it('renders inline prompts in the page flow inside their target', () => {
    const target = document.body.appendChild(document.createElement('div'));
    renderPrompt(target, model({ inline: true }), spies());
    expect(target.querySelector('hearken-prompt')).not.toBeNull();
    expect(shadow().querySelector('[role=dialog]')!.classList.contains('hk-floating')).toBe(false);
  });

  it('gives a floating prompt\'s host no box of its own (no grid row or flex item in the page), an inline one a block', () => {
    renderPrompt(document.body, model(), spies());
    const target = document.body.appendChild(document.createElement('div'));
    renderPrompt(target, model({ inline: true }), spies());
    const [floating, inline] = Array.from(document.querySelectorAll<HTMLElement>('hearken-prompt'));
    expect([floating!.parentElement, inline!.parentElement]).toEqual([document.body, target]);
    expect(floating!.style.getPropertyValue('display')).toBe('contents');
    expect(floating!.style.getPropertyPriority('display')).toBe('important');
    expect(inline!.style.getPropertyValue('display')).toBe('');
  });

  it('passes the accent as a custom property, without a style element', () => {
    renderPrompt(document.body, model({ accent: '#c0ffee' }), spies());
    const host = document.querySelector('hearken-prompt') as HTMLElement;
    expect(host.style.getPropertyValue('--hearken-accent')).toBe('#c0ffee');
    expect(shadow().querySelector('style,[style]')).toBeNull();
  });

  it('adopts the stylesheet when the browser can construct one', () => {
    class Sheet {
      text = '';
      replaceSync(text: string) {
        this.text = text;
      }
    }
    vi.stubGlobal('CSSStyleSheet', Sheet);
    try {
      renderPrompt(document.body, model(), spies());
      const adopted = (shadow() as unknown as { adoptedStyleSheets: Sheet[] }).adoptedStyleSheets;
      // the question's sheet, then the later steps' (built in here): the whole stylesheet, in its order
      expect(adopted.map((sheet) => sheet.text).join('\n')).toBe(css);
      expect(adopted[0]!.text).toContain('--hearken-accent');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps two prompts on one page apart', async () => {
    const a = spies();
    const b = spies();
    renderPrompt(document.body, model(), a);
    renderPrompt(document.body, model(), b);
    radios(shadow(0))[9]!.click();
    await settle();
    expect(a.onScore).toHaveBeenCalledWith(9);
    expect(b.onScore).not.toHaveBeenCalled();
    expect(shadow(0).querySelector('textarea')).not.toBeNull();
    expect(radios(shadow(1))).toHaveLength(11);
  });

  it('destroy() removes the host; close() hides without calling back', async () => {
    const calls = spies();
    const handle = renderPrompt(document.body, model(), calls);
    handle.close();
    await settle();
    expect(shadow().querySelector('[role=dialog]')).toBeNull();
    handle.destroy();
    expect(document.querySelector('hearken-prompt')).toBeNull();
    vi.runAllTimers();
    expect(calls.onClose).not.toHaveBeenCalled();
  });
});
