import type { HearkenOptions } from '../config/index';
import type { HearkenEnv } from '../widget/index';
import { checkOptions } from '../config/index';
import { foundRight, keptVisitor, rememberOptions } from './check';

/**
 * The npm entry's checks' chunk, as `dist/hearken-checks.js` is the script tag's: whether the widget would find
 * `createHearken`'s options right (each option's check, and what delivery needs), run without their messages.
 * Right, they are remembered as the widget remembers them (`rememberOptions`), so the light part stays light without
 * importing the widget; wrong, nothing is said here: the widget comes, and reports each mistake. Imported on a page
 * view whose rules keep it light but whose options were not found right before (`optionsLightReason`'s `'check'`).
 */
export function checkGiven(win: Window, options: HearkenOptions, text: string, env?: Pick<HearkenEnv, 'delivery'>): boolean {
  const right = !!foundRight((count) => checkOptions(options as Record<string, unknown>, count, String, win.location.href), env && env.delivery);
  // and, under a sample, the visitor's id, once they are kept (never under Global Privacy Control)
  if (right && rememberOptions(win, options, text)) keptVisitor(win, options);
  return right;
}
