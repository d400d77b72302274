/** What the layout tests compare: where the page's own elements are, with and without hearken's prompt. */
import type { Page } from 'playwright-core';
import { atRest } from '../../harness/prompt-parts';

/** Box of a prompt's dialog or of an element of the page. */
export type Box = { x: number; y: number; width: number; height: number };

/** Whether two boxes overlap (touching edges do not). */
export const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The box of the body and every element in it but hearken's, as `tag.class x,y w×h`, and the page's scroll size. */
export function pageBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const elements = [document.body, ...Array.from(document.body.querySelectorAll('*'))].filter((el) => el.tagName != 'HEARKEN-PROMPT' && el.tagName != 'SCRIPT');
    const scroll = document.scrollingElement!;
    return elements
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()}.${el.className} ${r.x},${r.y} ${r.width}×${r.height}`;
      })
      .concat(`scroll ${scroll.scrollWidth}×${scroll.scrollHeight}`);
  });
}

/** Shows the floating prompt with `Hearken.show()` and waits until its entry animation has ended. */
export async function showFloating(page: Page): Promise<Box> {
  await page.waitForFunction(() => 'Hearken' in window);
  await page.evaluate(() => (window as unknown as { Hearken: { show(): void } }).Hearken.show());
  const dialog = page.locator('hearken-prompt [role=dialog]');
  await atRest(dialog);
  return (await dialog.boundingBox())!;
}
