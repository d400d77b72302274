import type { CollectorHandler, CollectorOptions } from './types';

/** Creates the collector's request handler: README's endpoint contract on a Web Request. */
export function createCollector(options: CollectorOptions): CollectorHandler {
  void options;
  throw new Error('[hearken] createCollector: not implemented yet');
}
