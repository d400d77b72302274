/**
 * Closing the loop in headless Chromium, against the demo collector: a prompt with reasons and a contact
 * request answered with the keyboard alone (an invalid address announced, then fixed), what reaches the
 * collector (the new record fields; no contact data without consent; an identified visitor's consent without
 * a value), the review link offered to a detractor and a promoter alike, and comments scrubbed on the device.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { answer, freshStorage, hearkenTag, pageHtml, radios, waitForAnswer } from './pages/hostile/helpers';
import { PARTS } from './harness/prompt-parts';

const REASONS = 'late=Delivery was late; Price; Support';
const REVIEW = 'https://reviews.example/northwind';

/** The element that has the focus, through open shadow roots: its tag, type and accessible text. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el == document.body) return null;
    const label = el.closest('label') || (el.id && el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).querySelector(`label[for="${el.id}"]`) : null);
    return { tag: el.localName, type: el.getAttribute('type'), id: el.id, name: (label ? label.textContent : el.getAttribute('aria-label') || el.textContent)!.trim() };
  });
}

describeBrowser('closing the loop: reasons, contact, review link, scrubbing', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  const page = () => browser.page;

  beforeAll(async () => {
    const body = (data: Record<string, string>) => pageHtml('', '<main><h1>Order</h1><button id="page-button" type="button">Track</button></main>' + hearkenTag({ endpoint: '/collect', brand: 'Northwind', 'auto-close-ms': '60000', ...data }));
    server.page('/loop/ask.html', body({ reasons: REASONS, contact: 'email', touchpoint: 'keys' }));
    server.page('/loop/consent.html', body({ contact: 'email', touchpoint: 'consent' }));
    server.page('/loop/known.html', body({ contact: 'phone', 'user-id': 'u-42', touchpoint: 'known' }));
    server.page('/loop/review.html', body({ 'review-url': REVIEW }));
    server.page('/loop/scrub.html', body({ touchpoint: 'scrub' }));
    server.page('/loop/markup.html', body({ reasons: 'x=<img src=x onerror="window.hacked=1">; <b>Bold</b>', contact: 'email', 'contact-purpose': '<i>why</i>', 'review-url': REVIEW, 'review-label': '<svg onload="window.hacked=2">' }));
    server.page('/loop/scrub-off.html', body({ touchpoint: 'scrub-off', scrub: 'off' }));
    browser = await launchBrowser();
    await browser.context.addInitScript(freshStorage);
  });
  afterAll(() => browser?.close());

  it('is completed with the keyboard alone: reasons, comment, consent, an announced error, then the fixed address', async () => {
    const p = page();
    await p.goto(server.url + '/loop/ask.html');
    await radios(p).first().waitFor();
    await p.focus('#page-button');
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    expect(await focused(p)).toMatchObject({ name: '0 of 10, Not at all likely' });
    await p.keyboard.press('Enter');

    // the follow-up starts at the first reason; Space ticks, Tab moves on
    await p.locator('hearken-prompt fieldset').first().waitFor();
    expect(await focused(p)).toMatchObject({ type: 'checkbox', name: 'Delivery was late' });
    await p.keyboard.press('Space');
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    expect(await focused(p)).toMatchObject({ type: 'checkbox', name: 'Support' });
    await p.keyboard.press('Space');
    await p.keyboard.press('Tab');
    expect(await focused(p)).toMatchObject({ tag: 'textarea' });
    await p.keyboard.type('Lid broken. Write to ann@example.com or call +44 20 7946 0958');
    await p.keyboard.press('Tab');
    expect(await focused(p)).toMatchObject({ type: 'checkbox', name: 'Yes, you may contact me about this' });
    await p.keyboard.press('Space');
    await p.keyboard.press('Tab');
    expect(await focused(p)).toMatchObject({ type: 'email', name: 'Your email' });
    await p.keyboard.type('ann@example');
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    expect(await focused(p)).toMatchObject({ name: 'Send' });
    await p.keyboard.press('Enter');

    // refused visibly and audibly, the field focused and described by the error
    const error = 'Enter an email address like name@example.com.';
    await p.locator(`hearken-prompt ${PARTS.contactError}`).waitFor();
    expect(await p.locator(`hearken-prompt ${PARTS.contactError}`).textContent()).toBe(error);
    expect(await p.locator('hearken-prompt [aria-live]').textContent()).toBe(error);
    expect(await p.locator(`hearken-prompt ${PARTS.contactField}`).getAttribute('aria-invalid')).toBe('true');
    expect(await p.locator(`hearken-prompt ${PARTS.contactField}`).getAttribute('aria-describedby')).toBe(await p.locator(`hearken-prompt ${PARTS.contactError}`).getAttribute('id'));
    expect(await focused(p)).toMatchObject({ tag: 'input', type: 'email', name: 'Your email' });
    await p.keyboard.press('End');
    await p.keyboard.type('.com');
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    await p.keyboard.press('Enter');
    await p.locator(`hearken-prompt ${PARTS.thanksDetail}`).waitFor();
    expect(await focused(p)).toMatchObject({ name: 'Close' });
    expect(await p.locator('hearken-prompt [aria-live]').textContent()).toBe('Thank you! Your feedback helps us improve.');
    await p.keyboard.press('Escape');
    await p.locator('hearken-prompt').waitFor({ state: 'detached' });
    expect(await focused(p)).toMatchObject({ id: 'page-button' });

    const stored = await waitForAnswer(server, (a) => a.touchpoint == 'keys');
    expect(stored).toMatchObject({
      score: 0,
      segment: 'detractor',
      reasons: ['late', 'support'],
      contact: { consent: true, channel: 'email', value: 'ann@example.com' },
      comment: 'Lid broken. Write to [email] or call [phone]',
    });
  });

  it('sends no contact data without consent, even after an address was typed and the consent taken back', async () => {
    const p = page();
    const bodies: string[] = [];
    p.on('request', (r) => r.method() == 'POST' && bodies.push(r.postData() || ''));
    await p.goto(server.url + '/loop/consent.html');
    await radios(p).nth(3).click();
    const consent = p.locator(`hearken-prompt ${PARTS.contactConsent}`);
    expect(await consent.isChecked()).toBe(false);
    await consent.check();
    await p.locator(`hearken-prompt ${PARTS.contactField}`).fill('bob@example.com');
    await consent.uncheck();
    expect(await p.locator(`hearken-prompt ${PARTS.contactField}`).count()).toBe(0);
    await p.locator(`hearken-prompt ${PARTS.send}`).click();
    const stored = await waitForAnswer(server, (a) => a.touchpoint == 'consent');
    expect(stored).not.toHaveProperty('contact');
    // the browser's request event may reach the test after the server stored the answer
    await expect.poll(() => bodies.length).toBeGreaterThan(0);
    expect(bodies.join('\n')).not.toContain('bob@example.com');
  });

  it('asks an identified visitor only for consent: the record has the channel and no value', async () => {
    const p = page();
    await p.goto(server.url + '/loop/known.html');
    await radios(p).nth(1).click();
    await p.locator(`hearken-prompt ${PARTS.contactConsent}`).check();
    expect(await p.locator('hearken-prompt input:not([type=checkbox])').count()).toBe(0);
    await p.locator(`hearken-prompt ${PARTS.send}`).click();
    const stored = await waitForAnswer(server, (a) => a.touchpoint == 'known');
    expect(stored).toMatchObject({ userId: 'u-42', contact: { consent: true, channel: 'phone' } });
    expect(stored.contact).not.toHaveProperty('value');
  });

  for (const score of [0, 10])
    it(`offers the review link after a ${score}, in a new tab without the page; a click emits review`, async () => {
      const p = page();
      await p.goto(server.url + '/loop/review.html');
      await p.evaluate(() => {
        const w = window as unknown as { reviews: unknown[]; Hearken: { on(n: string, f: (e: unknown) => void): void } };
        w.reviews = [];
        w.Hearken.on('review', (e) => w.reviews.push(e));
      });
      await answer(p, score);
      const link = p.locator('hearken-prompt a');
      expect(await link.getAttribute('href')).toBe(REVIEW);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      await browser.context.route(REVIEW, (route) => route.fulfill({ body: '<title>Review</title>', contentType: 'text/html' }));
      const [tab] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
      await tab.waitForLoadState();
      expect(tab.url()).toBe(REVIEW);
      // noopener noreferrer: the review page gets neither this window nor its address
      expect(await tab.evaluate(() => [window.opener, document.referrer])).toEqual([null, '']);
      await tab.close();
      expect(await p.evaluate(() => (window as unknown as { reviews: unknown[] }).reviews)).toEqual([{ survey: 'nps', url: REVIEW }]);
      await p.locator('hearken-prompt').waitFor({ state: 'detached' });
    });

  it('shows markup in reasons, the purpose and the review label as text', async () => {
    const p = page();
    await p.goto(server.url + '/loop/markup.html');
    await radios(p).first().click();
    const labels = await p.locator(`hearken-prompt ${PARTS.reasons} label`).allTextContents();
    expect(labels).toEqual(['<img src=x onerror="window.hacked=1">', '<b>Bold</b>']);
    expect(await p.locator(`hearken-prompt ${PARTS.contactPurpose}`).textContent()).toBe('<i>why</i>');
    await p.locator(`hearken-prompt ${PARTS.skip}`).click();
    expect(await p.locator('hearken-prompt a').textContent()).toBe('<svg onload="window.hacked=2">↗ (opens in a new tab)');
    expect(await p.locator('hearken-prompt img, hearken-prompt b, hearken-prompt i').count()).toBe(0);
    // the one svg is the close button's drawn cross
    expect(await p.locator('hearken-prompt svg').evaluateAll((svgs) => svgs.map((svg) => svg.parentElement!.getAttribute('aria-label')))).toEqual(['Close']);
    expect(await p.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  });

  it('scrubs a comment on the device; data-scrub="off" sends it as typed', async () => {
    const p = page();
    const comment = 'Mail ann@example.com, card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, phone +44 20 7946 0958; order #12345 cost €12.99';
    for (const path of ['scrub', 'scrub-off']) {
      await p.goto(server.url + `/loop/${path}.html`);
      await answer(p, 9, comment);
    }
    expect((await waitForAnswer(server, (a) => a.touchpoint == 'scrub')).comment).toBe('Mail [email], card [card], IBAN [iban], phone [phone]; order #12345 cost €12.99');
    expect((await waitForAnswer(server, (a) => a.touchpoint == 'scrub-off')).comment).toBe(comment);
  });
});
