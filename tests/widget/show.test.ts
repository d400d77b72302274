// @vitest-environment jsdom
/**
 * show() of the API (src/widget/show.ts): a floating prompt only when the rules allow, an inline one whatever the
 * rules say, nothing while consent is pending but the inline ones kept for when it is granted.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HearkenOptions } from '../../src/config/options';
import type { PageContext } from '../../src/widget/page';
import type { Prompts } from '../../src/widget/prompts';
import { createAsking } from '../../src/widget/asking';
import { createShow } from '../../src/widget/show';
import { resetPage } from '../dom';

let page: PageContext;

beforeEach(async () => {
  vi.resetModules();
  resetPage();
  const { pageContext } = await import('../../src/widget/page');
  page = pageContext(window, { consent: 'pending' });
});
afterEach(() => vi.restoreAllMocks());

function setup(base: HearkenOptions = {}) {
  const open = vi.fn(async (_options: HearkenOptions) => '');
  const prompts = { open, preload: vi.fn(), commitAll: vi.fn(), removeAll: vi.fn(), floatingKey: () => undefined } as Prompts;
  const guard = <T>(_what: string, fn: () => T) => fn();
  const asking = createAsking({ window, options: base, page, show: vi.fn(), preload: vi.fn(), canDeliver: true, guard });
  const report = vi.fn();
  const show = createShow({ window, options: base, page, asking, prompts, report, nameOf: String, guard });
  return { show, open, report };
}

describe('createShow', () => {
  it('keeps an inline prompt asked for while consent is pending, and shows it once granted; a floating one is not kept', () => {
    const { show, open } = setup({ endpoint: '/collect' });
    const target = document.body.appendChild(document.createElement('div'));
    show.show('csat', { target });
    show.show('nps');
    expect(open).not.toHaveBeenCalled();
    page.consent.consent(true);
    show.showWaiting();
    expect(open.mock.calls.map(([o]) => [o.survey, o.target])).toEqual([['csat', target]]);
    show.showWaiting();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('shows a floating prompt when the rules allow, once per page view, and an inline one besides it', () => {
    page.consent.consent(true);
    const { show, open } = setup({ endpoint: '/collect' });
    show.show('nps');
    show.show('nps');
    const target = document.body.appendChild(document.createElement('div'));
    show.show('nps', { target });
    expect(open.mock.calls.map(([o]) => !!o.target)).toEqual([false, true]);
  });

  it('reports a bad survey once and shows nothing; adds an inline mount\'s meta to the script tag\'s', () => {
    page.consent.consent(true);
    const { show, open, report } = setup({ meta: { plan: 'pro' } });
    show.show('npss' as never);
    // reported as refused: the words come with the report's sink (config/messages.ts)
    expect(report.mock.calls).toEqual([[{ name: 'survey', key: 'survey', value: 'npss', choices: ['nps', 'csat', 'ces'] }]]);
    const target = document.body.appendChild(document.createElement('div'));
    show.show('ces', { target, meta: { order: '42' } });
    expect(open.mock.calls.map(([o]) => o.meta)).toEqual([{ plan: 'pro', order: '42' }]);
  });
});
