import type { SurveyKind } from '../types';
import type { ConsentState, Decision, DeviceKind, RuleOptions } from './types';
import type { PageLocation } from './pages';
import type { HistoryEntry } from './frequency';
import { checkPages } from './pages';
import { checkDevice } from './device';
import { checkSample } from './sample';
import { checkFrequency } from './frequency';
import { checkPageviews } from './session';

/** What the rules look at, gathered by the caller (values, or functions for what costs or writes). */
export interface RuleContext {
  survey: SurveyKind;
  /** `surveyKey(survey, touchpoint)`. */
  key: string;
  consent: ConsentState;
  location: PageLocation;
  device: () => DeviceKind;
  /** Creates the visitor id on first use, so it is only called once consent is granted. */
  visitorId: () => string;
  /** This survey key's history. */
  history: HistoryEntry | undefined;
  /** Page views counted, this one included. */
  pageviews: number;
  /** The per-page-view / per-session cap's verdict. */
  session: () => Decision;
  /** The survey key another tab has a prompt open for. */
  openElsewhere: () => string | undefined;
  now: number;
}

type Rule = (opts: RuleOptions, ctx: RuleContext) => Decision;

/** The rules in the order they are asked; the first that says no decides. */
export const RULES: Rule[] = [
  (_, c) => (c.consent == 'granted' ? { show: true, reason: 'consent: granted' } : { show: false, reason: `consent: ${c.consent}` }),
  (o, c) => checkPages(o.pages, c.location),
  (o, c) => checkDevice(o.device, c.device),
  (o, c) => checkPageviews(o.minPageviews, c.pageviews),
  (o, c) => checkSample(o.sample, c.visitorId, c.key),
  (o, c) => checkFrequency(c.history, c.key, { survey: c.survey, resurveyDays: o.resurveyDays, dismissDays: o.dismissDays }, c.now),
  (_, c) => c.session(),
  (_, c) => {
    const other = c.openElsewhere();
    return other ? { show: false, reason: `cross-tab: ${other} is open in another tab` } : { show: true, reason: 'cross-tab: none open' };
  },
];

/**
 * Runs the filters and caps (consent, pages, device, minPageviews, sample, resurvey/dismiss,
 * session, cross-tab) and answers whether a prompt may show, with the reason of the rule that said
 * no, e.g. `sample: visitor not in the 20% sample` — or `all rules passed`.
 */
export function evaluate(opts: RuleOptions, ctx: RuleContext): Decision {
  for (const rule of RULES) {
    const decision = rule(opts, ctx);
    if (!decision.show) return decision;
  }
  return { show: true, reason: 'all rules passed' };
}
