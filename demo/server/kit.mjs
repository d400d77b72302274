/**
 * The collector kit the demo runs on: `hearken/collector` — this package's own build (dist/collector.js),
 * imported by its published name as any shop would.
 */
export { createCollector, openStore } from 'hearken/collector';
