/**
 * layout/page — the paginator: measured slices in, placed slices out (react-pdf's "measured
 * boxes in, placed boxes out"). Pure and geometry-free apart from heights: it knows nothing of
 * text, blocks or the profile. Invariants (property-tested): every slice is placed exactly once
 * and in order; a slice never extends below its page's bottom unless it alone is taller than
 * the page; a page ends only where `breakBefore` is 'allow' unless no such break exists on it.
 */

/**
 * Where a page may end before this slice: anywhere, only if unavoidable, always with a new
 * section (`page`, with the section's frame), or always within the section (`newPage`).
 */
export type BreakBefore = 'allow' | 'avoid' | 'page' | 'newPage';

/** The content area of a page: y of its top and bottom, pt from the top edge. */
export interface PageFrame {
  readonly top: number;
  readonly bottom: number;
}

export interface FlowSlice {
  /** Height of the unbreakable box (one line, one table line, the signature space). */
  readonly height: number;
  /** Space above the box; dropped when the box starts a page. */
  readonly spaceBefore: number;
  readonly breakBefore: BreakBefore;
  /** With breakBefore 'page': the frame of every page of the new section (landscape pages differ). */
  readonly frame?: PageFrame;
  /**
   * Key of a continuation header (a table's header rows): when this slice starts a page, the
   * header of that key is repeated above it.
   */
  readonly repeatKey?: number;
}

export interface PaginateInput {
  readonly slices: readonly FlowSlice[];
  /** Page 1 (under the Garuda). */
  readonly firstPage: PageFrame;
  /** Continuation pages of the first section. */
  readonly nextPage: PageFrame;
  /** Height of each continuation header, by repeatKey. */
  readonly repeatHeights: ReadonlyMap<number, number>;
  /**
   * Room kept free at the bottom of a page that is followed by another page of the same section
   * (the continuation cue's line). The last page of a section may use it.
   */
  readonly reserveBottom: number;
}

export interface PlacedSlice {
  readonly index: number;
  /** Top of the slice's box, pt from the page's top edge. */
  readonly y: number;
}

export interface PaginatedPage {
  /** 0 for the letter, then one per forced page break. */
  readonly section: number;
  readonly frame: PageFrame;
  readonly slices: readonly PlacedSlice[];
  /** A continuation header repeated at the top of the page. */
  readonly repeat?: { readonly key: number; readonly y: number };
  /** The page starts at an 'avoid' break because the page before had no allowed break. */
  readonly forcedAvoidBreak: boolean;
  /** The page's only slice is taller than the page. */
  readonly overflow: boolean;
  /** Another page of the same section follows. */
  readonly continues: boolean;
}

interface OpenPage {
  section: number;
  frame: PageFrame;
  slices: PlacedSlice[];
  repeat?: { key: number; y: number };
  forcedAvoidBreak: boolean;
  overflow: boolean;
  /** y of the bottom of the last placed slice. */
  cursor: number;
}

function openPage(section: number, frame: PageFrame, first: FlowSlice | undefined, repeatHeights: ReadonlyMap<number, number>): OpenPage {
  const page: OpenPage = { section, frame, slices: [], forcedAvoidBreak: false, overflow: false, cursor: frame.top };
  const key = first?.repeatKey;
  const height = key === undefined ? undefined : repeatHeights.get(key);
  if (key !== undefined && height !== undefined) {
    page.repeat = { key, y: frame.top };
    page.cursor = frame.top + height;
  }
  return page;
}

/** Total height of slices [from, end of their section), with every space counted. */
function sectionRemainders(slices: readonly FlowSlice[]): number[] {
  const out = new Array<number>(slices.length + 1).fill(0);
  for (let i = slices.length - 1; i >= 0; i--) {
    const s = slices[i];
    if (s === undefined) continue;
    const next = slices[i + 1];
    const rest = next === undefined || next.breakBefore === 'page' ? 0 : (out[i + 1] ?? 0);
    out[i] = s.spaceBefore + s.height + rest;
  }
  return out;
}

/**
 * Break the slices into pages. Greedy, with one kind of backtracking: when a slice does not fit,
 * the page ends at the latest 'allow' break on it, so kept-together runs move as a whole.
 */
export function paginate(input: PaginateInput): PaginatedPage[] {
  const { slices, repeatHeights, reserveBottom } = input;
  const remainders = sectionRemainders(slices);
  const pages: PaginatedPage[] = [];
  let section = 0;
  let sectionFrame = input.nextPage;
  let page = openPage(0, input.firstPage, slices[0], repeatHeights);

  const close = (continues: boolean): void => {
    pages.push({
      section: page.section,
      frame: page.frame,
      slices: page.slices,
      ...(page.repeat ? { repeat: page.repeat } : {}),
      forcedAvoidBreak: page.forcedAvoidBreak,
      overflow: page.overflow,
      continues,
    });
  };

  let i = 0;
  while (i < slices.length) {
    const slice = slices[i];
    if (slice === undefined) break;
    if (slice.breakBefore === 'page' && i > 0) {
      close(false);
      section += 1;
      sectionFrame = slice.frame ?? input.nextPage;
      page = openPage(section, sectionFrame, slice, repeatHeights);
    } else if (slice.breakBefore === 'page' && slice.frame) {
      sectionFrame = slice.frame;
      page = openPage(section, slice.frame, slice, repeatHeights);
    } else if (slice.breakBefore === 'newPage' && page.slices.length > 0) {
      close(true);
      page = openPage(section, sectionFrame, slice, repeatHeights);
    }
    const atTop = page.slices.length === 0;
    const space = atTop ? 0 : slice.spaceBefore;
    const bottom = page.cursor + space + slice.height;
    // The page may use the cue's room only if everything left in the section fits on it.
    const isLast = page.cursor + (remainders[i] ?? 0) - (atTop ? slice.spaceBefore : 0) <= page.frame.bottom;
    const limit = isLast ? page.frame.bottom : page.frame.bottom - reserveBottom;
    if (bottom <= limit + 1e-6 || atTop) {
      if (atTop && bottom > page.frame.bottom + 1e-6) page.overflow = true;
      page.slices.push({ index: i, y: page.cursor + space });
      page.cursor = bottom;
      i += 1;
      continue;
    }
    // End the page at the latest allowed break; the page keeps at least its first slice.
    const firstIndex = page.slices[0]?.index ?? i;
    let breakAt = -1;
    for (let j = i; j > firstIndex; j--) {
      const kind = slices[j]?.breakBefore;
      if (kind === 'allow' || kind === 'newPage') {
        breakAt = j;
        break;
      }
    }
    const forced = breakAt < 0;
    if (forced) breakAt = i;
    page.slices = page.slices.filter((placed) => placed.index < breakAt);
    close(true);
    page = openPage(section, sectionFrame, slices[breakAt], repeatHeights);
    page.forcedAvoidBreak = forced && slices[breakAt]?.breakBefore === 'avoid';
    i = breakAt;
  }
  close(false);
  return pages;
}
