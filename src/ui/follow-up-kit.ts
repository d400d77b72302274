import type { FollowUpKit } from './follow-up-source';
import { resolveFollowUp } from '../config/index';
import { laterSteps } from './later-steps';

/** The follow-up file's content: the steps after the score and the loop options' resolution (`dist/hearken-follow-up.js`, or the npm build's chunk). */
export const followUpKit: FollowUpKit = { steps: laterSteps, resolveFollowUp };
