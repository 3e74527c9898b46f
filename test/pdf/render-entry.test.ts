/**
 * The package-level entry points: a letter prepared once renders to the same PDF and DOCX as
 * the raw input (and its rule findings are not reported twice), and a face that cannot be
 * embedded comes back as a diagnostic naming the font, not as an exception.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { prepareLetter } from '../../src/compose/prepare-letter.js';
import { safeRenderDocx } from '../../src/pipeline/render-docx.js';
import { renderPdf, safeRenderPdf } from '../../src/pipeline/render-pdf.js';

const letter = JSON.parse(readFileSync(new URL('../../examples/letters/000.json', import.meta.url), 'utf8')) as unknown;
const SARABUN = new Uint8Array(readFileSync(createRequire(import.meta.url).resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf')));

/** Sarabun with its 'glyf' table renamed 'CFF ': HarfBuzz still shapes with it, but it has no TrueType outlines. */
function withoutTrueTypeOutlines(font: Uint8Array): Uint8Array {
  const bytes = font.slice();
  const count = (bytes[4] ?? 0) * 256 + (bytes[5] ?? 0);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    if (String.fromCharCode(...bytes.subarray(at, at + 4)) === 'glyf') bytes.set([0x43, 0x46, 0x46, 0x20], at);
  }
  return bytes;
}

describe('rendering a prepared letter', () => {
  it('gives the same bytes as rendering the input, and reports the rule findings once, from prepareLetter', async () => {
    const prepared = prepareLetter(letter);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.diagnostics.map((d) => d.code)).toEqual(['reference_unused']);
    const fromInput = await safeRenderPdf(letter);
    const fromPrepared = await safeRenderPdf(prepared.value);
    expect(fromInput.ok && fromPrepared.ok).toBe(true);
    if (!fromInput.ok || !fromPrepared.ok) return;
    expect(Buffer.from(fromPrepared.value).equals(Buffer.from(fromInput.value))).toBe(true);
    expect(fromInput.diagnostics.map((d) => d.code)).toEqual(['reference_unused', 'emblem_missing']);
    expect(fromPrepared.diagnostics.map((d) => d.code)).toEqual(['emblem_missing']);
    const docx = await safeRenderDocx(prepared.value);
    expect(docx.ok).toBe(true);
    expect(docx.diagnostics.some((d) => d.code === 'reference_unused')).toBe(false);
  });

  it('does not take a look-alike object for a prepared letter', async () => {
    const prepared = prepareLetter(letter);
    if (!prepared.ok) throw new Error('example 000 does not prepare');
    const copy = { ...prepared.value };
    const result = await safeRenderPdf(copy);
    // The copy has lost the mark, so it goes through parsing and fails as the canonical tree is not letter input.
    expect(result.ok).toBe(false);
    expect(result.diagnostics.some((d) => d.stage === 'model')).toBe(true);
  });
});

describe('a face without TrueType outlines', () => {
  it('is reported as font_not_embeddable with the font in the path and a message in both languages', async () => {
    const cff = withoutTrueTypeOutlines(SARABUN);
    const result = await safeRenderPdf(letter, { fonts: { regular: cff, bold: cff } });
    expect(result.ok).toBe(false);
    const finding = result.diagnostics.find((d) => d.code === 'font_not_embeddable');
    expect(finding).toMatchObject({ severity: 'error', stage: 'render-pdf' });
    expect(finding?.path[0]).toBe('fonts');
    expect(finding?.message).toMatch(/CFF .*TrueType \(\.ttf\)/u);
    expect(finding?.messageTh).toMatch(/ฝังฟอนต์/u);
    await expect(renderPdf(letter, { fonts: { regular: cff, bold: cff }, allowErrors: true })).rejects.toThrow(/cannot be/u);
  });
});
