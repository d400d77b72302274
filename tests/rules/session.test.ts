import { describe, expect, it } from 'vitest';
import { checkPageviews, countPageview, createSessionCap, pageviews, PAGEVIEWS_KEY } from '../../src/rules/session';
import { memoryStorage } from '../../src/rules/storage';

describe('session cap', () => {
  it('allows one prompt per session, across page views and new caps (a reload)', () => {
    const session = memoryStorage();
    const cap = createSessionCap(session);
    expect(cap.check().show).toBe(true);
    cap.mark('nps');
    expect(cap.check()).toEqual({ show: false, reason: 'session: nps was already shown on this page view' });
    cap.newPageview();
    expect(cap.check()).toEqual({ show: false, reason: 'session: nps was already shown in this session' });
    expect(createSessionCap(session).check().show).toBe(false);
    expect(createSessionCap(memoryStorage()).check().show).toBe(true);
  });

  it('still caps the page view when sessionStorage refuses writes', () => {
    const refusing = { ...memoryStorage(), set: () => false };
    const cap = createSessionCap(refusing);
    cap.mark('csat');
    expect(cap.check().show).toBe(false);
  });
});

describe('page views', () => {
  it('counts in storage and tolerates garbage', () => {
    const store = memoryStorage({ [PAGEVIEWS_KEY]: 'lots' });
    expect(pageviews(store)).toBe(0);
    expect([countPageview(store), countPageview(store), countPageview(store)]).toEqual([1, 2, 3]);
    expect(pageviews(store)).toBe(3);
  });

  it.each([
    [undefined, 1, true, 'pageviews: 1'],
    [3, 2, false, 'pageviews: 2 of 3 page views'],
    [3, 3, true, 'pageviews: 3'],
  ])('minPageviews %s at %s → %s', (min, count, show, reason) => {
    expect(checkPageviews(min, count)).toEqual({ show, reason });
  });
});
