import { describe, expect, it } from 'vitest';
import type { LoopOptions } from '../../src/config/loop-options';
import type { Segment } from '../../src/surveys/types';
import { resolveLoop } from '../../src/config/loop';
import { kebab } from '../../src/config/checks';

const attr = (o: string) => 'data-' + kebab(o);

function loop(options: LoopOptions | Record<string, unknown>, nameOf = attr) {
  const errors: string[] = [];
  const plan = resolveLoop(options as LoopOptions, (m) => errors.push(m), nameOf);
  return { plan, errors };
}

const SEGMENTS: Segment[] = ['detractor', 'passive', 'promoter', 'unsatisfied', 'neutral', 'satisfied', 'difficult', 'easy'];
const keys = (plan: ReturnType<typeof loop>['plan'], segment: Segment) => plan.reasons(segment).map((r) => r.key);
const who = (ask: (s: Segment) => unknown[]) => SEGMENTS.filter((s) => ask(s).length);

describe('resolveLoop: reasons', () => {
  it('are asked of every segment but the top one by default', () => {
    const { plan, errors } = loop({ reasons: 'Delivery time; Price' });
    expect(errors).toEqual([]);
    expect(who(plan.reasons)).toEqual(['detractor', 'passive', 'unsatisfied', 'neutral', 'difficult']);
    expect(keys(plan, 'detractor')).toEqual(['delivery-time', 'price']);
  });

  it('go to the segments data-reasons-for names, or to all', () => {
    expect(who(loop({ reasons: 'A', reasonsFor: 'detractor, unsatisfied difficult' }).plan.reasons)).toEqual(['detractor', 'unsatisfied', 'difficult']);
    expect(who(loop({ reasons: 'A', reasonsFor: 'all' }).plan.reasons)).toEqual(SEGMENTS);
    expect(who(loop({ reasons: 'A', reasonsFor: ['promoter'] }).plan.reasons)).toEqual(['promoter']);
  });

  it('of a segment replace the shared ones, and show even for a top segment', () => {
    const { plan } = loop({ reasons: 'A', reasonsDetractor: 'late=Late; B', reasonsPromoter: 'Staff', reasonsNeutral: 'N' });
    expect(keys(plan, 'detractor')).toEqual(['late', 'b']);
    expect(keys(plan, 'passive')).toEqual(['a']);
    expect(keys(plan, 'promoter')).toEqual(['staff']);
    // neutral is CSAT's and CES's
    expect(keys(plan, 'neutral')).toEqual(['n']);
    expect(keys(plan, 'satisfied')).toEqual([]);
    // data-reasons-for, when given, decides alone
    expect(keys(loop({ reasonsPromoter: 'Staff', reasonsFor: 'detractor' }).plan, 'promoter')).toEqual([]);
  });

  it('more than 12: the first 12 are shown, with one error', () => {
    const value = Array.from({ length: 13 }, (_, i) => 'R' + i).join('; ');
    const { plan, errors } = loop({ reasons: value });
    expect(plan.reasons('detractor')).toHaveLength(12);
    expect(errors).toEqual([`[hearken] data-reasons must be at most 12 reasons (the first 12 are shown), got "${value}"`]);
  });
});

describe('resolveLoop: contact and review', () => {
  it('asks detractor, unsatisfied and difficult visitors by default, through the channels in the owner order', () => {
    const { plan } = loop({ contact: 'phone email' });
    expect(who(plan.contact)).toEqual(['detractor', 'unsatisfied', 'difficult']);
    expect(plan.contact('unsatisfied')).toEqual(['phone', 'email']);
    expect(who(loop({ contact: 'email', contactFor: 'all' }).plan.contact)).toEqual(SEGMENTS);
    expect(who(loop({ contact: ['email'], contactFor: 'promoter' }).plan.contact)).toEqual(['promoter']);
    expect(who(loop({ contactFor: 'all' }).plan.contact)).toEqual([]);
  });

  it('takes the owner purpose and review link; only https: links', () => {
    const { plan, errors } = loop({ contactPurpose: ' Only about this order. ', reviewUrl: 'https://g.page/r/northwind/review', reviewLabel: 'Review us' });
    expect(errors).toEqual([]);
    expect(plan).toMatchObject({ contactPurpose: 'Only about this order.', reviewUrl: 'https://g.page/r/northwind/review', reviewLabel: 'Review us', scrub: true });
  });

  it('scrubs unless told off', () => {
    expect(loop({}).plan.scrub).toBe(true);
    expect(loop({ scrub: 'off' }).plan.scrub).toBe(false);
    expect(loop({ scrub: false }).plan.scrub).toBe(false);
    expect(loop({ scrub: 'on' }).plan.scrub).toBe(true);
  });
});

describe('resolveLoop: bad input', () => {
  it.each([
    ['reviewUrl', 'http://example.com/review', '[hearken] data-review-url must be an https: URL, got "http://example.com/review"'],
    ['reviewUrl', 'javascript:alert(1)', '[hearken] data-review-url must be an https: URL, got "javascript:alert(1)"'],
    ['reviewUrl', '/review', '[hearken] data-review-url must be an https: URL, got "/review"'],
    ['reviewLabel', ' ', '[hearken] data-review-label must be a non-empty text, got " "'],
    ['contact', 'fax', '[hearken] data-contact must be email, phone, or "email phone", got "fax"'],
    ['contact', 'email email', '[hearken] data-contact must be email, phone, or "email phone", got "email email"'],
    ['contactFor', 'unhappy', '[hearken] data-contact-for must be all or segment names (detractor, passive, promoter, unsatisfied, neutral, satisfied, difficult, easy), got "unhappy"'],
    ['reasonsFor', '', '[hearken] data-reasons-for must be all or segment names (detractor, passive, promoter, unsatisfied, neutral, satisfied, difficult, easy), got ""'],
    ['reasonsEasy', '5', undefined],
    ['reasons', 5, '[hearken] data-reasons must be reasons separated by ";" (Label or key=Label), got "5"'],
    ['contactPurpose', '', '[hearken] data-contact-purpose must be a non-empty text, got ""'],
    ['scrub', 'no', '[hearken] data-scrub must be off or on, got "no"'],
  ])('%s = %j: one error naming the attribute and the value, and left out', (option, value, message) => {
    const { plan, errors } = loop({ reasons: 'Fine', [option]: value });
    expect(errors).toEqual(message ? [message] : []);
    // the rest applies
    expect(keys(plan, 'detractor')).toEqual(option == 'reasons' ? [] : ['fine']);
    expect(plan.scrub).toBe(true);
  });

  it('names JS options as they are written', () => {
    expect(loop({ reviewUrl: 'ftp://x' }, String).errors).toEqual(['[hearken] reviewUrl must be an https: URL, got "ftp://x"']);
  });
});
