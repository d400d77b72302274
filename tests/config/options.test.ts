import { describe, expect, it } from 'vitest';
import { inWords } from '../../src/config/messages';
import { checkOptions, kebab } from '../../src/config/options';

function check(raw: Record<string, unknown>, nameOf?: (o: string) => string) {
  const errors: string[] = [];
  const options = checkOptions(raw, (said) => errors.push(inWords(said)), nameOf, 'https://shop.example/cart?x=1');
  return { options, errors };
}

describe('checkOptions', () => {
  it.each([
    ['survey', 'poll', '[hearken] survey must be one of nps, csat, ces, got "poll"'],
    ['endpoint', 'javascript:alert(1)', '[hearken] endpoint must be an http(s) URL, got "javascript:alert(1)"'],
    ['endpoint', 'ftp://x.example/', '[hearken] endpoint must be an http(s) URL, got "ftp://x.example/"'],
    ['position', 'top', '[hearken] position must be one of bottom-right, bottom-left, bottom, center, got "top"'],
    ['theme', 'neon', '[hearken] theme must be one of light, dark, auto, got "neon"'],
    ['offset', -8, '[hearken] offset must be a number of pixels from 0, got "-8"'],
    ['offset', '56px', '[hearken] offset must be a number of pixels from 0, got "56px"'],
    ['accent', 'red; background: url(x)', '[hearken] accent must be a CSS colour, got "red; background: url(x)"'],
    ['scale', 'ten', '[hearken] scale must be a number of points (NPS 11, CSAT 3 or 5, CES 5 or 7), got "ten"'],
    ['style', 'hearts', '[hearken] style must be one of numbers, stars, faces, got "hearts"'],
    ['locale', '<de>', '[hearken] locale must be a language tag like "de" or "pt-BR", got "<de>"'],
    ['question', '   ', '[hearken] question must be a non-empty text, got "   "'],
    ['timeoutMs', -5, '[hearken] timeoutMs must be a positive number, got "-5"'],
    ['transport', 'carrier-pigeon', '[hearken] transport must be fetch, beacon, dataLayer, segment, posthog, or an object with send(batch), got "carrier-pigeon"'],
    ['writeKey', ' ', '[hearken] writeKey must be a non-empty text, got " "'],
    ['eventName', 42, '[hearken] eventName must be a non-empty text, got "42"'],
    // (its keys are checked when a prompt is drawn: tests/config/resolve.test.ts)
    ['texts', { thanks: { fr: 'Merci' } }, '[hearken] texts must be an object of texts, got "{"thanks":{"fr":"Merci"}}"'],
  ])('reports a bad %s (%j) in one line that names it and the value', (name, value, message) => {
    const { options, errors } = check({ [name]: value });
    expect(errors).toEqual([message]);
    expect(options).not.toHaveProperty(name);
  });

  it.each(['pt_BR', ' pt-BR ', 'ZH-hans', 'de'])('takes the language tag %j, trimmed (matched to a locale later)', (locale) => {
    const { options, errors } = check({ locale });
    expect(errors).toEqual([]);
    expect(options.locale).toBe(locale.trim());
  });

  it.each([
    ['survey', 'NPS', 'nps'],
    ['survey', ' csat ', 'csat'],
    ['position', 'Bottom-Left', 'bottom-left'],
    ['theme', 'DARK', 'dark'],
    ['style', ' Stars', 'stars'],
    ['transport', 'datalayer', 'dataLayer'],
    ['transport', ' BEACON ', 'beacon'],
    ['trigger', 'Manual', 'manual'],
    ['device', 'MOBILE ', 'mobile'],
    ['consent', 'Pending', 'pending'],
  ])('takes the %s %j in any case, trimmed, as %j', (name, value, meant) => {
    const { options, errors } = check({ [name]: value });
    expect(errors).toEqual([]);
    expect(options).toEqual({ [name]: meant });
  });

  it.each([
    ['survey', 'npss', '[hearken] survey must be one of nps, csat, ces, got "npss"; did you mean "nps"?'],
    ['position', 'botom-right', '[hearken] position must be one of bottom-right, bottom-left, bottom, center, got "botom-right"; did you mean "bottom-right"?'],
    ['theme', 'drak', '[hearken] theme must be one of light, dark, auto, got "drak"; did you mean "dark"?'],
    ['style', 'star', '[hearken] style must be one of numbers, stars, faces, got "star"; did you mean "stars"?'],
    ['transport', 'becaon', '[hearken] transport must be fetch, beacon, dataLayer, segment, posthog, or an object with send(batch), got "becaon"; did you mean "beacon"?'],
    ['trigger', 'AUTOO', '[hearken] trigger must be manual or auto, got "AUTOO"; did you mean "auto"?'],
  ])('a near miss of the %s (%j) is still reported, with what was meant', (name, value, message) => {
    const { options, errors } = check({ [name]: value, brand: 'Acme' });
    expect(errors).toEqual([message]);
    // the documented default applies (the option is left out) and the rest applies
    expect(options).toEqual({ brand: 'Acme' });
  });

  it('names data-attributes when asked to', () => {
    const { errors } = check({ userId: '', survey: 'x' }, (o) => 'data-' + kebab(o));
    expect(errors).toEqual([
      '[hearken] data-user-id must be a non-empty text, got ""',
      '[hearken] data-survey must be one of nps, csat, ces, got "x"',
    ]);
  });

  it('keeps good values and normalises them', () => {
    const send = async () => ({ status: 'accepted' as const });
    const { options, errors } = check({
      endpoint: '/collect',
      survey: 'ces',
      scale: '5',
      accent: '#0a7',
      credentials: 'true',
      meta: { plan: 'pro', seats: 3 },
      transport: { send },
    });
    expect(errors).toEqual([]);
    expect(options).toMatchObject({
      endpoint: 'https://shop.example/collect',
      survey: 'ces',
      scale: 5,
      accent: '#0a7',
      credentials: true,
      meta: { plan: 'pro', seats: '3' },
    });
    expect((options.transport as { send: unknown }).send).toBe(send);
  });

  it('shortens long bad values in the message', () => {
    const { errors } = check({ survey: 'x'.repeat(200) });
    expect(errors[0]).toContain('"' + 'x'.repeat(57) + '..."');
  });

  it('checks the rule options too, and ignores keys it does not know', () => {
    expect(check({ delay: 'soon', colour: 'red', sample: 0.2 })).toEqual({
      options: { sample: 0.2 },
      errors: ['[hearken] delay must be a number of milliseconds, got "soon"'],
    });
  });
});
