/**
 * The prompt's whole stylesheet. Themable through these custom properties, set on the page (e.g.
 * `:root`) or on the `hearken-prompt` element: `--hearken-accent`, `--hearken-bg`, `--hearken-fg`,
 * `--hearken-radius`, `--hearken-font`, `--hearken-z`. Muted text and borders are mixed from the
 * foreground and background where `color-mix()` exists (Chrome 111, Firefox 113, Safari 16.2); before,
 * muted text is the foreground and borders a translucent grey. `all:initial` on the card stops
 * inherited page styles (letter-spacing, text-transform…) that reach the host despite `:host`. Up to
 * 480 px wide the side padding and the scale's gaps shrink, so 11 NPS targets of 24 px fit a 320 px screen.
 *
 * Written for the oldest browsers hearken claims (Chrome 80, Firefox 78, Safari 13.1): physical insets
 * mirrored by `[dir=rtl]` instead of `inset-inline`, `transform` instead of `translate`, margins instead
 * of flex `gap`, `max-width` instead of `min()`.
 */
export const css = `:host{all:initial;display:block}
.c{all:initial;display:block;--a:var(--hearken-accent,#2563eb);--b:var(--hearken-bg,#fff);--t:var(--hearken-fg,#1f2328);--m:var(--t);--l:#8888;--r:var(--hearken-radius,14px);--e:#b42318;position:relative;box-sizing:border-box;padding:16px;background:var(--b);color:var(--t);font:14px/1.4 var(--hearken-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);border:1px solid var(--l);border-radius:var(--r);box-shadow:0 8px 28px #0003}
@supports(color:color-mix(in srgb,red 50%,blue)){.c{--m:color-mix(in srgb,var(--t) 72%,var(--b));--l:color-mix(in srgb,var(--t) 22%,var(--b))}}
.dark{--b:var(--hearken-bg,#16191d);--t:var(--hearken-fg,#f0f3f6);--e:#ff9b91}
@media(prefers-color-scheme:dark){.auto{--b:var(--hearken-bg,#16191d);--t:var(--hearken-fg,#f0f3f6);--e:#ff9b91}}
.f{position:fixed;z-index:var(--hearken-z,2147483647);bottom:calc(16px + var(--hearken-offset,0px));right:16px;width:384px;max-width:calc(100vw - 32px);max-height:70vh;overflow:auto;animation:h .2s}
.bottom-left,[dir=rtl].f{right:auto;left:16px}
[dir=rtl].bottom-left{left:auto;right:16px}
.f.bottom,.f.center{left:0;right:0;margin:0 auto}
.center{bottom:auto;top:50%;transform:translateY(-50%);animation-name:o}
@keyframes h{from{opacity:0;transform:translateY(8px)}}
@keyframes o{from{opacity:0}}
@media(max-width:480px){.c.f{top:auto;right:0;bottom:var(--hearken-offset,0px);left:0;width:auto;max-width:none;transform:none;margin:0;border-width:1px 0 0;border-radius:var(--r) var(--r) 0 0}.c{padding-left:12px;padding-right:12px}.c .s>*+*{margin-inline-start:2px}}
@media(prefers-reduced-motion:reduce){.f{animation:none}}
p,.q{display:block;margin:0}
.q{margin-bottom:12px;padding-inline-end:28px;font-weight:600;font-size:15px}
.d,.e,.h,.x,::placeholder{color:var(--m)}
button,textarea{font:inherit;color:inherit;cursor:pointer;border:1px solid var(--l);border-radius:8px;background:none;padding:0;margin:0}
:focus-visible{outline:2px solid var(--t);outline-offset:2px}
.x{position:absolute;top:8px;right:8px;width:32px;height:32px;border:0;font-size:22px}
[dir=rtl] .x{right:auto;left:8px}
.s,.e,.r{display:flex}
.s>*+*,.r>*+*{margin-inline-start:4px}
.s button{flex:1;min-width:24px;min-height:36px}
.s button:hover,.p{background:var(--a);border-color:var(--a);color:#fff}
.stars button,.faces button{border:0;color:var(--m);font-size:28px}
.stars button:hover,.faces button:hover,.stars:hover button{background:none;color:var(--a)}
.stars button:hover~button{color:var(--m)}
svg{width:28px;height:28px;fill:none;stroke:currentColor;stroke-width:1.5;stroke-linecap:round}
.e{justify-content:space-between;margin-top:6px;font-size:12px}
textarea{display:block;box-sizing:border-box;width:100%;min-height:80px;padding:8px;border-color:var(--m);background:var(--b);cursor:text;resize:vertical}
.r{justify-content:flex-end;margin-top:12px}
.r button{min-height:36px;padding:0 16px}
@media(pointer:coarse){.s button,.r button,.g label,.v{min-height:44px}}
fieldset{margin:12px 0 0;padding:0;border:0;min-width:0}
legend{padding:0;font-weight:600}
.h{margin:2px 0 0}
.g label{display:inline-flex;align-items:center;margin:6px 6px 0 0;padding:2px 10px;min-height:32px;border:1px solid var(--m);border-radius:16px;cursor:pointer}
.g label>*+*,.k label>*+*,.v>*+*{margin-inline-start:6px}
@supports(color:color-mix(in srgb,red 50%,blue)){.g label:has(:checked){border-color:var(--a);background:color-mix(in srgb,var(--a) 14%,var(--b))}}
.g+textarea{margin-top:12px}
input{accent-color:var(--a);width:18px;height:18px;margin:0;cursor:pointer}
.k label{display:flex;align-items:center;margin-top:8px;cursor:pointer}
.k .l{display:block}
#kv{display:block;box-sizing:border-box;width:100%;height:36px;margin-top:4px;padding:0 8px;font:inherit;color:inherit;background:var(--b);border:1px solid var(--m);border-radius:8px;cursor:text}
[aria-invalid=true]{border-color:var(--e)}
.er{margin-top:4px;color:var(--e)}
.ch{display:flex;flex-wrap:wrap}
.ch>*{margin-inline-end:16px}
.v{display:inline-flex;align-items:center;margin-top:12px;padding:0 16px;min-height:36px;border-radius:8px;text-decoration:none}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}`;

/** The nonce of hearken's own script tag, else of any script of the page (Safari before 15.4 has no `nonce` property). */
function pageNonce(doc: Document): string | undefined {
  const script = doc.querySelector<HTMLScriptElement>('script[src*="hearken"][nonce]') || doc.querySelector<HTMLScriptElement>('script[nonce]');
  return (script && (script.nonce || script.getAttribute('nonce'))) || undefined;
}

/**
 * Gives a shadow root the stylesheet: adopted as a constructable sheet where the browser has them
 * (Chrome 73, Firefox 101, Safari 16.4), which a strict `style-src` CSP allows; else appended as a
 * `<style>` element carrying the nonce of the page's scripts, which a nonce policy allows. Call it
 * after the first render into `root` (preact removes children it did not render).
 */
export function adoptStyles(root: ShadowRoot, doc: Document): void {
  try {
    const sheet = new doc.defaultView!.CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // No constructable stylesheets: the <style> element below.
  }
  const style = doc.createElement('style');
  const nonce = pageNonce(doc);
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = css;
  root.appendChild(style);
}
