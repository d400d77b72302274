/**
 * What the browser itself costs a script like hearken.js, measured on the same blank page in the same run: the
 * floor under (a)'s main-thread time. A light start that decides from stored state pays at least an empty
 * script's evaluation and one storage read; these rows say how much each is, and so whether a target can be met
 * by hearken's code at all. The scripts are as small as the thing they measure; each row's "hearken's JS" is its
 * script's evaluation and callbacks, as hearken's is.
 */

/**
 * The IndexedDB database the `indexeddb` row reads, as a gate mirror would keep it: one store, one record of the
 * rules' state (an answer a week ago, the attributes' hash).
 */
const DB = { name: 'hearken-bench-gate', store: 'state', key: 'gate' };

/** @typedef {{ id: string, label: string, code: string, seeded?: boolean }} PlatformRow */

/** @type {PlatformRow[]} */
export const PLATFORM = [
  { id: 'platform-empty', label: 'platform: an empty script', code: '' },
  {
    id: 'platform-local-storage',
    label: "platform: a script whose one statement is the page's first localStorage read",
    code: "localStorage.getItem('hearken:waiting');",
  },
  {
    id: 'platform-indexeddb',
    label: 'platform: a script that opens an IndexedDB database and reads one record (the asynchronous read)',
    code: `var open = indexedDB.open(${JSON.stringify(DB.name)});
open.onupgradeneeded = function () { open.transaction.abort(); };
open.onsuccess = function () {
  var db = open.result;
  var get = db.transaction(${JSON.stringify(DB.store)}).objectStore(${JSON.stringify(DB.store)}).get(${JSON.stringify(DB.key)});
  get.onsuccess = function () { window.__gate = get.result; db.close(); };
};`,
    seeded: true,
  },
];

/**
 * The storage the `indexeddb` row starts from: its database with the record, made in a new context on `url`'s
 * origin and kept with Playwright's storageState (which holds IndexedDB when asked).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url a page of the bench's origin
 */
export async function platformState(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(
      (db) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open(db.name, 1);
          open.onupgradeneeded = () => open.result.createObjectStore(db.store);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(db.store, 'readwrite');
            tx.objectStore(db.store).put({ checked: '1x2y3z', history: { nps: { answeredAt: Date.now() - 7 * 864e5 } } }, db.key);
            tx.oncomplete = () => (open.result.close(), resolve(undefined));
            tx.onerror = () => reject(tx.error);
          };
        }),
      DB,
    );
    return await context.storageState({ indexedDB: true });
  } finally {
    await context.close().catch(() => {});
  }
}
