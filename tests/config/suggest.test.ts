import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/config/suggest';

describe('editDistance', () => {
  it.each([
    ['nps', 'nps', 0],
    ['npss', 'nps', 1],
    ['nsp', 'nps', 1], // two neighbours swapped: one edit
    ['botom', 'bottom', 1],
    ['ligth', 'light', 1],
    ['', 'abc', 3],
    ['poll', 'nps', 4],
  ])('%j → %j: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('suggest', () => {
  const surveys = ['nps', 'csat', 'ces'];
  const positions = ['bottom-right', 'bottom-left', 'bottom', 'center'];

  it.each([
    ['npss', surveys, 'nps'],
    [' CSATT ', surveys, 'csat'],
    ['cess', surveys, 'ces'],
    ['centre', positions, 'center'],
    ['botom', positions, 'bottom'],
    ['bottom_right', positions, 'bottom-right'],
    ['datalayr', ['fetch', 'beacon', 'dataLayer'], 'dataLayer'],
  ])('%j → %j', (value, allowed, meant) => {
    expect(suggest(value, allowed)).toBe(meant);
  });

  it.each([
    ['poll', surveys], // another word
    ['abc', surveys], // 2 edits from a 3-letter value is another word, not a typo
    ['cps', surveys], // as near to nps as to ces: no guess
    ['bottomright!!', positions],
    ['', surveys],
    [7, surveys],
  ])('no guess for %j', (value, allowed) => {
    expect(suggest(value, allowed)).toBeUndefined();
  });
});
