/**
 * "Reset demo": forgets what hearken remembered in this browser (answers given, prompts dismissed or
 * shown this session, page views), so the prompts show again. Answers waiting in the outbox
 * (IndexedDB) are kept: they are still delivered. Loaded by every demo page as a module.
 */

/** The prefix of every key hearken writes to localStorage and sessionStorage. */
export const PREFIX = 'hearken:';

/**
 * Removes every `hearken:` key of a storage, except the outbox's (its lock, and its answers where it
 * keeps them in localStorage). Returns how many.
 * @param {Storage} storage
 */
export function clearHearkenKeys(storage) {
  const keys = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key && key.startsWith(PREFIX) && !/^hearken:(flush|outbox)/.test(key)) keys.push(key);
  }
  keys.forEach((k) => storage.removeItem(k));
  return keys.length;
}

const buttons = typeof document == 'undefined' ? [] : document.querySelectorAll('[data-reset-demo]');
for (const button of buttons) {
  button.addEventListener('click', () => {
    try {
      clearHearkenKeys(localStorage);
      clearHearkenKeys(sessionStorage);
    } catch (e) {
      console.error('[hearken] demo reset failed', e);
    }
    location.reload();
  });
}
