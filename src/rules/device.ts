import type { Decision, DeviceKind } from './types';

/** What device detection reads from a window. */
export interface DeviceWindow {
  matchMedia?: (query: string) => { matches: boolean };
  innerWidth?: number;
}

/**
 * `mobile` when the primary pointer is coarse (a finger), `desktop` when it is fine. Where media
 * queries are unavailable, a viewport narrower than 768 px counts as mobile.
 */
export function detectDevice(win: DeviceWindow): DeviceKind {
  try {
    if (win.matchMedia) return win.matchMedia('(pointer: coarse)').matches ? 'mobile' : 'desktop';
  } catch {
    // an odd matchMedia: fall back to the width
  }
  return (win.innerWidth || 1024) < 768 ? 'mobile' : 'desktop';
}

/** The `device` filter with its reason. */
export function checkDevice(wanted: DeviceKind | undefined, actual: () => DeviceKind): Decision {
  if (!wanted) return { show: true, reason: 'device: any' };
  const kind = actual();
  return kind == wanted
    ? { show: true, reason: `device: ${kind}` }
    : { show: false, reason: `device: ${kind}, not ${wanted}` };
}
