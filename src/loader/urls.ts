import type { ScriptUrl } from '../widget/index';

type TrustedTypesWindow = Window & {
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(input: string): string }): { createScriptURL(input: string): unknown } };
};

/**
 * The URL of a script beside hearken.js (`hearken-core.js`, `hearken-ui.js`, `locales/de.js`), as a
 * TrustedScriptURL where the browser has Trusted Types: a page that enforces them (`require-trusted-types-for
 * 'script'`) refuses a plain string for `script.src`. The policy is named `hearken` (a page that lists its
 * policies adds `trusted-types hearken`) and vouches only for `.js` files in hearken's own folder and its
 * `locales/`. Made once per page, by the loader, and handed to the full script.
 */
export function scriptUrls(win: Window, base: string): ScriptUrl {
  const resolve = (path: string) => (/^(locales\/)?[\w-]+\.js$/.test(path) ? new URL(path, base).href : '');
  let policy: { createScriptURL(input: string): unknown } | undefined;
  return (path) => {
    try {
      policy = policy || (win as TrustedTypesWindow).trustedTypes?.createPolicy('hearken', { createScriptURL: resolve });
      if (policy) return policy.createScriptURL(path) as string;
    } catch {
      // The page does not allow the name: a plain string, which works unless Trusted Types are enforced.
    }
    return resolve(path);
  };
}
