/**
 * Screenshots as pixels: a small PNG decoder (8-bit RGB or RGBA, not interlaced: what the three
 * engines write) and a comparison of one element's box in two screenshots.
 */
import { inflateSync } from 'node:zlib';

/** Decoded pixels, 4 bytes (RGBA) each, row by row. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** A box in CSS pixels of the viewport. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes a PNG; throws on formats the engines do not write. */
export function decodePng(png: Buffer): Pixels {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, type, interlace] = [png[24], png[25], png[28]];
  if (depth != 8 || (type != 2 && type != 6) || interlace) throw new Error(`[hearken] PNG of depth ${depth}, colour type ${type}, interlace ${interlace}: not supported`);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) == 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const channels = type == 6 ? 4 : 3;
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[y * stride + x - channels]! : 0;
      const b = y ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y ? rows[(y - 1) * stride + x - channels]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]!;
      rows[y * stride + x] = (line[x]! + predictor) & 255;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let c = 0; c < 3; c++) rgba[i * 4 + c] = rows[i * channels + c]!;
    rgba[i * 4 + 3] = channels == 4 ? rows[i * channels + 3]! : 255;
  }
  return { width, height, rgba };
}

/** A screenshot and where an element is in it. */
export interface Shot {
  pixels: Pixels;
  /** The viewport's width in CSS pixels (screenshots may have more device pixels). */
  viewportWidth: number;
  box: Box;
}

/**
 * Compares the element's box in two shots pixel by pixel: counts pixels differing by more than
 * `tolerance` in any channel, leaving out `corner`-pixel squares at the corners (a rounded card shows
 * the page's own background there).
 */
export function compareShots(a: Shot, b: Shot, { tolerance = 16, corner = 16 } = {}): { sizes: [number, number][]; compared: number; differing: number } {
  const crop = ({ pixels, viewportWidth, box }: Shot) => {
    const scale = pixels.width / viewportWidth;
    const [x, y, w, h] = [box.x, box.y, box.width, box.height].map((v) => Math.round(v * scale)) as [number, number, number, number];
    return { x, y, w, h, pixels };
  };
  const [p, q] = [crop(a), crop(b)];
  const sizes: [number, number][] = [
    [p.w, p.h],
    [q.w, q.h],
  ];
  let compared = 0;
  let differing = 0;
  if (p.w != q.w || p.h != q.h) return { sizes, compared, differing };
  for (let y = 0; y < p.h; y++)
    for (let x = 0; x < p.w; x++) {
      if ((x < corner || x >= p.w - corner) && (y < corner || y >= p.h - corner)) continue;
      compared++;
      const i = ((p.y + y) * p.pixels.width + p.x + x) * 4;
      const j = ((q.y + y) * q.pixels.width + q.x + x) * 4;
      for (let c = 0; c < 4; c++)
        if (Math.abs(p.pixels.rgba[i + c]! - q.pixels.rgba[j + c]!) > tolerance) {
          differing++;
          break;
        }
    }
  return { sizes, compared, differing };
}
