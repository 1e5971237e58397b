/**
 * Redraws the Teams app icons, `appPackage/color.png` (192x192) and `appPackage/outline.png` (32x32), from
 * the geometry in `scripts/app-package/icons.ts`. A unit test fails when the committed files differ from
 * what this draws. Run: `npx tsx scripts/make-app-icons.ts`
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawColorIcon, drawOutlineIcon } from './app-package/icons';
import { encodePng } from './app-package/png';

const appPackage = join(__dirname, '..', 'appPackage');
writeFileSync(join(appPackage, 'color.png'), encodePng(drawColorIcon(), { alpha: false }));
writeFileSync(join(appPackage, 'outline.png'), encodePng(drawOutlineIcon(), { alpha: true }));
console.log(`Wrote ${join('appPackage', 'color.png')} and ${join('appPackage', 'outline.png')}`);
