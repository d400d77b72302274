// The door of src/rules: what other folders may import from it.
export type { Consent } from './consent';
export type { ConsentState } from './types';
export type { CrossTab } from './cross-tab';
export type { Reason } from './types';
export type { RuleOptions } from './types';
export type { SessionCap } from './session';
export type { Targeting } from './targeting';
export type { Visitor } from './visitor';
export { createConsent } from './consent';
export { createCrossTab } from './cross-tab';
export { createSessionCap } from './session';
export { createTargeting } from './targeting';
export { createVisitor } from './visitor';
export { surveyKey } from './frequency';
export { splitPatterns } from './pages';
