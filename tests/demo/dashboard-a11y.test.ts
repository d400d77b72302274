// @vitest-environment jsdom
// What a screen-reader user of the dashboard meets: the direction of right-to-left comments, the names of
// the repeated controls ("Done", "Data table"), and the page's landmarks. Names are computed by axe-core,
// as assistive technology would compute them, not read off one attribute.
import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { renderComments } from '../../demo/dashboard/comments.js';
import { renderContacts } from '../../demo/dashboard/follow-up-view.js';
import { barList, lineChart } from '../../demo/dashboard/charts.js';
import { answerOf } from './helpers';

const NOW = Date.parse('2025-06-03T10:00:00Z');
const ARABIC = 'التوصيل بطيء جدا!';

/** The accessible name of each element, as axe-core computes it. */
function namesOf(elements: Iterable<Element>): string[] {
  axe.setup(document);
  try {
    return [...elements].map((e) => axe.commons.text.accessibleText(e));
  } finally {
    axe.teardown();
  }
}

/** The dashboard page's body, without its scripts running. */
function loadPage(): void {
  const page = readFileSync('demo/dashboard/index.html', 'utf8');
  document.body.innerHTML = page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>'));
}

afterEach(() => document.body.replaceChildren());

describe('right-to-left comments', () => {
  // dir=auto lets the browser take the direction from the text, so Arabic punctuation lands on the left
  it('in "Latest comments", let the comment set its own direction', () => {
    const list = document.body.appendChild(document.createElement('ol'));
    renderComments(list, [{ answer: answerOf('nps', 2, { locale: 'ar', comment: ARABIC }), polarity: 'negative' }], NOW);
    const quote = list.querySelector('q')!;
    expect(quote.textContent).toBe(ARABIC);
    expect(quote.getAttribute('lang')).toBe('ar');
    expect(quote.getAttribute('dir')).toBe('auto');
  });

  it('in "To contact", let the comment set its own direction', () => {
    const list = document.body.appendChild(document.createElement('ol'));
    const contact = { consent: true, channel: 'email', value: 'sam@example.com' };
    renderContacts(list, [answerOf('nps', 1, { locale: 'he', comment: 'המשלוח איטי!', contact })], NOW, async () => true);
    expect(list.querySelector('q')!.getAttribute('dir')).toBe('auto');
  });
});

describe('repeated controls', () => {
  it('name each "Done" checkbox after its contact, still starting with the visible "Done"', async () => {
    const list = document.body.appendChild(document.createElement('main')).appendChild(document.createElement('ol'));
    renderContacts(
      list,
      [
        answerOf('csat', 1, { touchpoint: 'checkout', contact: { consent: true, channel: 'phone' }, userId: 'u-7', answeredAt: '2025-06-02T10:00:00Z' }),
        answerOf('nps', 2, { touchpoint: 'delivery', contact: { consent: true, channel: 'email', value: 'sam@example.com' }, answeredAt: '2025-06-01T10:00:00Z' }),
      ],
      NOW,
      async () => true,
    );
    const boxes = [...list.querySelectorAll('input[type=checkbox]')];
    expect(boxes.map((b) => b.closest('label')!.textContent)).toEqual(['Done', 'Done']);
    expect(namesOf(boxes)).toEqual(['Done: CSAT 1/5, checkout, 1 day ago, by phone (u-7)', 'Done: NPS 2/10, delivery, 2 days ago, by email (sam@example.com)']);
    const result = await axe.run(document, { runOnly: ['label', 'label-content-name-mismatch'] });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('name each chart\'s "Data table" disclosure after its chart', () => {
    const byDay = lineChart(document, { caption: 'NPS by day', points: [{ day: '2025-06-02', value: 10, rolling: 10, count: 2 }], min: -100, max: 100, ticks: [0], format: String });
    const byTouchpoint = barList(document, { caption: 'NPS by touchpoint', rows: [{ key: 'checkout', value: -20, count: 5 }], min: -100, max: 100, format: String });
    document.body.append(byDay, byTouchpoint);
    const summaries = [...document.querySelectorAll('summary')];
    expect(summaries.map((s) => s.textContent)).toEqual(['Data table', 'Data table']);
    expect(namesOf(summaries)).toEqual(['Data table: NPS by day', 'Data table: NPS by touchpoint']);
  });
});

describe('landmarks', () => {
  it('are unique: no two regions share a role and a name', async () => {
    loadPage();
    const result = await axe.run(document, { runOnly: ['landmark-unique'] });
    expect(result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  });

  it('keep the sideways-scrolling tables reachable by keyboard, as named regions of their own', () => {
    loadPage();
    const scrollers = ['touchpoint-rows', 'reasons'].map((id) => document.getElementById(id)!);
    for (const scroller of scrollers) {
      expect(scroller.tabIndex, scroller.id).toBe(0);
      expect(scroller.getAttribute('role'), scroller.id).toBe('region');
    }
    const sections = scrollers.map((s) => s.closest('section')!);
    expect(namesOf(sections)).toEqual(['Touchpoints', 'Reasons']);
    expect(namesOf(scrollers)).toEqual(['Touchpoint scores table', 'Reason tables']);
  });
});
