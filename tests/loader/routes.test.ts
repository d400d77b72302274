// @vitest-environment jsdom
/** A single-page app's route changes as the light starts watch them (src/loader/routes.ts). */
import { describe, expect, it, vi } from 'vitest';
import { onRouteChange } from '../../src/loader/index';

describe('onRouteChange', () => {
  it('calls back after each pushState or replaceState to another URL (which still routes) and at the back button', () => {
    history.replaceState(null, '', '/');
    const seen: string[] = [];
    const fn = vi.fn(() => void seen.push(location.pathname + location.hash));
    onRouteChange(window, fn);
    history.pushState(null, '', '/orders');
    expect(location.pathname).toBe('/orders');
    // a router's replace (Next.js router.replace, a redirect): the thank-you page after a checkout
    history.replaceState(null, '', '/orders/1');
    expect(location.pathname).toBe('/orders/1');
    history.pushState(null, '', '/orders/1#items');
    history.back();
    return vi.waitFor(() => expect(seen).toEqual(['/orders', '/orders/1', '/orders/1#items', '/orders/1']));
  });

  it('does not call back for a pushState or replaceState to the URL it is at (scroll restoration, state updates), nor a popstate that leaves it there', () => {
    history.replaceState(null, '', '/cart');
    const fn = vi.fn();
    onRouteChange(window, fn);
    history.replaceState({ scrollY: 120 }, '');
    history.replaceState({ scrollY: 240 }, '', '/cart');
    history.pushState({ step: 2 }, '');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(fn).not.toHaveBeenCalled();
    history.replaceState(null, '', '/cart?coupon=1');
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
