// The door of src/widget: a widget wired from its parts, and what the entries need of it.
export { createWidget } from './api';
export type { Hearken, HearkenEnv, Widget } from './api';
export { scriptKitLoader, scriptPipelinesLoader } from './load-kit';
export type { PromptKit } from '../ui/kit';
export type { Listener } from './events';
