// @vitest-environment jsdom
/** A single-page app's route changes as the light starts watch them (src/loader/routes.ts). */
import { describe, expect, it, vi } from 'vitest';
import { onRouteChange } from '../../src/loader/index';

describe('onRouteChange', () => {
  it('calls back after each pushState (which still routes) and at the back button, not at replaceState', () => {
    const seen: string[] = [];
    const fn = vi.fn(() => void seen.push(location.pathname));
    onRouteChange(window, fn);
    history.pushState(null, '', '/orders');
    expect(location.pathname).toBe('/orders');
    history.replaceState(null, '', '/orders/1');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/orders', '/orders/1']);
  });
});
