// dist/hearken-delivery.js: the outbox and the transports, loaded by dist/hearken-core.js when answers wait, an
// answer is given, a prompt is on screen (ahead of its answer) or the page calls flush(); it leaves the maker of a
// widget's delivery on window.__hearkenDelivery (DELIVERY_GLOBAL).
import { DELIVERY_GLOBAL } from './storage/index';
import { makeDelivery } from './widget/index';

(window as unknown as Record<string, unknown>)[DELIVERY_GLOBAL] = makeDelivery;
