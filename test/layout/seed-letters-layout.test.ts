/**
 * The five seed letters (test/fixtures/seeds) through parse, compose, the real text engine and
 * the page layout. Oracles: compose's documentText (every character of the letter is drawn
 * exactly once, furniture aside), the profile's text column and page frame, and no layout errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentText, safeComposeDocument } from '../../src/compose/index.js';
import type { GlyphRun } from '../../src/layout/frame.js';
import { layoutTree as layoutDocument } from '../../src/pipeline/render-pdf.js';
import { createTextEngine, type TextEngine } from '../../src/layout/text/index.js';
import { parseCircular } from '../../src/model/parse-circular.js';
import { DEFAULT_STYLE_PROFILE as P } from '../../src/style/profile.js';

const DIR = 'test/fixtures/seeds';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

let engine: TextEngine;
beforeAll(async () => {
  engine = await createTextEngine();
});

// Code units, not graphemes: the multiset of UTF-16 units is what must match.
const sortedChars = (text: string): string => text.replace(/\s+/g, '').split('').sort().join('');

describe.each(files)('seed %s', (file) => {
  it('draws every character of the letter once, inside the column and the frame', () => {
    const parsed = parseCircular(JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    const composed = safeComposeDocument(parsed.value);
    if (!composed.ok) throw new Error(`${file} does not compose`);
    const tree = composed.value;
    const { paged, diagnostics } = layoutDocument(tree, engine);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.map((d) => d.code)).not.toContain('page_overflow');

    const secrecy = tree.furniture.secrecy?.map((r) => r.text).join('');
    const drawn: string[] = [];
    paged.pages.forEach((page, p) => {
      const runs = page.items.filter((i): i is GlyphRun => i.kind === 'glyphs');
      for (const run of runs) {
        const furniture = /^- .+ -$/.test(run.text) || /^\/.*\.\.\.$/.test(run.text) || (secrecy !== undefined && run.text === secrecy && run.color !== P.colors.text);
        if (furniture) continue;
        drawn.push(run.text);
        expect(run.x).toBeGreaterThanOrEqual(P.page.marginLeft - 0.01);
        const last = run.glyphs[run.glyphs.length - 1];
        expect(run.x + (last ? last.x + last.advance : 0)).toBeLessThanOrEqual(page.width - P.page.marginRight + 0.5);
        const slogans = tree.furniture.footerLines.map((line) => line.map((r) => r.text).join(''));
        const isStampOrFooter = run.color !== P.colors.text || run.y > page.height - P.page.marginBottom || slogans.some((line) => line.includes(run.text));
        if (!isStampOrFooter) {
          const top = p === 0 ? P.emblem.top + P.emblem.height : P.page.marginTop;
          expect(run.y - P.font.baseline).toBeGreaterThanOrEqual(top - 1e-6);
          expect(run.y - P.font.baseline + P.font.linePitch).toBeLessThanOrEqual(page.height - P.page.marginBottom + 1e-6);
        }
      }
    });
    expect(sortedChars(drawn.join(''))).toBe(sortedChars(documentText(tree)));
  });
});
