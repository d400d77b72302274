/**
 * The contrast of every text the prompt shows, computed in the page (WCAG 2.2's 1.4.3 formula), without axe-core.
 * axe's `color-contrast` leaves Arabic text out (it takes a run of Arabic letters for a ligature icon, it seems), so
 * the right-to-left states were checked only through the same colours in English; this measures them as they are.
 */
import type { Page } from 'playwright-core';

/** One text of the prompt: its contrast against what is under it, and what it needs. */
export interface TextContrast {
  text: string;
  /** `(L1 + 0.05) / (L2 + 0.05)`, unrounded (WCAG compares it as it is); `0` where the background could not be known (an image, an opacity). */
  ratio: number;
  /** 4.5, or 3 for large text (24 px, or 18.66 px bold). */
  needed: number;
  /** The colours compared, as `r,g,b` after compositing (or why they could not be). */
  fg: string;
  bg: string;
}

/**
 * Each text inside `<hearken-prompt>`'s shadow root that is rendered and not disabled (WCAG exempts inactive
 * controls): elements' own text, fields' values and, in empty fields, their placeholders. The background is the
 * element's and its ancestors' background colours composited over the page's white, across the shadow boundary; a
 * background image or an ancestor's opacity below 1 makes it unknown (ratio 0: a failure, to be looked at).
 */
export function textContrast(page: Page): Promise<TextContrast[]> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    // any CSS colour the browser computes (rgb(), color(srgb …) from color-mix, …) as r, g, b in 0–255 and alpha 0–1
    const rgba = (css: string): number[] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      return [d[0]!, d[1]!, d[2]!, d[3]! / 255];
    };
    const over = (top: number[], under: number[]) => [0, 1, 2].map((i) => top[3]! * top[i]! + (1 - top[3]!) * under[i]!).concat(1);
    const luminance = (c: number[]) =>
      [0.2126, 0.7152, 0.0722].reduce((sum, weight, i) => {
        const s = c[i]! / 255;
        return sum + weight * (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
      }, 0);
    const parent = (el: Element): Element | null => el.parentElement || ((el.getRootNode() as ShadowRoot).host ?? null);
    // the colour under `el`, or why it cannot be known
    const background = (el: Element): number[] | string => {
      const layers: number[][] = [];
      for (let at: Element | null = el; at; at = parent(at)) {
        const style = getComputedStyle(at);
        if (style.backgroundImage != 'none') return 'a background image on <' + at.localName + '>';
        if (Number(style.opacity) < 1) return 'opacity ' + style.opacity + ' on <' + at.localName + '>';
        const color = rgba(style.backgroundColor);
        if (color[3]! > 0) layers.push(color);
        if (color[3] == 1) break;
      }
      return layers.reduceRight((under, layer) => over(layer, under), [255, 255, 255, 1]);
    };
    const root = document.querySelector('hearken-prompt')!.shadowRoot!;
    const found: TextContrast[] = [];
    for (const el of root.querySelectorAll('*')) {
      if (!el.getClientRects().length || getComputedStyle(el).visibility != 'visible' || el.closest(':disabled')) continue;
      const field = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : undefined;
      const own = [...el.childNodes].filter((n) => n.nodeType == 3).map((n) => n.textContent).join('').trim();
      const text = field ? field.value || field.placeholder : own;
      if (!text || (field && /^(checkbox|radio)$/.test(field.type))) continue;
      const style = getComputedStyle(el, field && !field.value ? '::placeholder' : null);
      const size = parseFloat(style.fontSize);
      const needed = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700) ? 3 : 4.5;
      const under = background(el);
      if (typeof under == 'string') {
        found.push({ text, ratio: 0, needed, fg: style.color, bg: under });
        continue;
      }
      const fg = over(rgba(style.color), under);
      const [light, dark] = [luminance(fg), luminance(under)].sort((a, b) => b - a);
      found.push({ text, ratio: (light! + 0.05) / (dark! + 0.05), needed, fg: fg.slice(0, 3).map(Math.round).join(), bg: under.slice(0, 3).map(Math.round).join() });
    }
    return found;
  });
}

/** The texts of {@link textContrast} under their needed ratio. */
export const tooFaint = (texts: TextContrast[]) => texts.filter((t) => t.ratio < t.needed);

/** The texts of {@link textContrast} in Arabic letters (`ar`), or in Latin letters (any other locale the tests use). */
export const inScript = (texts: TextContrast[], locale: string) =>
  texts.filter((t) => (locale == 'ar' ? /[\u0600-\u06ff]/ : /[a-z]/i).test(t.text));
