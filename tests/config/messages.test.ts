import { describe, expect, it } from 'vitest';
import { describeBad, inWords } from '../../src/config/messages';

describe('describeBad: a refused option in words', () => {
  it('names the option, what a good value looks like and the value given', () => {
    expect(describeBad({ name: 'data-delay', key: 'delay', value: 'soon' })).toBe('[hearken] data-delay must be a number of milliseconds, got "soon"');
    expect(describeBad({ name: 'brand', key: 'brand', value: 42 })).toBe('[hearken] brand must be a non-empty text, got "42"');
  });

  it('lists the choices of an enumerated option, and what a near miss meant', () => {
    const choices = ['bottom-right', 'bottom-left', 'bottom', 'center'];
    expect(describeBad({ name: 'data-position', key: 'position', value: 'botom', choices })).toBe(
      '[hearken] data-position must be one of bottom-right, bottom-left, bottom, center, got "botom"; did you mean "bottom"?',
    );
    expect(describeBad({ name: 'data-position', key: 'position', value: 'top', choices })).toBe('[hearken] data-position must be one of bottom-right, bottom-left, bottom, center, got "top"');
    // its own words where it has them
    expect(describeBad({ name: 'data-device', key: 'device', value: 'tablett', choices: ['mobile', 'desktop'] })).toBe('[hearken] data-device must be mobile or desktop, got "tablett"');
  });

  it('says which scales a survey takes, and what a required option not given is for', () => {
    expect(describeBad({ name: 'data-scale', key: 'scale', value: '4', choices: [3, 5], survey: 'csat' })).toBe('[hearken] data-scale must be 3 or 5 for csat, got "4"');
    expect(describeBad({ name: 'data-endpoint', key: 'endpoint', value: '', need: '' })).toBe('[hearken] data-endpoint is required (the http(s) URL answers are sent to), got ""');
    expect(describeBad({ name: 'writeKey', key: 'writeKey', value: '', need: 'segment' })).toBe('[hearken] writeKey is required with the segment transport, got ""');
  });

  it('shows a value as text, briefly, whatever it is', () => {
    expect(describeBad({ name: 'survey', key: 'survey', value: '<img src=x onerror=alert(1)>'.repeat(5), choices: ['nps'] })).toMatch(/got "<img src=x onerror=alert\(1\)>.{29}\.\.\."$/);
  });
});

describe('inWords', () => {
  it('keeps a message as it is and puts a refused option in words', () => {
    expect(inWords('[hearken] track(name) must be a text, got "1"')).toBe('[hearken] track(name) must be a text, got "1"');
    expect(inWords({ name: 'data-scroll', key: 'scroll', value: '150' })).toBe('[hearken] data-scroll must be a percentage from 0 to 100, got "150"');
  });
});
