import { laterCss } from './later-styles';

/**
 * The question step's stylesheet (the card, the close button, the scale, the live region); the later steps add
 * theirs (src/ui/later-styles.ts) when they arrive. Themable through these custom properties, set on the page (e.g.
 * `:root`) or on the `hearken-prompt` element: `--hearken-accent`, `--hearken-bg`, `--hearken-fg`,
 * `--hearken-radius`, `--hearken-font`, `--hearken-z`. Muted text and borders are mixed from the
 * foreground and background where `color-mix()` exists (Chrome 111, Firefox 113, Safari 16.2); before,
 * muted text is the foreground and borders a translucent grey. `all:initial` on the card stops
 * inherited page styles (letter-spacing, text-transform…) that reach the host despite `:host`. Up to
 * 480 px wide the side padding and the scale's gaps shrink, so 11 NPS targets of 24 px fit a 320 px screen.
 * The NPS question sets its text in two fonts only, the card's and the question's semibold: each other size or
 * weight is one more font for the browser to look up in the first frame (on Linux a round trip to the browser
 * process each), so the close button draws its cross and the scale's ends keep the card's size.
 *
 * Written for the oldest browsers hearken claims (Chrome 80, Firefox 78, Safari 13.1): physical insets
 * mirrored by `[dir=rtl]` instead of `inset-inline`, `transform` instead of `translate`, margins instead
 * of flex `gap`, `max-width` instead of `min()`.
 *
 * Its own classes, ids, custom properties and keyframes are readable and start with `hk` and a dash; the builds
 * shorten each to a letter or two (scripts/short-classes.mjs), so write them whole, never glued from parts.
 */
export const questionCss = `:host{all:initial;display:block}
.hk-card{all:initial;display:block;--hk-accent:var(--hearken-accent,#2563eb);--hk-bg:var(--hearken-bg,#fff);--hk-fg:var(--hearken-fg,#1f2328);--hk-muted:var(--hk-fg);--hk-line:#8888;--hk-radius:var(--hearken-radius,14px);--hk-error:#b42318;position:relative;box-sizing:border-box;padding:16px;background:var(--hk-bg);color:var(--hk-fg);font:14px/1.4 var(--hearken-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);border:1px solid var(--hk-line);border-radius:var(--hk-radius);box-shadow:0 8px 28px #0003}
@supports(color:color-mix(in srgb,red 50%,blue)){.hk-card{--hk-muted:color-mix(in srgb,var(--hk-fg) 72%,var(--hk-bg));--hk-line:color-mix(in srgb,var(--hk-fg) 22%,var(--hk-bg))}}
.dark{--hk-bg:var(--hearken-bg,#16191d);--hk-fg:var(--hearken-fg,#f0f3f6);--hk-error:#ff9b91}
@media(prefers-color-scheme:dark){.auto{--hk-bg:var(--hearken-bg,#16191d);--hk-fg:var(--hearken-fg,#f0f3f6);--hk-error:#ff9b91}}
.hk-floating{position:fixed;z-index:var(--hearken-z,2147483647);bottom:calc(16px + var(--hearken-offset,0px));right:16px;width:384px;max-width:calc(100vw - 32px);max-height:70vh;overflow:auto;animation:hk-rise .2s}
.bottom-left,[dir=rtl].hk-floating{right:auto;left:16px}
[dir=rtl].bottom-left{left:auto;right:16px}
.hk-floating.bottom,.hk-floating.center{left:0;right:0;margin:0 auto}
.center{bottom:auto;top:50%;transform:translateY(-50%);animation-name:hk-fade}
@keyframes hk-rise{from{opacity:0;transform:translateY(8px)}}
@keyframes hk-fade{from{opacity:0}}
@media(max-width:480px){.hk-card.hk-floating{top:auto;right:0;bottom:var(--hearken-offset,0px);left:0;width:auto;max-width:none;transform:none;margin:0;border-width:1px 0 0;border-radius:var(--hk-radius) var(--hk-radius) 0 0}.hk-card{padding-left:12px;padding-right:12px}.hk-card .hk-scale>*+*{margin-inline-start:2px}}
@media(prefers-reduced-motion:reduce){.hk-floating{animation:none}}
p,.hk-question{display:block;margin:0}
.hk-question{margin-bottom:12px;padding-inline-end:28px;font-weight:600;font-size:15px}
.hk-detail,.hk-scale-ends,.hk-hint,.hk-close,::placeholder{color:var(--hk-muted)}
button,textarea{font:inherit;color:inherit;cursor:pointer;border:1px solid var(--hk-line);border-radius:8px;background:none;padding:0;margin:0}
:focus-visible{outline:2px solid var(--hk-fg);outline-offset:2px}
.hk-close{position:absolute;top:8px;right:8px;width:32px;height:32px;border:0}
[dir=rtl] .hk-close{right:auto;left:8px}
.hk-scale,.hk-scale-ends{display:flex}
.hk-scale>*+*{margin-inline-start:4px}
.hk-scale button{flex:1;min-width:24px;min-height:36px}
.hk-scale button:hover,.hk-primary{background:var(--hk-accent);border-color:var(--hk-accent);color:#fff}
.stars button,.faces button{border:0;color:var(--hk-muted);font-size:28px}
.stars button:hover,.faces button:hover,.stars:hover button{background:none;color:var(--hk-accent)}
.stars button:hover~button{color:var(--hk-muted)}
svg{width:28px;height:28px;fill:none;stroke:currentColor;stroke-width:1.5;stroke-linecap:round}
.hk-scale-ends{justify-content:space-between;margin-top:6px}
@media(pointer:coarse){.hk-scale button{min-height:44px}}
.hk-step{display:contents}
.hk-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}`;

/** The whole stylesheet: the question's, then the later steps' (src/ui/later-styles.ts). */
export const css = questionCss + '\n' + laterCss;

/** The nonce of hearken's own script tag, else of any script of the page (Safari before 15.4 has no `nonce` property). */
function pageNonce(doc: Document): string | undefined {
  const script = doc.querySelector<HTMLScriptElement>('script[src*="hearken"][nonce]') || doc.querySelector<HTMLScriptElement>('script[nonce]');
  return (script && (script.nonce || script.getAttribute('nonce'))) || undefined;
}

/**
 * Gives a shadow root a stylesheet (`text`), after those it has: adopted as a constructable sheet where the browser has them
 * (Chrome 73, Firefox 101, Safari 16.4), which a strict `style-src` CSP allows; else appended as a
 * `<style>` element carrying the nonce of the page's scripts, which a nonce policy allows.
 */
export function adoptStyles(root: ShadowRoot, doc: Document, text: string): void {
  try {
    const sheet = new doc.defaultView!.CSSStyleSheet();
    sheet.replaceSync(text);
    // after the sheets it has: the later steps' rules come after the question's
    root.adoptedStyleSheets = [...(root.adoptedStyleSheets || []), sheet];
    return;
  } catch {
    // No constructable stylesheets: the <style> element below.
  }
  const style = doc.createElement('style');
  const nonce = pageNonce(doc);
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = text;
  root.appendChild(style);
}
