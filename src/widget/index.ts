// The door of src/widget: a widget wired from its parts, and what the entries need of it.
export { createWidget } from './api';
export { checkDelivery } from './check-delivery';
export type { Hearken, HearkenEnv, Widget } from './api';
export { scriptDeliveryLoader, scriptDescribe, scriptGlobalLoader, scriptKitLoader, scriptPipelinesLoader } from './load-kit';
export { makeDelivery } from './outbox-delivery';
export type { MakeDelivery } from './outbox-delivery';
export type { ScriptUrl } from './load-kit';
export type { PromptKit } from '../ui/index';
export type { Listener } from './events';
export type { HearkenEventName, HearkenEvents } from './types';
