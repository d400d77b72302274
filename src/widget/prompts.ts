import type { HearkenOptions, Report, Said } from '../config/index';
import type { Reason } from '../rules/index';
import type { Targeting } from '../rules/index';
import type { Delivery } from '../outbox/index';
import type { Emitter } from './events';
import type { PromptKit } from '../ui/index';
import type { OpenPrompt } from './commit';
import type { PageContext } from './page';
import { surveyKey } from '../rules/index';
import { openPrompt } from './commit';

/** The prompts of one widget: at most one per place (floating, or each inline target). */
export interface Prompts {
  /** Draws a prompt; resolves with why it could not be drawn (`''` when it was), so the caps it took are given back. */
  open(options: HearkenOptions): Promise<Reason>;
  /** Fetches the UI and the texts of `options`' locale ahead of a prompt the rules may show on this page. */
  preload(options: HearkenOptions): void;
  /** Every open prompt commits its picked score (the page is being hidden or left). */
  commitAll(): void;
  /** Removes the open prompts (`key`: only those of that survey and touchpoint); a picked score is still committed. */
  removeAll(key?: string, answeredElsewhere?: boolean): void;
  /** The survey key of the floating prompt, if one is open. */
  floatingKey(): string | undefined;
}

/** What `createPrompts` needs. */
export interface PromptsDeps {
  window: Window;
  page: PageContext;
  emitter: Emitter;
  report: Report;
  nameOf(option: string): string;
  loadKit(): Promise<PromptKit>;
  delivery(): Delivery | undefined;
  targetingFor(options: HearkenOptions): Targeting;
  /** Fields known only at commit time. */
  identity(): { visitorId: string; userId?: string; traits: Record<string, string> };
  /** Runs `fn` unless the widget is destroyed, turning a throw into one console line and an `error` event. */
  guard<T>(what: string, fn: () => T): T | undefined;
}

/** `report`, saying each thing once: a bad option the kit finds (a scale) is found again by each prompt it draws. */
function onceEach(report: Report): Report {
  const reported = new Set<string>();
  return (said: Said) => {
    const key = typeof said == 'string' ? said : said.name + said.value + said.survey;
    if (!reported.has(key)) reported.add(key), report(said);
  };
}

/** Creates the prompts of a widget. */
export function createPrompts(deps: PromptsDeps): Prompts {
  const { window: win, page, emitter, report } = deps;
  const open = new Map<unknown, { prompt: OpenPrompt; key: string }>();
  // One error per page view: the first failed load (a preload and the show share it); later ones only in debug's lines.
  let failed: Promise<PromptKit> | undefined;
  const loadKit = () => {
    const loading = deps.loadKit();
    loading.catch((error: unknown) => {
      if (!failed) report('[hearken] could not load the prompt: ' + ((error as Error).message || error));
      failed = loading;
    });
    return loading;
  };

  // A bad option the kit finds when drawing is reported once, however many prompts draw it.
  const reportOnce = onceEach(report);
  // The page's languages after the locale option: <html lang>, then the browser's.
  const languages = () => [win.document.documentElement.lang, ...(win.navigator.languages || [win.navigator.language])];

  const render = (kit: PromptKit, delivery: Delivery, o: HearkenOptions) => {
    const slot = o.target || 'float';
    open.get(slot)?.prompt.remove();
    const targeting = deps.targetingFor(o);
    const resolved = kit.resolvePrompt(o, languages(), reportOnce, deps.nameOf);
    const entry = {
      key: surveyKey(resolved.survey, o.touchpoint),
      prompt: openPrompt({
        render: kit.renderPrompt,
        window: win,
        prompt: resolved,
        options: o,
        store: (answer) => {
          // Recorded at commit, not when the prompt ends: a page left at the comment step still counts as answered.
          targeting.answered();
          return delivery.add(answer).then(
            () => {},
            (error: unknown) => report('[hearken] could not store the answer: ' + error),
          );
        },
        identity: deps.identity,
        emit: emitter.emit,
        // an answer is coming: the delivery's code, if it is not here yet
        onPick: delivery.prepare,
        onEnd(answered, dismissed) {
          if (open.get(slot) === entry) open.delete(slot);
          if (dismissed && !answered) targeting.dismissed();
          // The cross-tab lease is the floating prompt's: given back however it ends (hide(), answered in
          // another tab, consent withdrawn), and kept (taken again) while it is still open.
          const floating = open.get('float');
          floating ? page.crossTab.open(floating.key) : page.crossTab.close();
        },
      }),
    };
    open.set(slot, entry);
    emitter.emit('show', { survey: resolved.survey, touchpoint: o.touchpoint });
    // the delivery's code in a task after the next frame, once the question is on screen: not on the way to it,
    // and here well before a visitor's answer (one given sooner is kept in localStorage until it is)
    const prepare = () => win.setTimeout(delivery.prepare!, 0);
    if (delivery.prepare) win.requestAnimationFrame ? win.requestAnimationFrame(prepare) : prepare();
    return true;
  };

  return {
    open(o) {
      const delivery = deps.delivery();
      return delivery
        ? loadKit().then(
            // no texts (reported by loadTexts, once): the reason alone
            (kit) => kit.loadTexts(o, languages(), report).then(() => (deps.guard('show', () => render(kit, delivery, o)) ? '' : 'ui: show failed'), () => 'ui: no texts'),
            (error: unknown) => 'ui: could not load the prompt: ' + ((error as Error).message || error),
          )
        : Promise.resolve('endpoint: none');
    },
    preload: (o) => void loadKit().then((kit) => kit.loadTexts(o, languages(), report)).catch(() => {}), // the show reports
    commitAll: () => open.forEach((entry) => entry.prompt.commitPending()),
    removeAll: (key, answered) => open.forEach((entry) => (key === undefined || entry.key == key) && entry.prompt.remove(answered)),
    floatingKey: () => open.get('float')?.key,
  };
}
