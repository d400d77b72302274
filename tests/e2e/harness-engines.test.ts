/**
 * The cross-engine harness's own pieces that need no browser: README's browser table against the
 * versions that ran, and the PNG decoder and comparison of the screenshot tests.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkReadmeVersion, readmeTable, shortVersion } from './harness/engines-ran.mjs';
import { compareShots, decodePng } from './harness/png';

/** A PNG of `width`×`height` RGBA pixels from `pixel(x, y)`, each row with filter `filter` (0: none, 1: sub, 2: up). */
function png(width: number, height: number, pixel: (x: number, y: number) => number[], filter = 0): Buffer {
  const raw: number[] = [];
  const value = (x: number, y: number, c: number) => (x < 0 || y < 0 ? 0 : pixel(x, y)[c]!);
  for (let y = 0; y < height; y++) {
    raw.push(filter);
    for (let x = 0; x < width; x++)
      for (let c = 0; c < 4; c++) raw.push((value(x, y, c) - (filter == 1 ? value(x - 1, y, c) : filter == 2 ? value(x, y - 1, c) : 0)) & 255);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(raw))), chunk('IEND', Buffer.alloc(0))]);
}

describe("README's browser table", () => {
  it.each([
    ['Chromium 156.0.8078.114', '156'],
    ['Firefox 153.8.0', '153'],
    ['WebKitGTK 2.50.6', '2.50'],
  ])('shows %s as %s', (version, shown) => {
    expect(shortVersion(version)).toBe(shown);
  });

  it('fails a launch whose version the table does not name, saying how to fix it', () => {
    const table = readmeTable();
    const shown = table.match(/\| Firefox ESR \| ([\d.]+|—) \|/)![1];
    expect(() => checkReadmeVersion('firefox', `Firefox ${shown}.0.1`)).not.toThrow();
    expect(() => checkReadmeVersion('firefox', 'Firefox 999.0')).toThrow(/README's browser table says Firefox ESR .* the tests ran Firefox 999\.0: run `npm run engines:readme`/);
  });
});

describe('screenshots', () => {
  const gradient = (x: number, y: number) => [x * 40, y * 40, (x + y) * 20, 255];
  it.each([0, 1, 2])('decodes what the engines write (rows filtered with filter %i)', (filter) => {
    const { width, height, rgba } = decodePng(png(5, 4, gradient, filter));
    expect([width, height, [...rgba.subarray(0, 8)]]).toEqual([5, 4, [0, 0, 0, 255, 40, 0, 20, 255]]);
    expect([...rgba.subarray((3 * 5 + 4) * 4)]).toEqual(gradient(4, 3));
  });

  it('counts the pixels of a box that differ beyond the tolerance, scaled from CSS pixels', () => {
    const shot = (pixel: (x: number, y: number) => number[]) => ({ pixels: decodePng(png(40, 40, pixel)), viewportWidth: 20, box: { x: 0, y: 0, width: 20, height: 20 } });
    const white = () => [255, 255, 255, 255];
    const dotted = (x: number, y: number) => (x == 20 && y == 20 ? [0, 0, 0, 255] : x == 21 && y == 20 ? [250, 250, 250, 255] : white());
    expect(compareShots(shot(white), shot(dotted))).toEqual({ sizes: [[40, 40], [40, 40]], compared: 40 * 40 - 4 * 16 * 16, differing: 1 });
  });
});
