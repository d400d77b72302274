// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { inWords } from '../../src/config/messages';
import { optionsFromAttributes, readAttributes } from '../../src/config/attributes';

function el(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.firstElementChild!;
}

describe('optionsFromAttributes', () => {
  it('reads every data-attribute of the script tag', () => {
    const script = el(`<script src="/dist/hearken.js" data-endpoint="https://collect.example/answers" data-survey="csat"
      data-question="How was it?" data-brand="Northwind" data-locale="de" data-touchpoint="checkout"
      data-position="bottom-left" data-theme="dark" data-accent="rebeccapurple" data-scale="3" data-style="faces"
      data-user-id="u-42" data-meta-plan="pro" data-meta-order-id="A-1" data-transport="beacon"></script>`);
    const errors: string[] = [];
    expect(optionsFromAttributes(script, 'data-', (said) => errors.push(inWords(said)))).toEqual({
      endpoint: 'https://collect.example/answers',
      survey: 'csat',
      question: 'How was it?',
      brand: 'Northwind',
      locale: 'de',
      touchpoint: 'checkout',
      position: 'bottom-left',
      theme: 'dark',
      accent: 'rebeccapurple',
      scale: 3,
      style: 'faces',
      userId: 'u-42',
      meta: { plan: 'pro', orderId: 'A-1' },
      transport: 'beacon',
    });
    expect(errors).toEqual([]);
  });

  it('reads the pipeline transports\' attributes', () => {
    const script = el(`<script src="/dist/hearken.js" data-transport="posthog" data-endpoint="https://eu.i.posthog.com"
      data-write-key="phc_abc" data-survey-id="018ed910" data-event-name="NPS Answered"></script>`);
    const errors: string[] = [];
    expect(optionsFromAttributes(script, 'data-', (said) => errors.push(inWords(said)))).toEqual({
      transport: 'posthog',
      endpoint: 'https://eu.i.posthog.com/',
      writeKey: 'phc_abc',
      surveyId: '018ed910',
      eventName: 'NPS Answered',
    });
    expect(errors).toEqual([]);
  });

  it('reads bare attribute names on <hearken-survey>', () => {
    const survey = el('<hearken-survey survey="ces" task="return an item" user-id="7" meta-channel="app"></hearken-survey>');
    expect(optionsFromAttributes(survey, '', () => {})).toEqual({
      survey: 'ces',
      task: 'return an item',
      userId: '7',
      meta: { channel: 'app' },
    });
  });

  it('names the attribute and the bad value, and keeps the good ones; several in the order the tag has them', () => {
    const script = el('<script data-survey="poll" data-endpoint="javascript:alert(1)" data-brand="Acme"></script>');
    const errors: string[] = [];
    expect(optionsFromAttributes(script, 'data-', (said) => errors.push(inWords(said)))).toEqual({ brand: 'Acme' });
    expect(errors).toEqual([
      '[hearken] data-survey must be one of nps, csat, ces, got "poll"',
      '[hearken] data-endpoint must be an http(s) URL, got "javascript:alert(1)"',
    ]);
  });

  it('reads each attribute of the element once, by its name: unknown ones and those of JS-only options come to nothing', () => {
    const script = el('<script data-user-id="u1" data-meta-order-id="42" data-meta-1st="yes" data-colour="red" data-texts="{}" data-trigger="manual" class="x"></script>');
    expect(optionsFromAttributes(script, 'data-', () => {})).toEqual({ userId: 'u1', meta: { orderId: '42', '1st': 'yes' }, trigger: 'manual' });
    const survey = el('<hearken-survey survey="csat" user-id="u2" class="big" id="s"></hearken-survey>');
    expect(optionsFromAttributes(survey, '', () => {})).toEqual({ survey: 'csat', userId: 'u2' });
  });

  it('takes enumerated values in any case and trimmed, and suggests what a near miss meant', () => {
    const script = el('<script data-survey="CSAT" data-position=" Center " data-transport="datalayer" data-locale="pt_BR" data-theme="darkk" data-offset=" 56 "></script>');
    const errors: string[] = [];
    expect(optionsFromAttributes(script, 'data-', (said) => errors.push(inWords(said)))).toEqual({ survey: 'csat', position: 'center', transport: 'dataLayer', locale: 'pt_BR', offset: 56 });
    expect(errors).toEqual(['[hearken] data-theme must be one of light, dark, auto, got "darkk"; did you mean "dark"?']);
    const survey = el('<hearken-survey survey=" NPS " style="Faces"></hearken-survey>');
    expect(optionsFromAttributes(survey, '', () => {})).toEqual({ survey: 'nps', style: 'faces' });
  });

  it('does not read JS-only options from attributes', () => {
    const script = el('<script data-texts="{}" data-target="#x" data-headers="x"></script>');
    expect(readAttributes(script, 'data-')).toEqual({});
  });
});
