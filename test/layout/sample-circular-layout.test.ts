/**
 * The sample circular (test/compose/sample-circular.ts) through compose, the real text engine
 * (HarfBuzz, bundled Sarabun) and the page layout. Oracles: the profile's geometry (column,
 * frame, pitch), the keep rules of spec section 8, and determinism. The text dump of the layout
 * is written to test/.output/sample-circular.layout.txt for reading.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeDocument } from '../../src/compose/compose-document.js';
import type { DocumentTree } from '../../src/compose/tree.js';
import type { GlyphRun, PagedDocument } from '../../src/layout/frame.js';
import type { LayoutResult } from '../../src/layout/page/layout-document.js';
import { layoutTree as layoutDocument } from '../../src/pipeline/render-pdf.js';
import { createTextEngine, type TextEngine } from '../../src/layout/text/index.js';
import { DEFAULT_STYLE_PROFILE as P, measureWidth } from '../../src/style/profile.js';
import { sampleCircular } from '../compose/sample-circular.js';
import { dumpLayout } from './dump-layout.js';

const L = P.page.marginLeft;
const W = measureWidth(P);

let engine: TextEngine;
let tree: DocumentTree;
let result: LayoutResult;

function glyphRuns(paged: PagedDocument, page: number): GlyphRun[] {
  return (paged.pages[page]?.items ?? []).filter((i): i is GlyphRun => i.kind === 'glyphs');
}

function runWidth(run: GlyphRun): number {
  const last = run.glyphs[run.glyphs.length - 1];
  return last === undefined ? 0 : last.x + last.advance;
}

beforeAll(async () => {
  engine = await createTextEngine();
  tree = composeDocument(sampleCircular());
  result = layoutDocument(tree, engine);
  mkdirSync(new URL('./../.output/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./../.output/sample-circular.layout.txt', import.meta.url), `${dumpLayout(result.paged)}\n`);
});

describe('sample circular with the real engine', () => {
  it('lays out without errors, the letter on at least two pages, then the enclosure', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const enclosureTitle = result.paged.pages.findIndex((_, p) => glyphRuns(result.paged, p).some((r) => r.text.startsWith('หลักเกณฑ์การคัดเลือกผลิตภัณฑ์') && r.x > L + 100));
    expect(enclosureTitle).toBeGreaterThanOrEqual(2);
    const closing = result.paged.pages.findIndex((_, p) => glyphRuns(result.paged, p).some((r) => r.text === 'ขอแสดงความนับถือ'));
    expect(closing).toBeGreaterThanOrEqual(1);
  });

  it('keeps every text run inside the text column', () => {
    result.paged.pages.forEach((page, p) => {
      const left = L;
      const right = page.width - P.page.marginRight;
      for (const run of glyphRuns(result.paged, p)) {
        expect(run.x).toBeGreaterThanOrEqual(left - 0.01);
        expect(run.x + runWidth(run)).toBeLessThanOrEqual(right + 0.5);
      }
    });
  });

  it('keeps flow lines inside the page frame; only furniture sits in the margins', () => {
    result.paged.pages.forEach((page, p) => {
      const top = p === 0 ? P.emblem.top + P.emblem.height : P.page.marginTop;
      const bottom = page.height - P.page.marginBottom;
      for (const run of glyphRuns(result.paged, p)) {
        const isFurniture = run.color !== P.colors.text || /^- .+ -$/.test(run.text) || run.y > bottom;
        if (isFurniture) continue;
        expect(run.y - P.font.baseline).toBeGreaterThanOrEqual(top - 1e-6);
        expect(run.y - P.font.baseline + P.font.linePitch).toBeLessThanOrEqual(bottom + 1e-6);
      }
    });
  });

  it('numbers pages from 2, centred on the column', () => {
    result.paged.pages.forEach((_, p) => {
      const numbers = glyphRuns(result.paged, p).filter((r) => /^- .+ -$/.test(r.text));
      if (p === 0) {
        expect(numbers).toEqual([]);
        return;
      }
      expect(numbers.map((r) => r.text)).toEqual([`- ${String(p + 1).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)))} -`]);
      const n = numbers[0];
      if (n) expect(n.x + runWidth(n) / 2).toBeCloseTo(L + W / 2, 1);
    });
  });

  it('ends every continued page of the letter with a cue at the right margin', () => {
    const letterPages = result.paged.pages.filter((_, p) => !glyphRuns(result.paged, p).some((r) => r.text.startsWith('หลักเกณฑ์การคัดเลือกผลิตภัณฑ์ OTOP') && r.x > L + 100));
    letterPages.slice(0, -1).forEach((_, p) => {
      const cue = glyphRuns(result.paged, p).find((r) => r.text.startsWith('/') && r.text.endsWith('...'));
      expect(cue).toBeDefined();
      if (cue) expect(cue.x + runWidth(cue)).toBeCloseTo(L + W, 1);
    });
  });

  it('never starts a page with the closing or the signature', () => {
    result.paged.pages.forEach((_, p) => {
      const runs = glyphRuns(result.paged, p).filter((r) => r.color === P.colors.text && !/^- .+ -$/.test(r.text));
      const topY = Math.min(...runs.map((r) => r.y));
      const first = runs.filter((r) => r.y === topY).map((r) => r.text);
      expect(first).not.toContain('ขอแสดงความนับถือ');
      expect(first.some((t) => t.startsWith('(นาย'))).toBe(false);
    });
    expect(result.diagnostics.map((d) => d.code)).not.toContain('orphaned_signature');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(layoutDocument(tree, engine).paged)).toBe(JSON.stringify(result.paged));
  });
});
