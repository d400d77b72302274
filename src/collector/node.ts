import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CollectorHandler } from './types';

/** Adapts a collector handler to node:http, Express and Fastify (`(req, res) => void`). */
export function toNodeHandler(handler: CollectorHandler): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  void handler;
  throw new Error('[hearken] toNodeHandler: not implemented yet');
}
