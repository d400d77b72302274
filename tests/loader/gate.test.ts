import { describe, expect, it } from 'vitest';
import type { GateDeps } from '../../src/loader/gate';
import { attributesHash, lightReason } from '../../src/loader/gate';
import { memoryStorage } from '../../src/storage/index';
import { inSample } from '../../src/rules/index';
import { optionsFromAttributes } from '../../src/config/index';

const DAY = 864e5;
const NOW = Date.UTC(2026, 11, 4);

/** The gate over these attributes, with the hash the full script stored when it found them right (unless `checked: false`). */
function gate(attributes: Record<string, string>, stored: Record<string, string> = {}, extra: Partial<GateDeps> & { checked?: false } = {}) {
  const lines = Object.entries(attributes).map(([name, value]) => `data-${name}=${value}\n`).join('');
  const local = memoryStorage({ ...(extra.checked === false ? {} : { 'hearken:checked': attributesHash(lines) }), ...stored });
  const deps: GateDeps = {
    read: (name) => (name in attributes ? attributes[name] : null),
    attributes: lines,
    local,
    window: { location: new URL('https://shop.example/products/tea') as unknown as Location, matchMedia: () => ({ matches: false }), navigator: {} },
    now: NOW,
    ...extra,
  };
  return lightReason(deps.read, deps.attributes, deps.local, deps.window, deps.now);
}
const answered = (survey: string, daysAgo: number) => ({ 'hearken:history': JSON.stringify({ [survey]: { answeredAt: NOW - daysAgo * DAY } }) });

describe('lightReason: why no prompt can show, or "" when the full script must decide', () => {
  it('a visitor who answered NPS within 90 days cannot be asked; after 90 days they can', () => {
    expect(gate({ endpoint: '/collect' }, answered('nps', 10))).toBe('frequency');
    expect(gate({ endpoint: '/collect' }, answered('nps', 91))).toBe('');
  });

  it("reads the history in today's names only: one in 0.1's (`a`, `d`) leaves the decision to the full script, which rewrites it", () => {
    const history = (entry: object) => ({ 'hearken:history': JSON.stringify({ nps: entry }) });
    expect(gate({}, history({ answeredAt: NOW - 10 * DAY }))).toBe('frequency');
    expect(gate({}, history({ a: NOW - 10 * DAY }))).toBe('');
    expect(gate({}, history({ d: NOW - 3 * DAY }))).toBe('');
  });

  it('keeps each survey and touchpoint apart, and honours data-resurvey-days and data-dismiss-days', () => {
    expect(gate({ survey: 'CSAT', touchpoint: 'checkout' }, answered('csat@checkout', 3))).toBe('frequency');
    expect(gate({ survey: 'csat', touchpoint: 'delivery' }, answered('csat@checkout', 3))).toBe('');
    expect(gate({ 'resurvey-days': '2' }, answered('nps', 3))).toBe('');
    const closed = { 'hearken:history': JSON.stringify({ nps: { dismissedAt: NOW - 3 * DAY } }) };
    expect(gate({}, closed)).toBe('frequency');
    expect(gate({ 'dismiss-days': '1' }, closed)).toBe('');
  });

  it('an excluded page, another device, a manual trigger and a visitor outside the sample stay light', () => {
    expect(gate({ pages: '/checkout/*' })).toBe('pages');
    expect(gate({ pages: '!/products/*' })).toBe('pages');
    expect(gate({ pages: '/products/*' })).toBe('');
    expect(gate({ device: 'mobile' })).toBe('device');
    expect(gate({ device: 'desktop' })).toBe('');
    expect(gate({ trigger: 'manual' })).toBe('trigger');
    const outside = ['a', 'b', 'c', 'd', 'e', 'f'].find((id) => !inSample(0.1, id, 'nps'))!;
    const inside = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].find((id) => inSample(0.5, id, 'nps'))!;
    expect(gate({ sample: '10%' }, { 'hearken:visitor': outside })).toBe('sample');
    expect(gate({ sample: '0.5' }, { 'hearken:visitor': inside })).toBe('');
    // a new visitor has no id yet: hearken-checks.js makes one, and the gate is asked again
    expect(gate({ sample: '0' })).toBe('check');
    expect(gate({ sample: '10%', scroll: '50' })).toBe('check');
    expect(gate({ sample: '10%', trigger: 'manual' })).toBe('trigger');
    expect(gate({ sample: '1' })).toBe('');
    expect(gate({ sample: '100%' })).toBe('');
  });

  it('reads data-sample as the full script does, for every form its check accepts: the same visitors in and out', () => {
    const ids = Array.from({ length: 40 }, (_, i) => 'visitor-' + i);
    for (const value of ['0', '0.5', '.5', ' 0.5 ', '5e-1', '0x1', '0b1', '1', '0%', '50%', '5 %', '0x32%', '100%']) {
      // the script tag, as the full script's check reads it
      const tag = { getAttributeNames: () => ['data-sample'], getAttribute: (name: string) => (name == 'data-sample' ? value : null) } as unknown as Element;
      const errors: unknown[] = [];
      const share = optionsFromAttributes(tag, 'data-', (error) => errors.push(error)).sample!;
      expect([value, errors]).toEqual([value, []]);
      const full = ids.map((id) => (share < 1 && !inSample(share, id, 'nps') ? 'sample' : ''));
      expect(ids.map((id) => gate({ sample: value }, { 'hearken:visitor': id })), value).toEqual(full);
    }
    // no sample, or an empty one (which the full script reports and ignores): nobody is left out
    expect(gate({}, { 'hearken:visitor': 'visitor-1' })).toBe('');
    expect(gate({ sample: ' ' }, { 'hearken:visitor': 'visitor-1' })).toBe('');
  });

  it('"armed" when only a trigger says when a prompt comes (scroll, exit intent, an event, a delay longer than 3 s): hearken-triggers.js can wait for it; not with a short delay or a page-view count', () => {
    expect(gate({ delay: '600000' })).toBe('armed');
    expect(gate({ delay: '3001' })).toBe('armed');
    expect(gate({ delay: '3000' })).toBe('');
    for (const trigger of [{ scroll: '50' }, { 'exit-intent': '' }, { 'exit-intent': 'true' }, { 'on-event': 'added' }] as Record<string, string>[]) {
      expect(gate(trigger)).toBe('armed');
      expect(gate({ delay: '600000', ...trigger })).toBe('armed');
      // a delay too short to wait for without the full script, or a page-view count (the full script's to keep)
      expect(gate({ delay: '2000', ...trigger })).toBe('');
      expect(gate({ 'min-pageviews': '3', ...trigger })).toBe('');
    }
    // no trigger: the prompt comes at the window's load
    expect(gate({})).toBe('');
    // the other rules come first
    expect(gate({ delay: '600000' }, answered('nps', 10))).toBe('frequency');
    expect(gate({ 'exit-intent': '' }, answered('nps', 10))).toBe('frequency');
  });

  it('attributes not found right before (a first page view), or changed since, where only a trigger says when: "check", for hearken.js to have them checked by hearken-checks.js before it arms them', () => {
    expect(gate({ delay: '600000' }, {}, { checked: false })).toBe('check');
    expect(gate({ scroll: '50' }, {}, { checked: false })).toBe('check');
    expect(gate({ 'exit-intent': '', accent: 'tael' }, {}, { checked: false })).toBe('check');
    // odd values the full script would reject do not break the gate
    expect(gate({ scroll: '50', pages: '! !! *!*? ( [ \\', sample: '%', delay: 'soon' }, {}, { checked: false })).toBe('check');
  });

  it('attributes not found right before, or changed since, where no prompt can show: "check", for hearken.js to have them checked by hearken-checks.js alone', () => {
    expect(gate({ scroll: '50', pages: '/blog/*' }, {}, { checked: false })).toBe('check');
    expect(gate({ trigger: 'manual' }, {}, { checked: false })).toBe('check');
    expect(gate({ 'resurvey-days': '90' }, answered('nps', 10), { checked: false })).toBe('check');
    expect(gate({ accent: 'teal' }, { ...answered('nps', 10), 'hearken:checked': attributesHash('data-accent=tael\n') })).toBe('check');
    // a data-sample visitor without an id: hearken-checks.js makes it too
    expect(gate({ sample: '10%', scroll: '50' }, {}, { checked: false })).toBe('check');
  });

  it('attributes not found right before that give no reason (a prompt may show at load) load the full script', () => {
    expect(gate({ endpoint: '/collect' }, {}, { checked: false })).toBe('');
    expect(gate({ 'resurvey-days': '90' }, answered('nps', 91), { checked: false })).toBe('');
  });

  it('pending or denied consent stays light without any storage, and so does Global Privacy Control under data-respect-gpc', () => {
    expect(gate({ consent: 'pending' }, {}, { checked: false })).toBe('consent');
    expect(gate({ consent: ' Denied ' }, {}, { checked: false })).toBe('consent');
    const at = (gpc: boolean) => ({ checked: false as const, window: { location: new URL('https://shop.example/') as unknown as Location, navigator: { globalPrivacyControl: gpc } } });
    // a bare attribute and "true" honour it, as the full script does; where the visitor sends no signal, the rules decide
    expect(gate({ 'respect-gpc': '' }, {}, at(true))).toBe('consent');
    expect(gate({ 'respect-gpc': ' true ' }, {}, at(true))).toBe('consent');
    expect(gate({ 'respect-gpc': '' }, {}, at(false))).toBe('');
    expect(gate({}, {}, at(true))).toBe('');
    expect(gate({ 'respect-gpc': 'false' }, {}, at(true))).toBe('');
    // a wrong value is not honoured by the full script, which loads and reports it
    expect(gate({ 'respect-gpc': 'yes' }, {}, at(true))).toBe('');
  });
});

describe('attributesHash', () => {
  it('differs when an attribute changes', () => {
    expect(attributesHash('data-survey=nps\n')).toBe(attributesHash('data-survey=nps\n'));
    expect(attributesHash('data-survey=nps\n')).not.toBe(attributesHash('data-survey=csat\n'));
  });
});
