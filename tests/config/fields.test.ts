import { describe, expect, it } from 'vitest';
import { describeBad } from '../../src/config/messages';
import { inWords } from '../../src/config/messages';
import fs from 'node:fs';
import path from 'node:path';
import { FIELDS } from '../../src/config/fields';
import { checkOptions } from '../../src/config/options';
import { kebab } from '../../src/config/checks';

/** Options read from attribute text, as the script tag reads them (`data-` names in messages). */
const parseRuleAttributes = (dataset: Record<string, string>, report: (m: string) => void, nameOf = (o: string) => 'data-' + kebab(o)) =>
  checkOptions(dataset, (said) => report(inWords(said)), nameOf, 'https://shop.test/', true);
// (the rules' attributes and options are rows of the same table as every other option)
/** Options given in JavaScript. */
const validateRuleOptions = (options: Record<string, unknown>, report: (m: string) => void) => checkOptions(options, (said) => report(inWords(said)));

function attrs(dataset: Record<string, string>) {
  const errors: string[] = [];
  return { options: parseRuleAttributes(dataset, (m) => errors.push(m)), errors };
}

describe('parseRuleAttributes', () => {
  it.each([
    ['delay', 'soon', '[hearken] data-delay must be a number of milliseconds, got "soon"'],
    ['delay', '-5', '[hearken] data-delay must be a number of milliseconds, got "-5"'],
    ['scroll', '150', '[hearken] data-scroll must be a percentage from 0 to 100, got "150"'],
    ['exitIntent', 'yes', '[hearken] data-exit-intent must be true or false, got "yes"'],
    ['onEvent', 'two words', '[hearken] data-on-event must be an event name, got "two words"'],
    ['minPageviews', '2.5', '[hearken] data-min-pageviews must be a whole number of page views, got "2.5"'],
    ['trigger', 'click', '[hearken] data-trigger must be manual or auto, got "click"'],
    ['pages', ' , ', '[hearken] data-pages must be URL patterns like /blog/* or !/admin/*, got " , "'],
    ['sample', '1.5', '[hearken] data-sample must be a share of visitors from 0 to 1, got "1.5"'],
    ['sample', '120%', '[hearken] data-sample must be a share of visitors from 0 to 1, got "120%"'],
    ['device', 'tablet', '[hearken] data-device must be mobile or desktop, got "tablet"'],
    ['resurveyDays', 'often', '[hearken] data-resurvey-days must be a number of days, got "often"'],
    ['dismissDays', '', '[hearken] data-dismiss-days must be a number of days, got ""'],
    ['consent', 'maybe', '[hearken] data-consent must be granted, pending or denied, got "maybe"'],
    ['respectGpc', 'sure', '[hearken] data-respect-gpc must be true or false, got "sure"'],
    ['debug', '1', '[hearken] data-debug must be true or false, got "1"'],
  ])('reports a bad %s (%j) naming the attribute and ignores it', (key, value, message) => {
    const { options, errors } = attrs({ [key]: value, scroll: key == 'scroll' ? value : '50' });
    expect(errors).toEqual([message]);
    expect(options).not.toHaveProperty(key);
    if (key != 'scroll') expect(options.scroll).toBe(50);
  });

  it('reads good values', () => {
    const { options, errors } = attrs({
      trigger: 'manual',
      delay: '3000',
      scroll: ' 40 ',
      exitIntent: '',
      onEvent: 'checkout:done',
      minPageviews: '3',
      pages: '/blog/*, !/blog/drafts/*',
      sample: '20%',
      device: 'mobile',
      resurveyDays: '60',
      dismissDays: '0',
      consent: 'pending',
      respectGpc: 'true',
      debug: 'false',
      survey: 'nps', // a row of the same table
    });
    expect(errors).toEqual([]);
    expect(options).toEqual({
      trigger: 'manual',
      delay: 3000,
      scroll: 40,
      exitIntent: true,
      onEvent: 'checkout:done',
      minPageviews: 3,
      pages: ['/blog/*', '!/blog/drafts/*'],
      sample: 0.2,
      device: 'mobile',
      resurveyDays: 60,
      dismissDays: 0,
      consent: 'pending',
      respectGpc: true,
      debug: false,
      survey: 'nps',
    });
  });

  it('names attributes without the data- prefix when asked (custom element)', () => {
    const errors: string[] = [];
    parseRuleAttributes({ exitIntent: 'nope' }, (m) => errors.push(m), (o) => o.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()));
    expect(errors).toEqual(['[hearken] exit-intent must be true or false, got "nope"']);
  });
});

describe('validateRuleOptions', () => {
  it.each([
    ['delay', 'soon', '[hearken] delay must be a number of milliseconds, got "soon"'],
    ['exitIntent', 'true', '[hearken] exitIntent must be true or false, got "true"'],
    ['pages', ['/a', 3], '[hearken] pages must be URL patterns like /blog/* or !/admin/*, got "["/a",3]"'],
    ['sample', '20%', '[hearken] sample must be a share of visitors from 0 to 1, got "20%"'],
    ['minPageviews', -1, '[hearken] minPageviews must be a whole number of page views, got "-1"'],
  ])('reports a bad %s (%j) naming the option', (key, value, message) => {
    const errors: string[] = [];
    const options = validateRuleOptions({ [key]: value, delay: key == 'delay' ? value : 10 }, (m) => errors.push(m));
    expect(errors).toEqual([message]);
    expect(options).not.toHaveProperty(key);
  });

  it('keeps good values', () => {
    const errors: string[] = [];
    const options = validateRuleOptions({ delay: 0, exitIntent: true, pages: '/a/* /b', sample: 0.5, debug: true }, (m) => errors.push(m));
    expect(errors).toEqual([]);
    expect(options).toEqual({ delay: 0, exitIntent: true, pages: ['/a/*', '/b'], sample: 0.5, debug: true });
  });
});

describe('the one option table', () => {
  it('is what README\'s attribute table lists, neither more nor less', () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
    // the first cell of each attribute row; `data-reasons-detractor`, `-passive`, … names a family
    const cells = [...readme.matchAll(/^\| (`data-[^|]*)\|/gm)].map((m) => m[1]);
    const listed = new Set(
      cells.flatMap((cell) => {
        const names = [...cell.matchAll(/`(data-[a-z-]+|-[a-z]+)(?:="[^`]*")?`/g)].map((m) => m[1]);
        if (!names.length) return [];
        const family = names[0].replace(/-[a-z]+$/, '');
        return names.map((name) => (name.startsWith('-') ? family + name : name));
      }),
    );
    const attributes = Object.keys(FIELDS).filter((key) => FIELDS[key as keyof typeof FIELDS].attr !== false).map((key) => 'data-' + kebab(key));
    expect([...listed].filter((name) => name != 'data-meta-').sort()).toEqual(attributes.sort());
  });

  it('gives every option a check and, in its error, a description of a good value', () => {
    for (const [key, row] of Object.entries(FIELDS)) {
      expect(typeof row.check, key).toBe('function');
      expect(describeBad({ name: key, key: key as keyof typeof FIELDS, value: 1, choices: row.choices }), key).toMatch(/^\[hearken\] \w+ must be \w.*, got "1"$/);
    }
  });
});
