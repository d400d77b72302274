import { describe, expect, it } from 'vitest';
import { readFollowUp } from '../../src/ui/follow-up';
import { createState } from '../../src/ui/state';
import { model } from '../dom';

function at(score: number, set: (s: ReturnType<typeof createState>) => void = () => {}) {
  const s = createState();
  s.score.value = score;
  set(s);
  return s;
}

const asking = model({ contact: (score) => (score <= 6 ? ['email', 'phone'] : []) });

describe('readFollowUp', () => {
  it('is empty when nothing was picked or consented', () => {
    expect(readFollowUp(asking, at(3))).toEqual({});
    expect(readFollowUp(model(), at(3, (s) => (s.consent.value = true)))).toEqual({});
  });

  it('carries the picked reasons', () => {
    expect(readFollowUp(asking, at(9, (s) => (s.picked.value = ['price', 'speed'])))).toEqual({ reasons: ['price', 'speed'] });
  });

  it('carries the contact only with consent, through the chosen channel (the first one unless chosen)', () => {
    expect(readFollowUp(asking, at(3), 'ann@example.com')).toEqual({});
    expect(readFollowUp(asking, at(3, (s) => (s.consent.value = true)), 'ann@example.com')).toEqual({ contact: { consent: true, channel: 'email', value: 'ann@example.com' } });
    const phone = at(3, (s) => ((s.consent.value = true), (s.channel.value = 'phone')));
    expect(readFollowUp(asking, phone, '+44 20 7946 0958')).toEqual({ contact: { consent: true, channel: 'phone', value: '+442079460958' } });
  });

  it('gives the error of a value that is no address or number', () => {
    expect(readFollowUp(asking, at(3, (s) => (s.consent.value = true)), 'ann@')).toEqual({ error: 'invalidEmail' });
    expect(readFollowUp(asking, at(3, (s) => (s.consent.value = true)))).toEqual({ error: 'invalidEmail' });
  });

  it('an identified visitor consents without a value', () => {
    const known = model({ contact: () => ['phone'], identified: () => true });
    expect(readFollowUp(known, at(0, (s) => (s.consent.value = true)))).toEqual({ contact: { consent: true, channel: 'phone' } });
  });
});
