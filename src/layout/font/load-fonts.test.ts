import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { faceForCodePoint } from './font-book.js';
import { loadFonts } from './load-fonts.js';
import { LARGE_EM_SIZE_FACTOR, sizeFactorForFamily } from './size-factor.js';
import { bundledSarabunPaths, findSystemThaiFonts } from './system-fonts.js';

const LAKSAMAN = '/usr/share/fonts/truetype/tlwg/Laksaman.ttf';

describe('size factor', () => {
  it.each([
    ['Sarabun', LARGE_EM_SIZE_FACTOR],
    ['Laksaman', LARGE_EM_SIZE_FACTOR],
    ['TH SarabunPSK', 1],
    ['TH Sarabun New', 1],
    ['TH SarabunIT๙', 1],
    ['THSarabunNew', 1],
    ['Noto Sans Thai', 1],
  ])('%s draws at %f per TH SarabunPSK point', (family, factor) => {
    expect(sizeFactorForFamily(family)).toBeCloseTo(factor, 10);
  });

  it('makes 16 pt TH SarabunPSK 10.64 pt in Sarabun', () => {
    expect(16 * LARGE_EM_SIZE_FACTOR).toBeCloseTo(10.637, 3);
    expect(LARGE_EM_SIZE_FACTOR).toBeCloseTo(0.6648, 4);
  });
});

describe('loadFonts', () => {
  it('loads the bundled Sarabun regular and bold once per process', async () => {
    const first = await loadFonts();
    const second = await loadFonts();
    expect(first.ok).toBe(true);
    expect(second).toBe(first);
    if (!first.ok) return;
    const book = first.value;
    expect([book.regular.family, book.regular.postScriptName, book.bold.postScriptName]).toEqual(['Sarabun', 'Sarabun-Regular', 'Sarabun-Bold']);
    expect(book.regular.unitsPerEm).toBe(1000);
    expect(book.regular.sizeFactor).toBeCloseTo(LARGE_EM_SIZE_FACTOR, 10);
    expect(book.bold.bold).toBe(true);
    expect([...book.faces.keys()]).toEqual(['Sarabun-Regular', 'Sarabun-Bold']);
    expect(book.diagnostics).toEqual([]);
  });

  it('shares one FontBook between calls with the same paths, not between calls with bytes', async () => {
    const { regular, bold } = bundledSarabunPaths();
    expect(await loadFonts({ regular, bold })).toBe(await loadFonts({ regular, bold }));
    expect(await loadFonts({ regular, bold })).not.toBe(await loadFonts({ regular: { source: regular, sizeFactor: 1 }, bold }));
    const bytes = new Uint8Array(readFileSync(regular));
    expect(await loadFonts({ regular: bytes })).not.toBe(await loadFonts({ regular: bytes }));
  });

  it('accepts bytes and a size factor override', async () => {
    const bytes = new Uint8Array(readFileSync(bundledSarabunPaths().regular));
    const result = await loadFonts({ regular: { source: bytes, sizeFactor: 0.5 } });
    expect(result.ok && result.value.regular.sizeFactor).toBe(0.5);
    // No bold given: regular stands in, with a warning naming the field.
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([['font_not_found', 'warning', ['fonts', 'bold']]]);
    expect(result.ok && result.value.bold).toBe(result.ok && result.value.regular);
  });

  it('reports a missing or unreadable regular face as font_not_found, naming the field', async () => {
    const missing = await loadFonts({ regular: '/no/such/font.ttf' });
    expect(missing.ok).toBe(false);
    expect(missing.diagnostics[0]).toMatchObject({ code: 'font_not_found', severity: 'error', stage: 'layout', path: ['fonts', 'regular'] });
    expect(missing.diagnostics[0]?.message).toContain('/no/such/font.ttf');
    const garbage = await loadFonts({ regular: new Uint8Array([0, 1, 2, 3, 4]) });
    expect(garbage.ok).toBe(false);
    expect(garbage.diagnostics[0]?.code).toBe('font_not_found');
  });

  it('keeps loading when a fallback is missing, with a warning', async () => {
    const result = await loadFonts({ regular: bundledSarabunPaths().regular, bold: bundledSarabunPaths().bold, fallbacks: ['/nope.ttf'] });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([['font_not_found', 'warning', ['fonts', 'fallbacks', 0]]]);
  });

  it.skipIf(!existsSync(LAKSAMAN))('finds Debian Laksaman on the system and gives it the Sarabun size factor', async () => {
    const found = findSystemThaiFonts({ directories: ['/usr/share/fonts'], only: 'Laksaman' });
    expect(found).toEqual({ family: 'Laksaman', regular: LAKSAMAN, bold: '/usr/share/fonts/truetype/tlwg/Laksaman-Bold.ttf' });
    const result = await loadFonts({ regular: LAKSAMAN, fallbacks: [bundledSarabunPaths().regular] });
    expect(result.ok && result.value.regular.sizeFactor).toBeCloseTo(LARGE_EM_SIZE_FACTOR, 10);
    if (!result.ok) return;
    // A character Laksaman lacks comes from the fallback chain.
    const arrow = 0x2192;
    expect(result.value.regular.hasCodePoint(arrow)).toBe(false);
    expect(faceForCodePoint(result.value, arrow, false)?.postScriptName).toBe('Sarabun-Regular');
    expect(faceForCodePoint(result.value, 0x0e01, false)?.postScriptName).toBe(result.value.regular.postScriptName);
  });

  it('finds nothing in a folder without Thai fonts', () => {
    expect(findSystemThaiFonts({ directories: [mkdtempSync(join(tmpdir(), 'no-fonts-'))] })).toBeUndefined();
  });
});
