import type { SurveyKind } from '../surveys/index';
import type { HearkenOptions, Report } from '../config/index';
import type { Targeting } from '../rules/index';
import type { Asking } from './asking';
import type { PageContext } from './page';
import type { Prompts } from './prompts';
import { checkOptions } from '../config/index';

/** `show()` of the API, and the inline prompts it was asked for while consent was pending. */
export interface Show {
  show(survey?: SurveyKind, overrides?: HearkenOptions): void;
  /** Consent was granted: the inline prompts asked for meanwhile are shown. */
  showWaiting(): void;
}

/** What `createShow` needs. */
export interface ShowDeps {
  window: Window;
  options: HearkenOptions;
  page: PageContext;
  asking: Asking;
  prompts: Prompts;
  report: Report;
  nameOf(option: string): string;
  guard<T>(what: string, fn: () => T): T | undefined;
}

/**
 * Creates `show(survey, overrides)`: a prompt now, if the rules allow (triggers are skipped). An inline mount
 * (`target`) is not subject to the rules; only consent stops it (and a pending consent keeps it for later).
 */
export function createShow(deps: ShowDeps): Show {
  const { window: win, options: base, page, asking, prompts } = deps;
  let waiting: HearkenOptions[] = [];
  return {
    show(survey, overrides) {
      asking.startNow();
      const extra = checkOptions({ ...overrides, ...(survey !== undefined && { survey }) }, deps.report, deps.nameOf, win.location.href);
      if (survey !== undefined && !extra.survey) return;
      // An inline mount's data-meta-* add to the script tag's, rather than replace them.
      const o = { ...base, ...extra, meta: extra.meta ? { ...base.meta, ...extra.meta } : base.meta };
      if (!page.consent.granted()) return void (o.target && page.consent.state() == 'pending' && waiting.push(o));
      let targeting: Targeting | undefined;
      if (!o.target) {
        targeting = asking.targetingFor(o);
        const decision = targeting.check();
        if (!decision.show) return void (o.debug && console.info(`[hearken] ${o.survey || 'nps'} not shown: ${decision.reason}`));
        if (!targeting.shown()) return;
      }
      prompts.open(o).then((why) => why && targeting && targeting.failed(why));
    },
    showWaiting() {
      waiting.forEach((o) => deps.guard('show', () => prompts.open(o)));
      waiting = [];
    },
  };
}
