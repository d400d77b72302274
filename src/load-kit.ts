import type { PromptKit } from './kit';

/** KIT_KEY of src/kit.ts, repeated here so this file does not pull the kit into the core bundle. */
const KIT_KEY = '__hearkenKit';

/**
 * Loads `dist/hearken-ui.js` from beside `dist/hearken.js` with a `<script>` element (which a
 * `script-src 'self'` policy allows; the nonce of hearken's own tag is passed on for nonce policies).
 * Loads once; a failed load may be tried again.
 */
export function scriptKitLoader(win: Window, src: string, nonce?: string): () => Promise<PromptKit> {
  let loading: Promise<PromptKit> | undefined;
  const found = () => (win as unknown as Record<string, PromptKit | undefined>)[KIT_KEY];
  return () =>
    loading ||
    (loading = new Promise<PromptKit>((resolve, reject) => {
      if (found()) return resolve(found()!);
      const doc = win.document;
      const script = doc.createElement('script');
      script.src = src;
      script.async = true;
      // setAttribute: Safari before 15.4 has no `nonce` property
      if (nonce) script.setAttribute('nonce', nonce);
      script.onload = () => (found() ? resolve(found()!) : reject(new Error(src + ' did not load the prompt')));
      script.onerror = () => {
        loading = undefined;
        reject(new Error('could not load ' + src));
      };
      (doc.head || doc.documentElement).appendChild(script);
    }));
}
