import type { HearkenOptions } from '../config/index';
import type { HearkenEnv } from '../widget/index';
import type { Stub } from './stub';
import { createWidget } from '../widget/index';
import { describeBad } from '../config/index';
import { rememberOptions } from './check';
import { replay } from './stub';

/** What `createHearken`'s light part (src/esm.ts) hands over when it imports the widget. */
export interface Adopt {
  window: Window;
  /** The options as given to `createHearken` (the widget reports them if they are not an object). */
  options: HearkenOptions | undefined;
  /** The same as an object (`{}` when they are not one). */
  given: HearkenOptions;
  /** Their text (loader/options.ts's `optionsText`), remembered once the widget found them right. */
  text: string | undefined;
  /** `createHearken`'s own `env`, and the chunks' loaders under it. */
  env: HearkenEnv;
  /** The light part's API and the calls queued on it: the widget takes both over. */
  stub: Stub;
  /** What is left of `delay` when the triggers' chunk waited for this page view's triggers (0: one fired). */
  delayLeft?: number;
}

/**
 * The npm entry's widget, made in the widget's chunk once the light part needs it: it takes over the light part's
 * API (the same object the app holds), replays the calls made before, and remembers the options once it found them
 * right (consent allowing), so that later page views that cannot ask import nothing more.
 */
export function adoptWidget(deps: Adopt): void {
  const { window: win, given, text, env, stub } = deps;
  const describe = env.describe || describeBad;
  let wrong = 0;
  // the triggers waited: one fired (0 left: show at once), or the delay is about to end (wait what is left)
  const options = deps.delayLeft === undefined ? deps.options : { ...given, delay: deps.delayLeft };
  const made = createWidget(options, { ...env, describe: (bad) => (wrong++, describe(bad)) });
  const remember = () => !wrong && text !== undefined && rememberOptions(win, given, text);
  Object.assign(stub.api, made.api, { consent: (granted: boolean) => (made.api.consent(granted), granted === true && remember()) });
  if ((given.consent || 'granted') == 'granted') remember();
  replay(stub.calls, stub.api, env.report || console.error);
}
