/** The follow-up file's content (src/ui/follow-up-kit.ts). */
import { describe, expect, it } from 'vitest';
import { followUpKit } from '../../src/ui/follow-up-kit';
import { laterSteps } from '../../src/ui/later-steps';
import { resolveFollowUp } from '../../src/config/follow-up';

describe('followUpKit', () => {
  it('brings the later steps and the loop options\' resolution', () => {
    expect(followUpKit).toEqual({ steps: laterSteps, resolveFollowUp });
  });
});
