import type { DeviceKind } from './types';

/** What device detection reads from a window. */
export interface DeviceWindow {
  matchMedia?: (query: string) => { matches: boolean };
  innerWidth?: number;
}

/**
 * `mobile` when the primary pointer is coarse (a finger), `desktop` when it is fine. Where media
 * queries are unavailable (or throw), a viewport narrower than 768 px counts as mobile.
 */
export function detectDevice(win: DeviceWindow): DeviceKind {
  let coarse: boolean;
  try {
    coarse = win.matchMedia!('(pointer: coarse)').matches;
  } catch {
    coarse = (win.innerWidth || 1024) < 768;
  }
  return coarse ? 'mobile' : 'desktop';
}
