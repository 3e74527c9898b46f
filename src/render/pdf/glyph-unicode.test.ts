import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedFace } from '../../layout/font/loaded-face.js';
import { loadFonts } from '../../layout/font/load-fonts.js';
import { createShaper } from '../../layout/text/shape.js';
import { completeFromCmap, recordClusterUnicode } from './glyph-unicode.js';

let face: LoadedFace;
beforeAll(async () => {
  const result = await loadFonts();
  if (!result.ok) throw new Error('fonts');
  face = result.value.regular;
});

function mapOf(text: string): Map<number, string> {
  const glyphs = createShaper().shape(face, 'thai', text);
  const map = new Map<number, string>();
  recordClusterUnicode(face, text, glyphs.map((g) => g.id), map);
  return map;
}

describe('glyph → text for ToUnicode', () => {
  it('maps cmap glyphs to their characters', () => {
    const g = (c: string): number => face.hbFont.nominalGlyph(c.codePointAt(0) ?? 0) ?? -1;
    expect(mapOf('กา')).toEqual(new Map([[g('ก'), 'ก'], [g('า'), 'า']]));
  });

  it('maps the glyphs of น้ำ so that they read น + ้ํ + า (ํา normalises back to ำ)', () => {
    const glyphs = createShaper().shape(face, 'thai', 'น้ำ');
    const map = mapOf('น้ำ');
    const text = glyphs.map((g) => map.get(g.id) ?? '\ufffd').join('');
    expect(text.replace('\u0e4d\u0e32', '\u0e33').normalize('NFC')).toBe('น้ำ'.normalize('NFC'));
  });

  it('maps stacked alternates (ปี่) in text order', () => {
    const glyphs = createShaper().shape(face, 'thai', 'ปี่');
    const map = mapOf('ปี่');
    expect(glyphs.map((g) => map.get(g.id)).join('')).toBe('ปี่');
  });

  it('falls back to the cmap for glyphs no cluster explained', () => {
    const map = new Map<number, string>();
    const id = face.hbFont.nominalGlyph(0x0e4d) ?? -1;
    completeFromCmap(face, [id], map);
    expect(map.get(id)).toBe('\u0e4d');
  });
});
