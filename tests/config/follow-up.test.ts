/** What a prompt asks after the score (src/config/follow-up.ts): in the follow-up file. */
import type { HearkenOptions } from '../../src/config/options';
import { describe, expect, it, vi } from 'vitest';
import { resolveFollowUp } from '../../src/config/follow-up';
import { resolveQuestion } from '../../src/config/question';

const question = (brand = 'Acme') => resolveQuestion({ survey: 'nps', brand }, ['en'], vi.fn());

describe('resolveFollowUp', () => {
  it('resolves reasons and contact by the score\'s segment, the purpose and review label with the placeholders filled', () => {
    const plan = resolveFollowUp(
      { reasons: 'Price;Speed', contact: 'email', contactPurpose: '{brand} will call', reviewUrl: 'https://r.test', reviewLabel: 'Review {brand}' },
      question(),
      vi.fn(),
    );
    expect(plan.reasons(3).map((r) => r.label)).toEqual(['Price', 'Speed']);
    expect(plan.reasons(10)).toEqual([]);
    expect(plan.contact(3)).toEqual(['email']);
    expect(plan.contact(10)).toEqual([]);
    expect(plan.contactPurpose).toBe('Acme will call');
    expect(plan.review).toEqual({ url: 'https://r.test/', label: 'Review Acme' });
  });

  it('scrubs comments unless scrub is off, and reports a bad loop option naming it', () => {
    const report = vi.fn();
    expect(resolveFollowUp({}, question(), report).scrub('mail ann@example.com')).not.toContain('ann@example.com');
    expect(resolveFollowUp({ scrub: 'off' }, question(), report).scrub('mail ann@example.com')).toBe('mail ann@example.com');
    resolveFollowUp({ contact: 'fax' } as unknown as HearkenOptions, question(), report, (o) => 'data-' + o);
    expect(report.mock.calls).toEqual([['[hearken] data-contact must be email, phone, or "email phone", got "fax"']]);
  });
});
