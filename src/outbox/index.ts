// The door of src/outbox: what other folders may import from it.
export type { Delivery } from './delivery';
export { createDelivery } from './delivery';
export type { DeliveryEvents } from './types';
export { createRescue, keepEarly } from './rescue';
export { openDatabase } from './storage/idb';
