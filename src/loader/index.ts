// The door of src/loader: the light start of the script tag (dist/hearken.js), and what the full script
// (dist/hearken-prompt.js or dist/hearken-core.js) takes over from it.
export { startLoader } from './start';
export type { Loaded, StartCore } from './start';
export { createStub, replay } from './stub';
export type { QueuedCall, Stub } from './stub';
export { attributesHash, attributesOf } from './gate';
export { defineLightElement } from './element';
export type { ElementLifecycle } from './element';
export { armTriggers } from './armed';
export type { ArmTriggers, ArmWindow, WaitLeft } from './armed';
export { checkAttributes, rememberChecked, rememberOptions } from './check';
export { localStore } from './local';
export { onRouteChange } from './routes';
export { optionReader, optionsLightReason, optionsText } from './options';
export type { CheckAttributes } from './check';
