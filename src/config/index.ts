// The door of src/config: what other folders may import from it.
export type { CsatStyle, HearkenOptions, Position, Theme } from './types';
export type { Reason } from './reasons';
export type { ResolvedPrompt } from './resolve';
export { checkOptions } from './options';
export type { BadOption, Report, Said } from './options';
export { plainWords, sayInOrder } from './say';
export type { Describe } from './say';
export { describeBad, inWords } from './messages';
export { kebab, number, oneOf, show, text } from './checks';
export { optionsFromAttributes } from './attributes';
export { resolvePrompt } from './resolve';
export type { LoopOptions, ReasonOption, ReasonsOption, SegmentsOption } from './loop-options';
export { FIELDS } from './fields';
export type { Check, Field } from './fields';
export type { ResolvedQuestion, TextVars } from './question';
export type { ResolvedFollowUp } from './follow-up';
export { resolveQuestion } from './question';
export { resolveFollowUp } from './follow-up';
