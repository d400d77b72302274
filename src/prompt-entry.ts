// dist/hearken-prompt.js: the full script (src/core.ts, as dist/hearken-core.js) and the prompt's question step
// (src/ui-entry.ts, as dist/hearken-ui.js) in one file, which dist/hearken.js loads when a prompt may show: one
// request and one download where the two files would be two in a row, and what they share is there once. Each part
// leaves its global as it does alone (window.__hearkenCore, window.__hearkenKit), so the full script's loader of the
// question's UI finds it here and fetches nothing.
import './core';
import './ui-entry';
