import { describe, expect, it } from 'vitest';
import { countPageview, createSessionCap, pageviews } from '../../src/rules/session';
import { KEYS } from '../../src/storage/index';
import { memoryStorage } from '../../src/storage/index';

describe('session cap', () => {
  it('allows one prompt per session, across page views and new caps (a reload)', () => {
    const session = memoryStorage();
    const cap = createSessionCap(session);
    expect(cap.check()).toBe('');
    cap.mark('nps');
    expect(cap.check()).toBe('session: nps shown on this page view');
    cap.newPageview();
    expect(cap.check()).toBe('session: nps shown in this session');
    expect(createSessionCap(session).check()).toBe('session: nps shown in this session');
    expect(createSessionCap(memoryStorage()).check()).toBe('');
  });

  it('unmark() forgets a prompt that could not be drawn, for the page view and the session', () => {
    const session = memoryStorage();
    const cap = createSessionCap(session);
    cap.mark('nps');
    cap.unmark();
    expect(cap.check()).toBe('');
    expect(createSessionCap(session).check()).toBe('');
  });

  it('still caps the page view when sessionStorage refuses writes', () => {
    const refusing = { ...memoryStorage(), set: () => false };
    const cap = createSessionCap(refusing);
    cap.mark('csat');
    expect(cap.check()).toBe('session: csat shown on this page view');
  });
});

describe('page views', () => {
  it('counts in storage and tolerates garbage', () => {
    const store = memoryStorage({ [KEYS.pageviews]: 'lots' });
    expect(pageviews(store)).toBe(0);
    expect([countPageview(store), countPageview(store), countPageview(store)]).toEqual([1, 2, 3]);
    expect(pageviews(store)).toBe(3);
  });
});
