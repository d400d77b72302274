import type { PromptKit } from '../ui/kit';
import { KIT_GLOBAL } from '../storage/index';


/**
 * Loads `dist/hearken-ui.js` from beside `dist/hearken.js` with a `<script>` element (which a
 * `script-src 'self'` policy allows; the nonce of hearken's own tag is passed on for nonce policies).
 * `url` turns a path beside hearken.js into the URL to load (a TrustedScriptURL where the page enforces
 * Trusted Types). The kit gets the same loader for its locale files. Loads once; a failed load may be
 * tried again.
 */
export function scriptKitLoader(win: Window, url: (path: string) => string, nonce?: string): () => Promise<PromptKit> {
  let loading: Promise<PromptKit> | undefined;
  const found = () => (win as unknown as Record<string, ((load: typeof loadScript) => PromptKit) | undefined>)[KIT_GLOBAL];
  const loadScript = (path: string) => {
    const doc = win.document;
    const script = doc.createElement('script');
    // may throw (a Trusted Types policy refused): the load fails for good, not to be tried again
    script.src = url(path);
    script.async = true;
    if (nonce) script.nonce = nonce;
    return new Promise<void>((resolve, reject) => {
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('could not load ' + script.src));
      (doc.head || doc.documentElement).appendChild(script);
    });
  };
  // A script that did not arrive may be tried again; one whose URL was refused (thrown above) may not.
  const loadKitScript = () =>
    loadScript('hearken-ui.js').catch((error: Error) => {
      loading = undefined;
      throw error;
    });
  return () =>
    loading ||
    (loading = new Promise<void>((resolve) => resolve(found() ? undefined : loadKitScript())).then(() =>
      found() ? found()!(loadScript) : Promise.reject(new Error(url('hearken-ui.js') + ' did not load the prompt')),
    ));
}
