/**
 * Properties of whole-letter layouts (fake engine, random body lengths): the closing and
 * signature never start a page alone and take at least two lines of the last paragraph with
 * them; every block's lines appear once, in order; more content never means fewer pages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GlyphRun, PagedDocument } from '../../src/layout/frame.js';
import { layoutTree as layoutDocument } from '../../src/pipeline/render-pdf.js';
import { DEFAULT_STYLE_PROFILE as P } from '../../src/style/profile.js';
import { createFakeTextEngine } from './fake-text-engine.js';
import { sampleTree, words } from './sample-tree.js';

const engine = createFakeTextEngine();

interface Line {
  readonly page: number;
  readonly y: number;
  readonly text: string;
}

/** Flow lines (black text, not page numbers or slogans), in reading order. */
function flowLines(paged: PagedDocument): Line[] {
  return paged.pages.flatMap((page, p) =>
    page.items
      .filter((i): i is GlyphRun => i.kind === 'glyphs' && i.color === P.colors.text && !/^- .+ -$/.test(i.text) && i.y < page.height - P.page.marginBottom)
      .map((r) => ({ page: p, y: r.y, text: r.text }))
      .sort((a, b) => a.y - b.y),
  );
}

const bodyArb = fc.array(fc.integer({ min: 1, max: 160 }), { maxLength: 8 });

describe('letter layout properties', () => {
  it('never lets the closing start a page, and brings two lines of the last paragraph along', () => {
    fc.assert(
      fc.property(bodyArb, fc.integer({ min: 1, max: 40 }), (body, last) => {
        const { paged, diagnostics } = layoutDocument(sampleTree({ body, lastParagraph: last }), engine);
        const lines = flowLines(paged).filter((l) => !l.text.startsWith('/'));
        const closing = lines.find((l) => l.text === 'ขอแสดงความนับถือ');
        expect(closing).toBeDefined();
        if (!closing) return;
        const samePage = lines.filter((l) => l.page === closing.page && l.y < closing.y);
        expect(samePage.length).toBeGreaterThan(0);
        const lastLines = lines.filter((l) => l.text.startsWith('สรุปผล'));
        const withClosing = lastLines.filter((l) => l.page === closing.page);
        expect(withClosing.length).toBeGreaterThanOrEqual(Math.min(2, lastLines.length));
        // The signature follows the closing on the same page.
        expect(lines.find((l) => l.text === '(นายสมชาย ใจดี)')?.page).toBe(closing.page);
        expect(diagnostics.map((d) => d.code)).not.toContain('orphaned_signature');
      }),
      { numRuns: 150 },
    );
  });

  it('places each body paragraph once and in order, with a cue on every page but the last', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        const { paged } = layoutDocument(sampleTree({ body }), engine);
        const lines = flowLines(paged);
        const cues = lines.filter((l) => l.text.startsWith('/') && l.text.endsWith('...'));
        expect(cues.map((c) => c.page)).toEqual(paged.pages.slice(0, -1).map((_, p) => p));
        const text = lines
          .filter((l) => !cues.includes(l))
          .map((l) => l.text)
          .join(' ');
        let from = 0;
        body.forEach((n, i) => {
          const paragraph = words(n, i);
          const at = text.indexOf(paragraph.split(' ').slice(0, 3).join(' '), from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + 1;
        });
      }),
      { numRuns: 100 },
    );
  });

  it('never needs fewer pages for a longer letter', () => {
    fc.assert(
      fc.property(bodyArb, fc.integer({ min: 1, max: 160 }), (body, more) => {
        const before = layoutDocument(sampleTree({ body }), engine).paged.pages.length;
        const after = layoutDocument(sampleTree({ body: [...body, more] }), engine).paged.pages.length;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});
