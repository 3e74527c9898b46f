import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate, type FlowSlice, type PaginatedPage, type PaginateInput } from './paginate.js';

const FIRST = { top: 127, bottom: 785 };
const NEXT = { top: 71, bottom: 785 };

function input(slices: FlowSlice[], extra: Partial<PaginateInput> = {}): PaginateInput {
  return { slices, firstPage: FIRST, nextPage: NEXT, repeatHeights: new Map(), reserveBottom: 0, ...extra };
}

const line = (breakBefore: FlowSlice['breakBefore'] = 'allow', spaceBefore = 0): FlowSlice => ({ height: 20.8, spaceBefore, breakBefore });

const indices = (pages: readonly PaginatedPage[]): number[][] => pages.map((p) => p.slices.map((s) => s.index));

describe('paginate (examples)', () => {
  it('stacks slices from the frame top, dropping space before at a page top', () => {
    const pages = paginate(input([line('allow', 6), line('allow', 6), line('avoid')]));
    expect(pages).toHaveLength(1);
    const ys = pages[0]?.slices.map((s) => s.y) ?? [];
    [127, 127 + 20.8 + 6, 127 + 2 * 20.8 + 6].forEach((y, k) => {
      expect(ys[k]).toBeCloseTo(y, 9);
    });
  });

  it('ends a page at the latest allowed break and moves a kept run whole', () => {
    // 31 lines fit on page 1 (658 / 20.8); slices 29–31 are kept together.
    const slices = Array.from({ length: 33 }, (_, i) => line(i === 30 || i === 31 ? 'avoid' : 'allow'));
    const pages = paginate(input(slices));
    expect(indices(pages)[0]?.at(-1)).toBe(28);
    expect(indices(pages)[1]?.[0]).toBe(29);
  });

  it('starts a new page with a forced break and uses its frame', () => {
    const frame = { top: 71, bottom: 538 };
    const pages = paginate(input([line(), { ...line('page'), frame }, line()]));
    expect(indices(pages)).toEqual([[0], [1, 2]]);
    expect(pages[1]?.frame).toEqual(frame);
    expect(pages[1]?.section).toBe(1);
    expect(pages[0]?.continues).toBe(false);
  });

  it('reserves the cue line on continued pages but lets the last page use it', () => {
    const fit = Math.floor((FIRST.bottom - FIRST.top) / 20.8); // 31
    const exact = paginate(input(Array.from({ length: fit }, () => line()), { reserveBottom: 20.8 }));
    expect(exact).toHaveLength(1);
    const more = paginate(input(Array.from({ length: fit + 1 }, () => line()), { reserveBottom: 20.8 }));
    expect(more[0]?.slices).toHaveLength(fit - 1);
    expect(more[0]?.continues).toBe(true);
  });

  it('repeats a continuation header above slices that start a page', () => {
    const slices = Array.from({ length: 40 }, (): FlowSlice => ({ ...line(), repeatKey: 7 }));
    const pages = paginate(input(slices, { repeatHeights: new Map([[7, 30]]) }));
    expect(pages[1]?.repeat).toEqual({ key: 7, y: NEXT.top });
    expect(pages[1]?.slices[0]?.y).toBe(NEXT.top + 30);
  });

  it('flags a slice taller than the page and still places it', () => {
    const pages = paginate(input([line(), { height: 2000, spaceBefore: 0, breakBefore: 'allow' }, line()]));
    expect(indices(pages)).toEqual([[0], [1], [2]]);
    expect(pages[1]?.overflow).toBe(true);
  });

  it('breaks inside a kept run only when the whole page is one kept run', () => {
    const slices = Array.from({ length: 50 }, (_, i) => line(i === 0 ? 'allow' : 'avoid'));
    const pages = paginate(input(slices));
    expect(pages.length).toBe(2);
    expect(pages[1]?.forcedAvoidBreak).toBe(true);
  });
});

const sliceArb: fc.Arbitrary<FlowSlice> = fc.record({
  height: fc.double({ min: 1, max: 120, noNaN: true }),
  spaceBefore: fc.constantFrom(0, 6, 12),
  breakBefore: fc.constantFrom<FlowSlice['breakBefore']>('allow', 'allow', 'allow', 'avoid', 'avoid', 'page'),
  repeatKey: fc.option(fc.constantFrom(1, 2), { nil: undefined }),
}).map((s) => {
  const { repeatKey, ...rest } = s;
  return repeatKey === undefined ? rest : { ...rest, repeatKey };
});

const inputArb = fc.record({
  slices: fc.array(sliceArb, { maxLength: 120 }),
  reserveBottom: fc.constantFrom(0, 20.8),
});

function build(a: { slices: FlowSlice[]; reserveBottom: number }): PaginateInput {
  return input(a.slices, { reserveBottom: a.reserveBottom, repeatHeights: new Map([[1, 25], [2, 50]]) });
}

describe('paginate (properties)', () => {
  it('places every slice exactly once, in order', () => {
    fc.assert(
      fc.property(inputArb, (a) => {
        const placed = paginate(build(a)).flatMap((p) => p.slices.map((s) => s.index));
        expect(placed).toEqual(a.slices.map((_, i) => i));
      }),
    );
  });

  it('keeps every slice above the bottom (and the cue room on continued pages) unless it alone overflows', () => {
    fc.assert(
      fc.property(inputArb, (a) => {
        for (const page of paginate(build(a))) {
          for (const placed of page.slices) {
            const slice = a.slices[placed.index];
            if (!slice) throw new Error('missing slice');
            const bottom = placed.y + slice.height;
            if (page.overflow && page.slices.length === 1) continue;
            const limit = page.continues ? page.frame.bottom - a.reserveBottom : page.frame.bottom;
            // A page that continues may still end in the cue room only if it was filled before the reserve applied: never.
            expect(bottom).toBeLessThanOrEqual(Math.max(limit, page.frame.top + slice.height) + 1e-6);
            expect(placed.y).toBeGreaterThanOrEqual(page.frame.top - 1e-6);
          }
        }
      }),
    );
  });

  it('ends pages only at allowed breaks, unless the page offered none', () => {
    fc.assert(
      fc.property(inputArb, (a) => {
        const pages = paginate(build(a));
        pages.slice(1).forEach((page, p) => {
          const first = page.slices[0]?.index;
          if (first === undefined) return;
          const kind = a.slices[first]?.breakBefore;
          if (kind === 'allow' || kind === 'page') return;
          // 'avoid' break: the page before had no allowed break after its first slice.
          const before = pages[p]?.slices.map((s) => s.index) ?? [];
          const alternatives = before.slice(1).filter((i) => a.slices[i]?.breakBefore === 'allow');
          expect(alternatives).toEqual([]);
          expect(page.forcedAvoidBreak).toBe(true);
        });
      }),
    );
  });

  it('starts a page at every forced break, and stacks slices downwards', () => {
    fc.assert(
      fc.property(inputArb, (a) => {
        const pages = paginate(build(a));
        const starts = new Set(pages.map((p) => p.slices[0]?.index));
        a.slices.forEach((s, i) => {
          if (s.breakBefore === 'page' && i > 0) expect(starts.has(i)).toBe(true);
        });
        for (const page of pages) {
          let cursor = -Infinity;
          for (const placed of page.slices) {
            expect(placed.y).toBeGreaterThanOrEqual(cursor - 1e-6);
            cursor = placed.y + (a.slices[placed.index]?.height ?? 0);
          }
        }
      }),
    );
  });

  it('never needs fewer pages for more content', () => {
    fc.assert(
      fc.property(inputArb, fc.array(sliceArb, { minLength: 1, maxLength: 20 }), (a, more) => {
        const before = paginate(build(a)).length;
        const after = paginate(build({ ...a, slices: [...a.slices, ...more] })).length;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});
