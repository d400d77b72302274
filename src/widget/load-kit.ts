import type { PromptKit } from '../ui/kit';
import { KIT_GLOBAL } from '../storage/index';


/**
 * Loads `dist/hearken-ui.js` from beside `dist/hearken.js` with a `<script>` element (which a
 * `script-src 'self'` policy allows; the nonce of hearken's own tag is passed on for nonce policies).
 * Loads once; a failed load may be tried again.
 */
export function scriptKitLoader(win: Window, src: string, nonce?: string): () => Promise<PromptKit> {
  let loading: Promise<PromptKit> | undefined;
  const found = () => (win as unknown as Record<string, PromptKit | undefined>)[KIT_GLOBAL];
  return () =>
    loading ||
    (loading = new Promise<PromptKit>((resolve, reject) => {
      if (found()) return resolve(found()!);
      const doc = win.document;
      const script = doc.createElement('script');
      script.src = src;
      script.async = true;
      if (nonce) script.nonce = nonce;
      script.onload = () => (found() ? resolve(found()!) : reject(new Error(src + ' did not load the prompt')));
      script.onerror = () => {
        loading = undefined;
        reject(new Error('could not load ' + src));
      };
      (doc.head || doc.documentElement).appendChild(script);
    }));
}
