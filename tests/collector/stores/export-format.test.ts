import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvHeader, csvRow } from '../../../src/collector/stores/export-format';
import type { StoredAnswer } from '../../../src/collector';
import { makeAnswer } from '../answers';

const stored = (overrides: Partial<StoredAnswer> = {}): StoredAnswer => ({ ...makeAnswer(), seq: 1, receivedAt: '2026-11-22T21:47:40.000Z', done: false, ...overrides });
const cells = (answer: StoredAnswer) => {
  const row = csvRow(answer);
  return Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, row.slice(0, -2).split(',')[i]]));
};

describe('CSV export rows', () => {
  it('has one header row naming every column', () => {
    expect(csvHeader()).toBe(CSV_COLUMNS.join(',') + '\r\n');
  });

  it('flattens the record: scale, reasons, contact, meta', () => {
    const row = cells(stored({ reasons: ['price', 'speed'], contact: { consent: true, channel: 'email', value: 'ana@example.com' } }));
    expect(row).toMatchObject({ score: '10', scaleMin: '0', scaleMax: '10', reasons: 'price;speed', contactChannel: 'email', contactValue: 'ana@example.com', done: 'false', userId: '' });
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+49 170 000', "'+49 170 000"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    [' padded ', '" padded "'],
    // read with `;` or tabs between cells (Excel's and LibreOffice's default in many languages), or line by line,
    // each part of the comment is a cell of its own, and one starting a formula was run (found by the security audit)
    ['Great coffee;=1+1;', "Great coffee;'=1+1;"],
    ['a\t@SUM(A1)\t-2', "a\t'@SUM(A1)\t'-2"],
    ['line one\n=HYPERLINK("http://x")', '"line one\n\'=HYPERLINK(""http://x"")"'],
    ['=1;+2', "'=1;'+2"],
  ])('writes the comment %j as %s', (comment, cell) => {
    expect(csvRow(stored({ comment }))).toContain(',' + cell + ',');
  });
});
