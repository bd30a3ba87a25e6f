// The committed icons (scripts/make-icons.mjs writes them from renderer/public/favicon.svg): each file
// is what its platform reads, at the sizes electron-builder needs, and electron-builder takes them as
// they are (no conversion, so building needs no image tool).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { convertIcon } = require('app-builder-lib/out/util/iconConverter.js') as {
  convertIcon(options: {
    sources: string[];
    fallbackSources: string[];
    roots: string[];
    format: string;
    outDir: string;
  }): Promise<{
    icons: Array<{ file: string; size: number }>;
    isFallback: boolean;
  }>;
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, after checking it is a PNG at all. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('icons', () => {
  it('build/icon.png is 1024x1024', () => {
    expect(pngSize(readFileSync('build/icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('build/icons/ holds the Linux sizes, each file as large as its name says', () => {
    const names = readdirSync('build/icons').sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
    expect(names).toEqual([
      '16x16.png',
      '24x24.png',
      '32x32.png',
      '48x48.png',
      '64x64.png',
      '128x128.png',
      '256x256.png',
      '512x512.png',
    ]);
    for (const name of names) {
      const size = Number.parseInt(name, 10);
      expect(pngSize(readFileSync(`build/icons/${name}`)), name).toEqual({ width: size, height: size });
    }
  });

  it('build/icon.ico holds PNGs from 16 to 256, each the size its directory entry says', () => {
    const ico = readFileSync('build/icon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i;
      const declared = ico.readUInt8(entry) || 256;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      expect(pngSize(png)).toEqual({ width: declared, height: declared });
      return declared;
    });
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('build/icon.icns holds PNG elements from 16 to 1024, its lengths adding up', () => {
    const icns = readFileSync('build/icon.icns');
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const expected: Record<string, number> = {
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    };
    const found: Record<string, number> = {};
    for (let offset = 8; offset < icns.length; ) {
      const type = icns.toString('latin1', offset, offset + 4);
      const length = icns.readUInt32BE(offset + 4);
      found[type] = pngSize(icns.subarray(offset + 8, offset + length)).width;
      offset += length;
    }
    expect(found).toEqual(expected);
  });

  it.each([
    ['ico', 'build/icon.ico'],
    ['icns', 'build/icon.icns'],
  ])('electron-builder takes the committed %s as it is', async (format, file) => {
    const result = await convertIcon({
      sources: [],
      fallbackSources: [],
      roots: [resolve('build'), resolve('.')],
      format,
      outDir: resolve('.tmp/icons'),
    });
    expect(result.isFallback).toBe(false);
    expect(result.icons.map((icon) => icon.file)).toEqual([resolve(file)]);
  });

  it("electron-builder's Linux icon set is build/icons/", async () => {
    const result = await convertIcon({
      sources: [],
      fallbackSources: [],
      roots: [resolve('build'), resolve('.')],
      format: 'set',
      outDir: resolve('.tmp/icons'),
    });
    expect(result.icons.map((icon) => icon.size)).toEqual([16, 24, 32, 48, 64, 128, 256, 512]);
  });
});
