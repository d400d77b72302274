/**
 * Resolves in a later task, so that what follows is not one long task with what came before (the UI script's
 * evaluation and its load event): `scheduler.yield()` where the browser has it (Chromium 129), which resumes
 * ahead of other queued work, else a zero timeout.
 */
export function yieldToMain(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler && scheduler.yield ? scheduler.yield() : new Promise((resolve) => win.setTimeout(resolve, 0));
}
