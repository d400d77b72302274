// @vitest-environment jsdom
/**
 * What the widgets of one page share (src/widget/page.ts). Each test gets fresh modules: a new page view.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetPage } from '../dom';

let pageContext: typeof import('../../src/widget/page').pageContext;

beforeEach(async () => {
  vi.resetModules();
  resetPage();
  ({ pageContext } = await import('../../src/widget/page'));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
});

describe('pageContext', () => {
  it('is one context for every widget of a page: the first widget’s consent options decide', () => {
    const first = pageContext(window, { consent: 'pending' });
    const second = pageContext(window, { consent: 'granted' });
    expect(second).toBe(first);
    expect(second.consent.state()).toBe('pending');
  });

  it('keeps one anonymous visitor id across page views, in localStorage', async () => {
    const id = pageContext(window, {}).visitor.id();
    expect(localStorage.getItem('hearken:visitor')).toContain(id);
    vi.resetModules();
    const next = (await import('../../src/widget/page')).pageContext(window, {});
    expect(next.visitor.id()).toBe(id);
  });

  it('stores nothing while consent is pending, and tells every widget when it is given', () => {
    const page = pageContext(window, { consent: 'pending' });
    const one = vi.fn();
    const two = vi.fn();
    page.onConsent(one);
    const off = page.onConsent(two);
    page.visitor.id();
    page.cap.mark('nps');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    off();
    page.consent.consent(true);
    expect(one).toHaveBeenCalledWith('granted');
    expect(two).not.toHaveBeenCalled();
    page.visitor.id();
    expect(localStorage.getItem('hearken:visitor')).toBeTruthy();
  });

  it('withdrawn consent erases what hearken stored, and only that', () => {
    const deleted = vi.fn();
    vi.stubGlobal('indexedDB', { deleteDatabase: deleted });
    const page = pageContext(window, {});
    page.visitor.id();
    page.cap.mark('nps');
    localStorage.setItem('host:cart', '3');
    const told = vi.fn();
    page.onConsent(told);
    page.consent.consent(false);
    expect(told).toHaveBeenCalledWith('denied');
    expect(Object.keys(localStorage)).toEqual(['host:cart']);
    expect(sessionStorage.length).toBe(0);
    expect(deleted).toHaveBeenCalledWith('hearken');
  });

  it('honours Global Privacy Control when asked to', () => {
    (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl = true;
    const page = pageContext(window, { respectGpc: true });
    page.consent.consent(true);
    expect(page.consent.granted()).toBe(false);
  });

  it('works, storing nothing, where the page’s storage throws (sandboxed frames, some private modes)', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const page = pageContext(window, {});
    expect(() => page.visitor.id()).not.toThrow();
    expect(page.crossTab.open('nps')).toBe(true);
  });
});
