import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import {
  ACCENT,
  COLOR_SAFE_ZONE,
  checkIcons,
  drawColorIcon,
  drawOutlineIcon,
} from '../../../scripts/app-package/icons';
import { decodePng, encodePng, type RgbaImage } from '../../../scripts/app-package/png';
import { APP_PACKAGE } from './app-package-fixture';

const colorBytes = readFileSync(join(APP_PACKAGE, 'color.png'));
const outlineBytes = readFileSync(join(APP_PACKAGE, 'outline.png'));

/** Reads a PNG's header straight from the bytes, independently of the project's decoder. */
function rawHeader(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  expect(bytes.readUInt32BE(29)).toBe(crc32(bytes.subarray(12, 29)));
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes[24],
    colorType: bytes[25],
  };
}

/** Pixels of an 8-bit, filter-0 PNG (what the project writes), decoded here with zlib only. */
function rawPixels(bytes: Buffer, channels: number): Buffer {
  const { width, height } = rawHeader(bytes);
  const idat: Buffer[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    if (bytes.toString('latin1', offset + 4, offset + 8) === 'IDAT')
      idat.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const start = y * (1 + width * channels);
    expect(raw[start]).toBe(0);
    rows.push(raw.subarray(start + 1, start + 1 + width * channels));
  }
  return Buffer.concat(rows);
}

describe('the app icons in appPackage/', () => {
  it('color.png is a 192x192 8-bit full-colour PNG', () => {
    expect(rawHeader(colorBytes)).toEqual({ width: 192, height: 192, bitDepth: 8, colorType: 2 });
  });

  it('color.png keeps its mark inside the central 96x96 and fills the rest with the accent colour', () => {
    const pixels = rawPixels(colorBytes, 3);
    const strayOutside: string[] = [];
    let marked = 0;
    for (let y = 0; y < 192; y++) {
      for (let x = 0; x < 192; x++) {
        const at = (y * 192 + x) * 3;
        const background = [0, 1, 2].every((c) => pixels[at + c] === ACCENT.rgb[c]);
        const inside =
          x >= COLOR_SAFE_ZONE.from &&
          x < COLOR_SAFE_ZONE.to &&
          y >= COLOR_SAFE_ZONE.from &&
          y < COLOR_SAFE_ZONE.to;
        if (!inside && !background) strayOutside.push(`(${x},${y})`);
        if (inside && !background) marked++;
      }
    }
    expect(strayOutside).toEqual([]);
    expect(marked).toBeGreaterThan(96 * 96 * 0.1);
  });

  it('outline.png is a 32x32 8-bit RGBA PNG using only white and transparency', () => {
    expect(rawHeader(outlineBytes)).toEqual({ width: 32, height: 32, bitDepth: 8, colorType: 6 });
    const pixels = rawPixels(outlineBytes, 4);
    const alphas = new Set<number>();
    const coloured: string[] = [];
    for (let i = 0; i < 32 * 32; i++) {
      const [r, g, b, a] = pixels.subarray(i * 4, i * 4 + 4);
      if (r !== 255 || g !== 255 || b !== 255)
        coloured.push(`rgba(${r},${g},${b},${a}) at ${i % 32},${i >> 5}`);
      alphas.add(a!);
    }
    expect(coloured).toEqual([]);
    expect(alphas.has(0)).toBe(true);
    expect(alphas.has(255)).toBe(true);
  });

  it('are what scripts/make-app-icons.ts draws (run it after changing the mark)', () => {
    expect(decodePng(colorBytes).pixels).toEqual(drawColorIcon().pixels);
    expect(decodePng(outlineBytes).pixels).toEqual(drawOutlineIcon().pixels);
  });

  it('pass the package’s icon check', () => {
    expect(
      checkIcons({ name: 'color.png', bytes: colorBytes }, { name: 'outline.png', bytes: outlineBytes }),
    ).toEqual([]);
  });
});

const square = (size: number, rgba: [number, number, number, number]): RgbaImage => ({
  width: size,
  height: size,
  pixels: new Uint8Array(Array.from({ length: size * size }, () => rgba).flat()),
});

describe('the icon check', () => {
  const goodColor = { name: 'color.png', bytes: encodePng(drawColorIcon(), { alpha: false }) };
  const goodOutline = { name: 'outline.png', bytes: encodePng(drawOutlineIcon(), { alpha: true }) };

  it('refuses icons of the wrong size', () => {
    const small = { name: 'color.png', bytes: encodePng(square(100, [21, 94, 117, 255]), { alpha: false }) };
    const big = { name: 'outline.png', bytes: encodePng(square(64, [255, 255, 255, 0]), { alpha: true }) };
    expect(checkIcons(small, goodOutline)).toEqual(['color.png: expected 192x192 pixels, got 100x100']);
    expect(checkIcons(goodColor, big)).toEqual([
      'outline.png: expected 32x32 pixels, got 64x64',
      'outline.png: every pixel is transparent, so the icon shows nothing',
    ]);
  });

  it('refuses an outline with colour, or without an alpha channel', () => {
    const image = drawOutlineIcon();
    image.pixels.set([255, 0, 0, 255], (5 * 32 + 3) * 4);
    expect(checkIcons(goodColor, { name: 'outline.png', bytes: encodePng(image, { alpha: true }) })).toEqual([
      'outline.png: expected only white (255,255,255) and transparent pixels, found rgba(255,0,0,255) at (3,5)',
    ]);
    expect(
      checkIcons(goodColor, { name: 'outline.png', bytes: encodePng(drawOutlineIcon(), { alpha: false }) }),
    ).toEqual(['outline.png: expected a transparent background, but the PNG has no alpha channel']);
  });

  it('refuses a file that is not a PNG', () => {
    expect(checkIcons({ name: 'color.png', bytes: Buffer.from('GIF89a') }, goodOutline)).toEqual([
      'color.png: not a PNG file',
    ]);
  });
});

describe('the PNG decoder', () => {
  it('reads back what the encoder writes', () => {
    const image = drawOutlineIcon();
    const decoded = decodePng(encodePng(image, { alpha: true }));
    expect(decoded).toMatchObject({ width: 32, height: 32, hasAlpha: true });
    expect(decoded.pixels).toEqual(image.pixels);
  });

  it('undoes every scanline filter (PNGs made by other tools use them)', () => {
    // A 2x5 greyscale + alpha image; row y uses filter y (none, sub, up, average, Paeth).
    const expected = [
      [10, 255, 20, 128],
      [30, 0, 40, 255],
      [50, 255, 60, 64],
      [70, 255, 80, 32],
      [90, 1, 100, 2],
    ];
    const filtered: number[] = [];
    const at = (y: number, i: number) => (y >= 0 && i >= 0 ? expected[y]![i]! : 0);
    const paeth = (a: number, b: number, c: number) => {
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    };
    expected.forEach((row, y) => {
      filtered.push(y);
      row.forEach((value, i) => {
        const left = at(y, i - 2);
        const up = at(y - 1, i);
        const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, at(y - 1, i - 2))][y]!;
        filtered.push((value - predictor + 256) & 0xff);
      });
    });
    const chunk = (type: string, data: Buffer) => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(data.length);
      head.write(type, 4, 'latin1');
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
      return Buffer.concat([head, data, crc]);
    };
    const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 5, 8, 4, 0, 0, 0]);
    const png = Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.from(filtered))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    const decoded = decodePng(png);
    expect(decoded.hasAlpha).toBe(true);
    expect([...decoded.pixels]).toEqual(
      expected.flatMap(([g1, a1, g2, a2]) => [g1, g1, g1, a1, g2, g2, g2, a2]),
    );
  });

  it('refuses a PNG whose chunk CRC is wrong', () => {
    const bytes = Buffer.from(encodePng(drawOutlineIcon(), { alpha: true }));
    bytes[40] = bytes[40]! ^ 0xff;
    expect(() => decodePng(bytes)).toThrow(/wrong CRC/);
  });
});
