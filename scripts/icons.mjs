// Renders the app icon from resources/icon.svg into every file the installers need:
//   resources/icon.png (1024×1024), resources/icon.icns (macOS), resources/icon.ico (Windows),
//   resources/icons/NxN.png (Linux). The outputs are committed; run `npm run icons` after changing the SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import png2icons from 'png2icons';
import sharp from 'sharp';

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

const svg = readFileSync('resources/icon.svg');
const viewBox = 512;

/** Each size is rasterised from the vector, not scaled down from a big bitmap, so small icons stay crisp. */
function render(size) {
  return sharp(svg, { density: (72 * size) / viewBox })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

const large = await render(1024);
writeFileSync('resources/icon.png', large);

const icns = png2icons.createICNS(large, png2icons.BICUBIC2, 0);
if (!icns) throw new Error('png2icons could not build icon.icns');
writeFileSync('resources/icon.icns', icns);

// forWinExe: PNG chunks from 64 px up, bitmaps below, as Windows Explorer's older dialogs expect.
const ico = png2icons.createICO(large, png2icons.BICUBIC2, 0, false, true);
if (!ico) throw new Error('png2icons could not build icon.ico');
writeFileSync('resources/icon.ico', ico);

mkdirSync('resources/icons', { recursive: true });
for (const size of LINUX_SIZES) writeFileSync(`resources/icons/${size}x${size}.png`, await render(size));

console.log(
  `Icons written: icon.png, icon.icns, icon.ico, icons/{${LINUX_SIZES.map((s) => `${s}x${s}`).join(',')}}.png`,
);
