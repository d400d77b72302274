/**
 * The stylesheet of the steps after the question (the comment box, reasons, contact request, Skip/Send, the review
 * link), in the follow-up file with those steps. Added after the question's (src/ui/styles.ts), in the order these
 * rules had in the one stylesheet: `.hk-actions button`'s height before the coarse pointers' 44 px, the reasons'
 * and the link's after it, which is why that 44 px is `!important` (without, their own heights after it undid it:
 * 32 and 36 px on a touch screen). The build shortens class names by how often each is written
 * (scripts/short-classes.mjs), and another count changes the question's file too, so the contact rows' 24 px is in
 * their own rule: one more use of the contact request's class put the Vietnamese prompt over its 18 kB.
 * Words longer than the dialog is wide (a shop's own German compound, in its question or a chip) break anywhere: the
 * question's own stylesheet has no bytes left for that rule, so it reaches the question too from here, once this file
 * has come, a moment after the question is on screen.
 */
export const laterCss = `textarea{display:block;box-sizing:border-box;width:100%;min-height:80px;padding:8px;border-color:var(--hk-muted);background:var(--hk-bg);cursor:text;resize:vertical}
.hk-actions{display:flex;justify-content:flex-end;margin-top:12px}
.hk-actions>*+*{margin-inline-start:4px}
.hk-actions button{min-height:36px;padding:0 16px}
@media(pointer:coarse){.hk-actions button,.hk-reasons label,.hk-link-button{min-height:44px!important}}
fieldset{margin:12px 0 0;padding:0;border:0;min-width:0}
legend{padding:0;font-weight:600}
p,label,legend{overflow-wrap:anywhere}
.hk-hint{margin:2px 0 0}
.hk-reasons label{display:inline-flex;align-items:center;margin:6px 6px 0 0;padding:2px 10px;min-height:32px;border:1px solid var(--hk-muted);border-radius:16px;cursor:pointer}
.hk-reasons label>input,.hk-contact label>input{margin-inline-end:6px}
.hk-link-button>*+*{margin-inline-start:6px}
@supports(color:color-mix(in srgb,red 50%,blue)){.hk-reasons label:has(:checked){border-color:var(--hk-accent);background:color-mix(in srgb,var(--hk-accent) 14%,var(--hk-bg))}}
.hk-reasons+textarea{margin-top:12px}
input{accent-color:var(--hk-accent);width:18px;height:18px;margin:0;cursor:pointer}
.hk-contact label{display:flex;align-items:center;margin-top:8px;min-height:24px;cursor:pointer}
.hk-contact .hk-contact-label{display:block}
#hk-contact-value{display:block;box-sizing:border-box;width:100%;height:36px;margin-top:4px;padding:0 8px;font:inherit;color:inherit;background:var(--hk-bg);border:1px solid var(--hk-muted);border-radius:8px;cursor:text}
[aria-invalid=true]{border-color:var(--hk-error)}
.hk-error{margin-top:4px;color:var(--hk-error)}
.hk-channels{display:flex;flex-wrap:wrap}
.hk-channels>*{margin-inline-end:16px}
.hk-link-button{display:inline-flex;align-items:center;margin-top:12px;padding:0 16px;min-height:36px;border-radius:8px;text-decoration:none}`;
