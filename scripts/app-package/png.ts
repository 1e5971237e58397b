import { crc32, deflateSync, inflateSync } from 'node:zlib';

/** An image as 8-bit RGBA pixels, row by row from the top left. */
export interface RgbaImage {
  width: number;
  height: number;
  /** `width * height * 4` bytes: red, green, blue, alpha. */
  pixels: Uint8Array;
}

/** What a PNG's IHDR chunk says about the image. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA. */
  colorType: number;
  interlace: number;
}

/** A decoded PNG: its header, whether it can be transparent, and its pixels as RGBA. */
export interface DecodedPng extends RgbaImage {
  header: PngHeader;
  /** True for an alpha channel (colour types 4 and 6) or a palette with a tRNS chunk. */
  hasAlpha: boolean;
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/**
 * Encodes RGBA pixels as a PNG: 8-bit RGBA (colour type 6), or 8-bit RGB (colour type 2) with `alpha: false`,
 * which drops the alpha channel. Rows use filter 0 and one zlib-compressed IDAT chunk.
 * @example writeFileSync('icon.png', encodePng(image, { alpha: true }))
 */
export function encodePng(image: RgbaImage, options: { alpha: boolean }): Buffer {
  const { width, height, pixels } = image;
  if (pixels.length !== width * height * 4) {
    throw new Error(`expected ${width * height * 4} bytes of RGBA pixels, got ${pixels.length}`);
  }
  const channels = options.alpha ? 4 : 3;
  const stride = 1 + width * channels;
  const raw = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      const to = y * stride + 1 + x * channels;
      for (let c = 0; c < channels; c++) raw[to + c] = pixels[from + c]!;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = options.alpha ? 6 : 2;
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, tail]);
}

/**
 * Reads a PNG's signature and IHDR chunk only.
 * @throws Error naming what is wrong when the bytes are not a PNG.
 */
export function readPngHeader(bytes: Uint8Array): PngHeader {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 33 || !buffer.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  if (buffer.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG does not start with an IHDR chunk');
  return {
    width: buffer.readUInt32BE(16),
    height: buffer.readUInt32BE(20),
    bitDepth: buffer[24]!,
    colorType: buffer[25]!,
    interlace: buffer[28]!,
  };
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Decodes an 8-bit, non-interlaced PNG of any colour type into RGBA pixels, checking every chunk's CRC.
 * @throws Error naming what is wrong or unsupported.
 */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const header = readPngHeader(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const channels = CHANNELS[header.colorType];
  if (channels === undefined) throw new Error(`unknown PNG colour type ${header.colorType}`);
  if (header.bitDepth !== 8)
    throw new Error(`only 8-bit PNGs are supported, this one is ${header.bitDepth}-bit`);
  if (header.interlace !== 0) throw new Error('interlaced PNGs are not supported');

  const idat: Buffer[] = [];
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  let offset = 8;
  let ended = false;
  while (offset + 12 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > buffer.length) throw new Error(`PNG chunk ${type} runs past the end of the file`);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (
      crc32(buffer.subarray(offset + 4, offset + 8 + length)) !== buffer.readUInt32BE(offset + 8 + length)
    ) {
      throw new Error(`PNG chunk ${type} has a wrong CRC`);
    }
    if (type === 'IDAT') idat.push(data);
    else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = data;
    else if (type === 'IEND') {
      ended = true;
      break;
    }
    offset = end;
  }
  if (!ended) throw new Error('PNG has no IEND chunk');
  if (idat.length === 0) throw new Error('PNG has no image data');
  if (header.colorType === 3 && !palette) throw new Error('palette PNG has no PLTE chunk');

  const { width, height } = header;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(idat));
  if (raw.length < height * (stride + 1)) throw new Error('PNG image data is too short');
  const rows = unfilter(raw, width, height, channels);

  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const from = i * channels;
    const to = i * 4;
    switch (header.colorType) {
      case 0:
        pixels.set([rows[from]!, rows[from]!, rows[from]!, 255], to);
        break;
      case 2:
        pixels.set([rows[from]!, rows[from + 1]!, rows[from + 2]!, 255], to);
        break;
      case 3: {
        const index = rows[from]!;
        if (index * 3 + 2 >= palette!.length) throw new Error(`palette index ${index} is out of range`);
        const alpha = transparency && index < transparency.length ? transparency[index]! : 255;
        pixels.set([palette![index * 3]!, palette![index * 3 + 1]!, palette![index * 3 + 2]!, alpha], to);
        break;
      }
      case 4:
        pixels.set([rows[from]!, rows[from]!, rows[from]!, rows[from + 1]!], to);
        break;
      default:
        pixels.set(rows.subarray(from, from + 4), to);
    }
  }
  const hasAlpha =
    header.colorType === 4 || header.colorType === 6 || (header.colorType === 3 && !!transparency);
  return { header, width, height, pixels, hasAlpha };
}

/** Reverses the PNG scanline filters (none, sub, up, average, Paeth); returns the rows without filter bytes. */
function unfilter(raw: Buffer, width: number, height: number, bytesPerPixel: number): Uint8Array {
  const stride = width * bytesPerPixel;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    const previous = row - stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= bytesPerPixel ? out[row + x - bytesPerPixel]! : 0;
      const up = y > 0 ? out[previous + x]! : 0;
      const upLeft = y > 0 && x >= bytesPerPixel ? out[previous + x - bytesPerPixel]! : 0;
      let predictor: number;
      switch (filter) {
        case 0:
          predictor = 0;
          break;
        case 1:
          predictor = left;
          break;
        case 2:
          predictor = up;
          break;
        case 3:
          predictor = (left + up) >> 1;
          break;
        case 4:
          predictor = paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`PNG row ${y} has an unknown filter type ${filter}`);
      }
      out[row + x] = (line[x]! + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}
