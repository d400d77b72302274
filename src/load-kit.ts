/** KIT_KEY of src/kit.ts, repeated here so this file does not pull the kit into the core bundle. */
export const KIT_KEY = '__hearkenKit';
/** Where `dist/hearken-pipelines.js` leaves the pipeline transports for `dist/hearken.js`. */
export const PIPELINES_KEY = '__hearkenPipelines';

/**
 * Loads a file of hearken's (`dist/hearken-ui.js`, `dist/hearken-pipelines.js`) from beside `dist/hearken.js`
 * with a `<script>` element (which a `script-src 'self'` policy allows; the nonce of hearken's own tag is
 * passed on for nonce policies), and resolves with what the file leaves on `window[key]`. Loads once; a failed
 * load may be tried again.
 */
export function scriptLoader<T>(win: Window, src: string, key: string, nonce?: string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  const found = () => (win as unknown as Record<string, T | undefined>)[key];
  return () =>
    loading ||
    (loading = new Promise<T>((resolve, reject) => {
      if (found()) return resolve(found()!);
      const doc = win.document;
      const script = doc.createElement('script');
      script.src = src;
      script.async = true;
      if (nonce) script.nonce = nonce;
      script.onload = () => (found() ? resolve(found()!) : reject(new Error(src + ' did not load')));
      script.onerror = () => {
        loading = undefined;
        reject(new Error('could not load ' + src));
      };
      (doc.head || doc.documentElement).appendChild(script);
    }));
}
