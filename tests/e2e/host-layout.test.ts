/**
 * The floating prompt's host takes no part in the page's layout (src/ui/render.ts), in real Chromium: on pages
 * whose body is a grid with a gap, a flex column with a gap, or a grid shaped like Shopify's Dawn theme, every
 * element of the page has the same box with the prompt shown as without it.
 */
import { expect, it } from 'vitest';
import { describeBrowser } from './harness/browser';
import { useTestServer } from './harness/server';
import { scriptTag, useFreshOriginBrowser } from './pages/widget';
import { BODY_LAYOUTS, layoutPage } from './pages/layout/body-layouts';
import { pageBoxes, showFloating } from './pages/layout/page-boxes';

describeBrowser('the floating prompt takes no part in the page layout', () => {
  const server = useTestServer();
  const suite = useFreshOriginBrowser(server);

  it.each(Object.keys(BODY_LAYOUTS).flatMap((name) => [[name, 1280, 800] as const, [name, 390, 844] as const]))(
    'body as a %s at %i px: every element keeps its box while the prompt shows',
    async (name, width, height) => {
      const { css, body } = BODY_LAYOUTS[name]!;
      const path = `/host-layout/${name.replace(/\W+/g, '-')}.html`;
      server.page(path, layoutPage(css, body, scriptTag({ 'data-endpoint': '/collect', 'data-trigger': 'manual', defer: true })));
      const { page } = suite.browser;
      await page.setViewportSize({ width, height });
      await page.goto(server.url + path);
      await page.waitForFunction(() => 'Hearken' in window);
      const without = await pageBoxes(page);
      const dialog = await showFloating(page);
      expect(await page.locator('hearken-prompt').evaluate((host) => host.parentElement!.tagName)).toBe('BODY');
      expect(await pageBoxes(page)).toEqual(without);
      // and the prompt itself is drawn: a dialog with a size, inside the viewport
      expect(dialog.width).toBeGreaterThan(200);
      expect(dialog.y + dialog.height).toBeLessThanOrEqual(height + 1);
    },
  );
});
