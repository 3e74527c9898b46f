/**
 * The id-keeping TrueType subsetter against fontTools (Debian's python3-fonttools): for random
 * glyph sets of Sarabun and Laksaman, the subset loads with checksums verified, every glyph
 * asked for and every component of a kept composite has the source outline and metrics at the
 * same id, glyphs not asked for are empty, and maxp counts up to the highest id kept.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subsetTrueType, TrueTypeSubsetError } from '../../src/render/pdf/truetype-subset.js';
import { OUTPUT_DIR } from './poppler.js';

const require = createRequire(import.meta.url);
const FACES = [
  require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf'),
  require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf'),
  '/usr/share/fonts/truetype/tlwg/Laksaman.ttf',
].filter((path) => existsSync(path));

/** argv: JSON list of {source, subset, ids}; prints one JSON report per case. */
const CHECK_SCRIPT = `
import json, sys
from fontTools.ttLib import TTFont
cases = json.load(open(sys.argv[1]))
reports = []
for case in cases:
    src = TTFont(case['source'])
    sub = TTFont(case['subset'], checkChecksums=2)
    order = src.getGlyphOrder()
    sg, bg = src['glyf'], sub['glyf']
    sub_order = sub.getGlyphOrder()
    keep = set([0] + case['ids'])
    pending = list(keep)
    while pending:
        name = order[pending.pop()]
        glyph = sg[name]
        if glyph.isComposite():
            for c in glyph.components:
                gid = src.getGlyphID(c.glyphName)
                if gid not in keep:
                    keep.add(gid); pending.append(gid)
    problems = []
    if sub['maxp'].numGlyphs != max(keep) + 1:
        problems.append('numGlyphs %d, expected %d' % (sub['maxp'].numGlyphs, max(keep) + 1))
    for gid in range(sub['maxp'].numGlyphs):
        a, b = sg[order[gid]], bg[sub_order[gid]]
        if gid in keep:
            if a.isComposite() != b.isComposite():
                problems.append('glyph %d composite flag differs' % gid); continue
            if a.isComposite():
                if [src.getGlyphID(c.glyphName) for c in a.components] != [sub.getGlyphID(c.glyphName) for c in b.components]:
                    problems.append('glyph %d components differ' % gid)
            elif a.numberOfContours > 0:
                ca, cb = a.getCoordinates(sg), b.getCoordinates(bg)
                if list(ca[0]) != list(cb[0]) or list(ca[1]) != list(cb[1]) or list(ca[2]) != list(cb[2]):
                    problems.append('glyph %d outline differs' % gid)
            elif b.numberOfContours != 0:
                problems.append('glyph %d should be empty like its source' % gid)
            if tuple(src['hmtx'][order[gid]]) != tuple(sub['hmtx'][sub_order[gid]]):
                problems.append('glyph %d advance or left side bearing differs' % gid)
        elif b.numberOfContours != 0:
            problems.append('glyph %d not asked for but has an outline' % gid)
    reports.append({'kept': len(keep), 'problems': problems[:5]})
print(json.dumps(reports))
`;

const canCheck = FACES.length > 0 && existsSync('/usr/bin/python3');

describe.skipIf(!canCheck)('subsetTrueType against fontTools', () => {
  it('keeps the outlines, components and metrics of the glyphs asked for at their own ids', () => {
    const dir = join(OUTPUT_DIR, 'subset');
    mkdirSync(dir, { recursive: true });
    const cases: { source: string; subset: string; ids: number[] }[] = [];
    for (const [faceIndex, source] of FACES.entries()) {
      const bytes = new Uint8Array(readFileSync(source));
      const numGlyphs = new DataView(bytes.buffer).getUint16(findTable(bytes, 'maxp') + 4);
      const samples = fc.sample(fc.uniqueArray(fc.integer({ min: 0, max: numGlyphs - 1 }), { minLength: 1, maxLength: 120 }), {
        numRuns: 8,
        seed: 4242 + faceIndex,
      });
      // Also the whole font, and the last glyph alone (the widest loca).
      samples.push(Array.from({ length: numGlyphs }, (_, i) => i), [numGlyphs - 1]);
      for (const [i, ids] of samples.entries()) {
        const subset = join(dir, `face${String(faceIndex)}-${String(i)}.ttf`);
        writeFileSync(subset, subsetTrueType(bytes, ids));
        cases.push({ source, subset, ids });
      }
    }
    const casesFile = join(dir, 'cases.json');
    const scriptFile = join(dir, 'check.py');
    writeFileSync(casesFile, JSON.stringify(cases));
    writeFileSync(scriptFile, CHECK_SCRIPT);
    const reports = JSON.parse(execFileSync('/usr/bin/python3', [scriptFile, casesFile], { encoding: 'utf8' })) as {
      kept: number;
      problems: string[];
    }[];
    expect(reports).toHaveLength(cases.length);
    for (const [i, report] of reports.entries()) expect({ case: cases[i]?.subset, problems: report.problems }).toEqual({ case: cases[i]?.subset, problems: [] });
    // The subsets really are smaller than the face: a few glyphs cost a few kilobytes.
    const small = readFileSync(cases[cases.length - 1]?.subset ?? '');
    expect(small.length).toBeLessThan(readFileSync(cases[0]?.source ?? '').length / 2);
  });

  it('rejects a glyph id the font does not have, and a font without TrueType outlines', () => {
    const bytes = new Uint8Array(readFileSync(FACES[0] ?? ''));
    expect(() => subsetTrueType(bytes, [100000])).toThrow(TrueTypeSubsetError);
    const cff = bytes.slice();
    const glyf = tableRecordAt(cff, 'glyf');
    cff.set([0x43, 0x46, 0x46, 0x20], glyf); // rename 'glyf' to 'CFF '
    expect(() => subsetTrueType(cff, [1])).toThrow(/CFF/);
    expect(() => subsetTrueType(new Uint8Array(8), [1])).toThrow(TrueTypeSubsetError);
  });
});

describe.skipIf(FACES.length === 0)('subsetTrueType on damaged fonts', () => {
  it('returns a font or refuses with TrueTypeSubsetError, whatever bytes of the header tables are damaged', () => {
    const bytes = new Uint8Array(readFileSync(FACES[0] ?? ''));
    // The table directory and the small tables the subsetter reads come first or are found through it.
    const targets = ['head', 'hhea', 'maxp', 'loca'].map((tag) => {
      const at = tableRecordAt(bytes, tag);
      const view = new DataView(bytes.buffer);
      return { offset: view.getUint32(at + 8), length: Math.min(view.getUint32(at + 12), 256) };
    });
    targets.push({ offset: 0, length: 12 + 16 * ((bytes[4] ?? 0) * 256 + (bytes[5] ?? 0)) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(targets.length - 1), fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 40 }),
        (damage, ids) => {
          const damaged = bytes.slice();
          for (const [which, position, value] of damage) {
            const target = targets[which] ?? { offset: 0, length: 1 };
            damaged[target.offset + (position % target.length)] = value;
          }
          try {
            subsetTrueType(damaged, ids);
          } catch (error) {
            expect(error).toBeInstanceOf(TrueTypeSubsetError);
          }
        },
      ),
      { numRuns: 400, seed: 7 },
    );
  });
});

function tableRecordAt(bytes: Uint8Array, tag: string): number {
  const count = (bytes[4] ?? 0) * 256 + (bytes[5] ?? 0);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    if (String.fromCharCode(...bytes.subarray(at, at + 4)) === tag) return at;
  }
  throw new Error(`no ${tag}`);
}

function findTable(bytes: Uint8Array, tag: string): number {
  return new DataView(bytes.buffer).getUint32(tableRecordAt(bytes, tag) + 8);
}
