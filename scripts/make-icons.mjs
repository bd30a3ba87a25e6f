// `node scripts/make-icons.mjs`: the app's icons, all from one drawing, renderer/public/favicon.svg
// (the console's favicon), so the window, the installers and the browser tab show one mark. Writes
// what electron-builder takes without converting anything on the build machine: build/icon.png
// (1024), build/icons/<N>x<N>.png (Linux), build/icon.ico (Windows, 16-256) and build/icon.icns
// (macOS, 16-1024). The outputs are committed, so building needs no image tool; this script needs
// rsvg-convert (Debian: librsvg2-bin) only when the drawing changes. test/unit/app/icons.test.ts
// checks the committed files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = 'renderer/public/favicon.svg';
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types that hold a PNG, and the pixel size of each (the @2x ones repeat a size).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

function render(size) {
  try {
    return execFileSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--format', 'png', SOURCE]);
  } catch (error) {
    if (error.code === 'ENOENT') {
      console.error('make-icons: rsvg-convert is missing. Debian: apt-get install librsvg2-bin; macOS: brew install librsvg');
      process.exit(1);
    }
    throw error;
  }
}

/** ICO with PNG entries (read by Windows Vista and later); 256 is written as 0 in the directory. */
function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map(({ png }) => png)]);
}

/** ICNS: 'icns', total length, then (type, length including its 8-byte header, PNG) per element. */
function icns(elements) {
  const parts = elements.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

readFileSync(SOURCE); // fail early, naming the file, if the drawing moved
const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])];
const pngs = new Map(sizes.map((size) => [size, render(size)]));
mkdirSync('build/icons', { recursive: true });
writeFileSync('build/icon.png', pngs.get(1024));
for (const size of LINUX_SIZES) writeFileSync(join('build/icons', `${size}x${size}.png`), pngs.get(size));
writeFileSync('build/icon.ico', ico(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
writeFileSync('build/icon.icns', icns(ICNS_TYPES.map(([type, size]) => ({ type, png: pngs.get(size) }))));
console.log(
  `make-icons: build/icon.png, build/icons/ (${LINUX_SIZES.join(', ')}), build/icon.ico, build/icon.icns from ${SOURCE}`,
);
