/**
 * The prompt's whole stylesheet, adopted into its shadow root as a constructable stylesheet (so a
 * strict `style-src` CSP still applies it). Themable through these custom properties, set on the
 * page (e.g. `:root`) or on the `hearken-prompt` element: `--hearken-accent`, `--hearken-bg`,
 * `--hearken-fg`, `--hearken-radius`, `--hearken-font`, `--hearken-z`. Muted text and borders are
 * mixed from the foreground and background. `all:initial` on the card stops inherited page styles
 * (letter-spacing, text-transform…) that reach the host despite `:host`. Up to 480 px wide the side
 * padding and the scale's gaps shrink, so 11 NPS targets of 24 px fit a 320 px screen.
 */
export const css = `:host{all:initial;display:block}
.c{all:initial;display:block;--a:var(--hearken-accent,#2563eb);--b:var(--hearken-bg,#fff);--t:var(--hearken-fg,#1f2328);--m:color-mix(in srgb,var(--t) 72%,var(--b));--l:color-mix(in srgb,var(--t) 22%,var(--b));--r:var(--hearken-radius,14px);--e:#b42318;position:relative;box-sizing:border-box;padding:16px;background:var(--b);color:var(--t);font:14px/1.4 var(--hearken-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);border:1px solid var(--l);border-radius:var(--r);box-shadow:0 8px 28px #0003}
.dark{--b:var(--hearken-bg,#16191d);--t:var(--hearken-fg,#f0f3f6);--e:#ff9b91}
@media(prefers-color-scheme:dark){.auto{--b:var(--hearken-bg,#16191d);--t:var(--hearken-fg,#f0f3f6);--e:#ff9b91}}
.f{position:fixed;z-index:var(--hearken-z,2147483647);bottom:16px;inset-inline-end:16px;width:min(384px,calc(100vw - 32px));max-height:70vh;overflow:auto;animation:h .2s}
.bottom-left{inset-inline:16px auto}
.bottom,.center{inset-inline:0;margin-inline:auto}
.center{bottom:auto;top:50%;translate:0 -50%}
@keyframes h{from{opacity:0;transform:translateY(8px)}}
@media(max-width:480px){.f{inset:auto 0 0;width:auto;translate:none;margin:0;border-width:1px 0 0;border-radius:var(--r) var(--r) 0 0}.c{padding-inline:12px}.c .s{gap:2px}}
@media(prefers-reduced-motion:reduce){.f{animation:none}}
p,.q{display:block;margin:0}
.q{margin-bottom:12px;padding-inline-end:28px;font-weight:600;font-size:15px}
.d,.e,.h,.x,::placeholder{color:var(--m)}
button,textarea{font:inherit;color:inherit;cursor:pointer;border:1px solid var(--l);border-radius:8px;background:none;padding:0}
:focus-visible{outline:2px solid var(--t);outline-offset:2px}
.x{position:absolute;top:8px;inset-inline-end:8px;width:32px;height:32px;border:0;font-size:22px}
.s,.e,.r{display:flex;gap:4px}
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
.g label{display:inline-flex;align-items:center;gap:6px;margin:6px 6px 0 0;padding:2px 10px;min-height:32px;border:1px solid var(--m);border-radius:16px;cursor:pointer}
.g label:has(:checked){border-color:var(--a);background:color-mix(in srgb,var(--a) 14%,var(--b))}
.g+textarea{margin-top:12px}
input{accent-color:var(--a);width:18px;height:18px;margin:0;cursor:pointer}
.k label{display:flex;align-items:center;gap:8px;margin-top:8px;cursor:pointer}
.k .l{display:block}
#kv{display:block;box-sizing:border-box;width:100%;height:36px;margin-top:4px;padding:0 8px;font:inherit;color:inherit;background:var(--b);border:1px solid var(--m);border-radius:8px;cursor:text}
[aria-invalid=true]{border-color:var(--e)}
.er{margin-top:4px;color:var(--e)}
.ch{display:flex;flex-wrap:wrap;column-gap:16px}
.v{display:inline-flex;align-items:center;gap:6px;margin-top:12px;padding:0 16px;min-height:36px;border-radius:8px;text-decoration:none}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`;
