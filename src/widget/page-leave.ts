/**
 * Leaving the page, in one place. Whatever order widgets and outboxes were created in, when the page is hidden,
 * frozen or left, every open prompt commits its picked score first (`commit`), then the outboxes hand what they
 * know to the beacon (`deliver`), then leases are given back (`release`). One set of listeners per window.
 */

/** The steps of leaving, in the order they run. */
export type LeaveStep = 'commit' | 'deliver' | 'release';

/** How the page is being left: hidden (tab switched, app backgrounded; it may come back), frozen, or gone (pagehide). */
export type LeaveKind = 'hidden' | 'freeze' | 'pagehide';

/** The page's leave module. */
export interface PageLeave {
  /** Runs `fn` at that step of every leave; returns the unsubscribe function. */
  on(step: LeaveStep, fn: (kind: LeaveKind) => void): () => void;
  /** Runs `fn` when the page comes back from the back/forward cache; returns the unsubscribe function. */
  onReturn(fn: () => void): () => void;
}

const STEPS: LeaveStep[] = ['commit', 'deliver', 'release'];
const pages = new WeakMap<Window, PageLeave>();

/** The leave module of `win`, made at its first use. */
export function pageLeave(win: Window): PageLeave {
  let leave = pages.get(win);
  if (leave) return leave;
  const steps = new Map(STEPS.map((step) => [step, new Set<(kind: LeaveKind) => void>()]));
  const returns = new Set<() => void>();
  const run = (kind: LeaveKind) => {
    for (const step of STEPS)
      steps.get(step)!.forEach((fn) => {
        try {
          fn(kind);
        } catch (error) {
          // one widget's failure must not keep the others' answers from the beacon
          console.error('[hearken] leaving the page failed: ' + error);
        }
      });
  };
  const doc = win.document;
  win.addEventListener('pagehide', () => run('pagehide'));
  win.addEventListener('pageshow', (event) => (event as PageTransitionEvent).persisted && returns.forEach((fn) => fn()));
  if (doc) {
    doc.addEventListener('visibilitychange', () => doc.visibilityState == 'hidden' && run('hidden'));
    doc.addEventListener('freeze', () => run('freeze'));
  }
  const add = <T>(set: Set<T>, fn: T) => (set.add(fn), () => void set.delete(fn));
  leave = {
    on: (step, fn) => add(steps.get(step)!, fn),
    onReturn: (fn) => add(returns, fn),
  };
  pages.set(win, leave);
  return leave;
}
