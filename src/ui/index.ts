// The door of src/ui: what other folders may import from it.
export type { FollowUp, renderPrompt } from './render';
export type { PromptKit } from './kit';
export { KIT_KEY, makeKit } from './kit';
export { followUpSource } from './follow-up-source';
export { scriptFollowUp } from './follow-up-script';
export { followUpKit } from './follow-up-kit';
export { yieldToMain } from './pause';
