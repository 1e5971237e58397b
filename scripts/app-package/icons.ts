import { decodePng, type RgbaImage } from './png';

/**
 * The Switchboard mark, a headset (band, ear cups, microphone boom), drawn from geometry so both Teams icons
 * are made here rather than taken from elsewhere. Teams' rules (apps-package docs and manifest schema): the
 * colour icon is 192x192 full colour with the symbol inside the central 96x96 (48 px padding), square
 * corners; the outline icon is 32x32, white (RGB 255,255,255) on a transparent background, nothing else.
 */

/** The colour icon's background; the manifest's `accentColor` is the same colour. */
export const ACCENT = { hex: '#155E75', rgb: [0x15, 0x5e, 0x75] } as const;
/** The microphone's colour on the colour icon. */
const MICROPHONE = [0xfb, 0xbf, 0x24] as const;

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;
/** Where the mark sits on the colour icon: the 96x96 square in the middle. */
export const COLOR_SAFE_ZONE = { from: 48, to: 144 } as const;

/** Stroke half-widths, as a fraction of the mark's box; the outline needs heavier strokes to survive 28 px. */
interface Weights {
  band: number;
  boom: number;
}

type Point = readonly [number, number];

// Local copies: the drawing makes millions of calls, and global lookups are slow inside jest's sandbox.
const { abs, max, min, sqrt } = Math;
const hypot = (x: number, y: number) => sqrt(x * x + y * y);

/** Is the point (unit square, y down) on the headset's band and ear cups? */
function onHeadset(x: number, y: number, weights: Weights): boolean {
  const bandCentre: Point = [0.5, 0.52];
  const bandRadius = 0.4;
  const fromCentre = hypot(x - bandCentre[0], y - bandCentre[1]);
  if (y <= bandCentre[1] && abs(fromCentre - bandRadius) <= weights.band) return true;
  for (const cupX of [0.5 - bandRadius, 0.5 + bandRadius]) {
    if (inRoundedRect(x, y, [cupX, 0.6], [0.085, 0.16], 0.07)) return true;
  }
  return false;
}

/** Is the point on the microphone boom (a quarter arc from the left cup) or the microphone itself? */
function onMicrophone(x: number, y: number, weights: Weights): 'boom' | 'mic' | undefined {
  const micCentre: Point = [0.43, 0.875];
  if (distanceToSegment(x, y, [0.37, micCentre[1]], [0.49, micCentre[1]]) <= 0.06) return 'mic';
  const boomCentre: Point = [0.37, 0.655];
  const boomRadius = 0.22;
  const fromBoom = hypot(x - boomCentre[0], y - boomCentre[1]);
  if (x <= boomCentre[0] && y >= boomCentre[1] && abs(fromBoom - boomRadius) <= weights.boom) return 'boom';
  return undefined;
}

function inRoundedRect(x: number, y: number, centre: Point, half: Point, radius: number): boolean {
  const dx = max(abs(x - centre[0]) - (half[0] - radius), 0);
  const dy = max(abs(y - centre[1]) - (half[1] - radius), 0);
  return abs(x - centre[0]) <= half[0] && abs(y - centre[1]) <= half[1] && hypot(dx, dy) <= radius;
}

function distanceToSegment(x: number, y: number, a: Point, b: Point): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const t = min(max(((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2), 0), 1);
  return hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** Which part of the mark covers the point, if any: 0 none, then the index into the coverage arrays + 1. */
function partAt(x: number, y: number, weights: Weights): number {
  if (x < 0 || x > 1 || y < 0 || y > 1) return 0;
  const microphone = onMicrophone(x, y, weights);
  if (microphone === 'mic') return 3;
  if (microphone === 'boom') return 2;
  return onHeadset(x, y, weights) ? 1 : 0;
}

/** Per-pixel coverage (0..1) of each part of the mark. */
interface Coverage {
  headset: Float64Array;
  boom: Float64Array;
  mic: Float64Array;
}

/**
 * Coverage of each pixel by each part of the mark, anti-aliased with an 8x8 grid of samples per pixel.
 * The mark's unit square is mapped onto the pixels `[offset, offset + box)` in both directions.
 */
function rasterize(size: number, offset: number, box: number, weights: Weights): Coverage {
  const samples = 8;
  const parts = [new Float64Array(size * size), new Float64Array(size * size), new Float64Array(size * size)];
  const first = max(0, Math.floor(offset));
  const last = min(size, Math.ceil(offset + box));
  for (let py = first; py < last; py++) {
    for (let px = first; px < last; px++) {
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const part = partAt(
            (px + (sx + 0.5) / samples - offset) / box,
            (py + (sy + 0.5) / samples - offset) / box,
            weights,
          );
          if (part > 0) parts[part - 1]![py * size + px]! += 1 / samples ** 2;
        }
      }
    }
  }
  return { headset: parts[0]!, boom: parts[1]!, mic: parts[2]! };
}

/** The 192x192 colour icon: the mark in white with an amber microphone, on the accent colour, square corners. */
export function drawColorIcon(): RgbaImage {
  const size = COLOR_ICON_SIZE;
  const { from, to } = COLOR_SAFE_ZONE;
  const coverage = rasterize(size, from, to - from, { band: 0.055, boom: 0.035 });
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const white = coverage.headset[i]! + coverage.boom[i]!;
    const amber = coverage.mic[i]!;
    const background = max(0, 1 - white - amber);
    for (let c = 0; c < 3; c++) {
      pixels[i * 4 + c] = Math.round(ACCENT.rgb[c]! * background + 255 * white + MICROPHONE[c]! * amber);
    }
    pixels[i * 4 + 3] = 255;
  }
  return { width: size, height: size, pixels };
}

/** The 32x32 outline icon: the mark in pure white, its edges anti-aliased through alpha only. */
export function drawOutlineIcon(): RgbaImage {
  const size = OUTLINE_ICON_SIZE;
  const coverage = rasterize(size, 2, size - 4, { band: 0.05, boom: 0.045 });
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const alpha = min(1, coverage.headset[i]! + coverage.boom[i]! + coverage.mic[i]!);
    pixels.set([255, 255, 255, Math.round(alpha * 255)], i * 4);
  }
  return { width: size, height: size, pixels };
}

/**
 * Checks a colour and an outline icon against Teams' rules: sizes 192x192 and 32x32, readable 8-bit PNGs, and
 * an outline that has an alpha channel and uses only white (at any opacity) and full transparency.
 * @returns one message per problem, naming the file; empty when both icons are fine.
 * @example checkIcons({ name: 'color.png', bytes }, { name: 'outline.png', bytes: other }) // []
 */
export function checkIcons(
  color: { name: string; bytes: Uint8Array },
  outline: { name: string; bytes: Uint8Array },
): string[] {
  const problems: string[] = [];
  const colorImage = decodeOrReport(color, problems);
  if (colorImage) checkSize(color.name, colorImage, COLOR_ICON_SIZE, problems);

  const outlineImage = decodeOrReport(outline, problems);
  if (!outlineImage) return problems;
  checkSize(outline.name, outlineImage, OUTLINE_ICON_SIZE, problems);
  if (!outlineImage.hasAlpha) {
    problems.push(`${outline.name}: expected a transparent background, but the PNG has no alpha channel`);
    return problems;
  }
  let opaque = 0;
  for (let i = 0; i < outlineImage.width * outlineImage.height; i++) {
    const [r, g, b, a] = outlineImage.pixels.subarray(i * 4, i * 4 + 4);
    if (a === 0) continue;
    opaque++;
    if (r !== 255 || g !== 255 || b !== 255) {
      const x = i % outlineImage.width;
      const y = Math.floor(i / outlineImage.width);
      problems.push(
        `${outline.name}: expected only white (255,255,255) and transparent pixels, found rgba(${r},${g},${b},${a}) at (${x},${y})`,
      );
      return problems;
    }
  }
  if (opaque === 0) problems.push(`${outline.name}: every pixel is transparent, so the icon shows nothing`);
  return problems;
}

function decodeOrReport(icon: { name: string; bytes: Uint8Array }, problems: string[]) {
  try {
    return decodePng(icon.bytes);
  } catch (error) {
    problems.push(`${icon.name}: ${(error as Error).message}`);
    return undefined;
  }
}

function checkSize(name: string, image: RgbaImage, size: number, problems: string[]): void {
  if (image.width !== size || image.height !== size) {
    problems.push(`${name}: expected ${size}x${size} pixels, got ${image.width}x${image.height}`);
  }
}
