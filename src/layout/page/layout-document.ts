/**
 * layout/page — `layoutDocument`: DocumentTree → PagedDocument (stage 'layout').
 * Blocks become measured flow items (block-items.ts, table-items.ts), the pure paginator
 * breaks them into pages (paginate.ts), then the items and the page furniture are drawn at
 * their places. Every length comes from the style profile; lines advance by its fixed pitch.
 * Bad input gives diagnostics, never an exception.
 */
import type { Block, DocumentTree } from '../../compose/tree.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { DEFAULT_STYLE_PROFILE, type StyleProfile } from '../../style/profile.js';
import type { FrameItem, Page, PagedDocument } from '../frame.js';
import {
  closingItems,
  contactItems,
  copiesToItems,
  dateItems,
  labeledItems,
  letterheadItems,
  listItemItems,
  paragraphItems,
  signatureItems,
  type BlockItems,
  type FlowState,
} from './block-items.js';
import { continuationCue } from './continuation-cue.js';
import type { FlowItem } from './flow-item.js';
import { pitchOf, type LayoutContext, type LayoutTextEngine } from './layout-context.js';
import { paginate, type PageFrame, type PaginatedPage } from './paginate.js';
import { cueLine, emblemImage, footerSlogans, pageNumberLine, secrecyStamps, urgencyStamp, type PageBox } from './page-furniture.js';
import { inCellReadingOrder, tableItems } from './table-items.js';

export interface LayoutOptions {
  /** The style profile (default: spec section 8's house defaults). */
  readonly profile?: StyleProfile;
  /** Place the Garuda's image box on page 1 when the tree asks for it (default true; the renderer draws the caller's image there). */
  readonly emblem?: boolean;
  /** Width ÷ height of the caller's Garuda image (default 1); the height is the profile's. */
  readonly emblemAspect?: number;
}

export interface LayoutResult {
  readonly paged: PagedDocument;
  readonly diagnostics: readonly Diagnostic[];
}

interface Section {
  readonly box: PageBox;
  readonly frame: PageFrame;
}

function layoutDiagnostic(code: string, path: readonly (string | number)[], message: string, messageTh: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic {
  return { code, severity, stage: 'layout', path, message, messageTh };
}

function sectionFor(profile: StyleProfile, orientation: 'portrait' | 'landscape'): Section {
  const { page } = profile;
  const box = orientation === 'landscape' ? { width: page.height, height: page.width } : { width: page.width, height: page.height };
  return { box, frame: { top: page.marginTop, bottom: box.height - page.marginBottom } };
}

function emblemAspectOf(options: LayoutOptions, diagnostics: Diagnostic[]): number {
  const aspect = options.emblemAspect ?? 1;
  if (Number.isFinite(aspect) && aspect > 0) return aspect;
  diagnostics.push(
    layoutDiagnostic(
      'invalid_emblem_aspect',
      ['options', 'emblemAspect'],
      `emblemAspect must be a positive number (the image's width ÷ height), not ${String(aspect)}; 1 was used.`,
      `emblemAspect ต้องเป็นจำนวนบวก (ความกว้าง ÷ ความสูงของภาพครุฑ) ไม่ใช่ ${String(aspect)} จึงใช้ค่า 1 แทน`,
    ),
  );
  return 1;
}

/**
 * Lay out a composed letter on pages.
 * @example const { paged, diagnostics } = layoutDocument(composeDocument(circular).value, createTextEngine(fonts), { emblemAspect: 0.92 });
 */
export function layoutDocument(tree: DocumentTree, engine: LayoutTextEngine, options: LayoutOptions = {}): LayoutResult {
  const profile = options.profile ?? DEFAULT_STYLE_PROFILE;
  const diagnostics: Diagnostic[] = [];
  const aspect = emblemAspectOf(options, diagnostics);
  const portrait = sectionFor(profile, 'portrait');
  const firstFrame: PageFrame = { top: profile.emblem.top + profile.emblem.height, bottom: portrait.frame.bottom };
  const contextFor = (box: PageBox): LayoutContext => ({
    profile,
    engine,
    left: profile.page.marginLeft,
    width: box.width - profile.page.marginLeft - profile.page.marginRight,
    diagnostics,
  });

  // 1. Blocks → flow items, with keeps and forced breaks on the first item of each block.
  const sections: Section[] = [portrait];
  const contexts: LayoutContext[] = [contextFor(portrait.box)];
  const items: FlowItem[] = [];
  const headers = new Map<number, { height: number; draw(top: number): FrameItem[] }>();
  const state: FlowState = { closingCentre: profile.page.marginLeft + profile.indent.dateFromMargin };
  let pendingPage: Section | undefined;
  let keepPrevious = false;
  tree.blocks.forEach((block: Block, index) => {
    if (block.type === 'pageBreak') {
      pendingPage = sectionFor(profile, block.orientation);
      return;
    }
    // A page break before any content changes nothing: the letter starts on page 1 anyway.
    if (items.length === 0) pendingPage = undefined;
    const ctx = pendingPage ? contextFor(pendingPage.box) : (contexts[contexts.length - 1] ?? contextFor(portrait.box));
    const beforeClosing = tree.blocks[index + 1]?.type === 'closing';
    const built = buildBlock(block, ctx, index, state, beforeClosing, headers);
    const [first, ...rest] = built.items;
    if (first === undefined) return;
    if (pendingPage) {
      sections.push(pendingPage);
      contexts.push(ctx);
    }
    const breakBefore = pendingPage ? 'page' : keepPrevious ? 'avoid' : first.slice.breakBefore;
    const frame = pendingPage?.frame;
    items.push({ ...first, slice: { ...first.slice, breakBefore, ...(frame ? { frame } : {}) } }, ...rest);
    pendingPage = undefined;
    // Whatever precedes the closing goes with it (a paragraph's last two lines, by the widow rule).
    keepPrevious = built.keepWithNext || beforeClosing;
  });

  // Footer slogans end half the bottom margin above the paper edge; lines that do not fit in
  // the margin are kept free at the end of the letter, so the text never runs into them.
  const bodyPitch = pitchOf(profile, profile.font.size);
  const footerHeight = tree.furniture.footerLines.length * bodyPitch;
  const footerOverflow = Math.max(0, footerHeight - profile.page.marginBottom / 2);
  if (footerOverflow > 0) {
    const letterEnd = items.findIndex((item) => item.slice.breakBefore === 'page');
    const at = letterEnd === -1 ? items.length : letterEnd;
    const spacer: FlowItem = {
      slice: { height: footerOverflow, spaceBefore: 0, breakBefore: 'avoid' },
      block: items[at - 1]?.block ?? 0,
      kind: 'spacer',
      text: '',
      draw: () => [],
    };
    items.splice(at, 0, spacer);
  }

  // 2. Paginate the measured slices.
  const pages = paginate({
    slices: items.map((item) => item.slice),
    firstPage: firstFrame,
    nextPage: portrait.frame,
    repeatHeights: new Map([...headers].map(([key, header]) => [key, header.height])),
    reserveBottom: tree.furniture.continuationCue ? bodyPitch : 0,
  });

  // 3. Draw items and furniture.
  const letterLastPage = lastPageOfSection(pages, 0);
  const out: Page[] = pages.map((page, p) => {
    const section = sections[page.section] ?? portrait;
    const ctx = contexts[page.section] ?? contexts[0] ?? contextFor(portrait.box);
    const frameItems: FrameItem[] = [];
    // Top furniture first and the cue last: the content stream then reads in page order,
    // which is what text extraction and screen readers follow.
    if (p === 0) {
      if (tree.furniture.emblem && options.emblem !== false) frameItems.push(emblemImage(ctx, section.box, aspect));
      if (tree.furniture.urgency && tree.furniture.urgency.length > 0) frameItems.push(...urgencyStamp(ctx, tree.furniture.urgency));
    } else {
      frameItems.push(...pageNumberLine(ctx, p + 1, tree.furniture.pageNumbers));
    }
    if (page.repeat) frameItems.push(...inCellReadingOrder(headers.get(page.repeat.key)?.draw(page.repeat.y) ?? []));
    let tableRun: { block: number; items: FrameItem[] } | undefined;
    const flushTable = (): void => {
      if (tableRun) frameItems.push(...inCellReadingOrder(tableRun.items));
      tableRun = undefined;
    };
    page.slices.forEach((placed, k) => {
      const item = items[placed.index];
      if (!item) return;
      const drawn = item.draw({ top: placed.y, firstOnPage: k === 0, lastOnPage: k === page.slices.length - 1 });
      if (item.kind !== 'table') {
        flushTable();
        frameItems.push(...drawn);
        return;
      }
      if (tableRun?.block !== item.block) flushTable();
      tableRun ??= { block: item.block, items: [] };
      tableRun.items.push(...drawn);
    });
    flushTable();
    if (tree.furniture.continuationCue && page.continues) frameItems.push(...cueFor(ctx, page, pages[p + 1], items));
    let footerBottom: number | undefined;
    if (p === letterLastPage && tree.furniture.footerLines.length > 0) {
      const slogans = footerSlogans(ctx, tree.furniture.footerLines, section.box, section.box.height - profile.page.marginBottom / 2 - footerHeight);
      frameItems.push(...slogans.items);
      footerBottom = slogans.bottom;
    }
    if (tree.furniture.secrecy && tree.furniture.secrecy.length > 0) frameItems.push(...secrecyStamps(ctx, tree.furniture.secrecy, section.box, footerBottom));
    reportPage(page, p, items, diagnostics);
    return { width: section.box.width, height: section.box.height, items: frameItems };
  });
  return {
    paged: { pages: out, meta: { title: tree.meta.title, subject: tree.meta.subject, author: tree.meta.author, language: tree.meta.language } },
    diagnostics,
  };
}

function buildBlock(
  block: Exclude<Block, { type: 'pageBreak' }>,
  ctx: LayoutContext,
  index: number,
  state: FlowState,
  beforeClosing: boolean,
  headers: Map<number, { height: number; draw(top: number): FrameItem[] }>,
): BlockItems {
  switch (block.type) {
    case 'letterhead':
      return letterheadItems(block, ctx, index);
    case 'date':
      return dateItems(block, ctx, index);
    case 'labeled':
      return labeledItems(block, ctx, index);
    case 'paragraph':
      // The paragraph before the closing goes with it (its last two lines, by the widow rule).
      return paragraphItems(block, ctx, index, beforeClosing);
    case 'listItem':
      return listItemItems(block, ctx, index);
    case 'table': {
      const table = tableItems(block, ctx, index);
      if (table.header) headers.set(index, table.header);
      return { items: table.items, keepWithNext: false };
    }
    case 'closing':
      return closingItems(block, ctx, index, state);
    case 'signature':
      return signatureItems(block, ctx, index, state);
    case 'contact':
      return contactItems(block, ctx, index);
    case 'copiesTo':
      return copiesToItems(block, ctx, index);
  }
}

function lastPageOfSection(pages: readonly PaginatedPage[], section: number): number {
  let last = 0;
  pages.forEach((page, p) => {
    if (page.section === section) last = p;
  });
  return last;
}

/** The cue under the page's last line, quoting the first text of the next page. */
function cueFor(ctx: LayoutContext, page: PaginatedPage, next: PaginatedPage | undefined, items: readonly FlowItem[]): FrameItem[] {
  const lastPlaced = page.slices[page.slices.length - 1];
  const lastItem = lastPlaced === undefined ? undefined : items[lastPlaced.index];
  if (next === undefined || lastPlaced === undefined || lastItem === undefined) return [];
  const firstText = next.slices.map((placed) => items[placed.index]).find((item) => item !== undefined && item.text.trim() !== '');
  if (firstText === undefined) return [];
  const cue = continuationCue(firstText.text, firstText.marker);
  if (cue === '') return [];
  return cueLine(ctx, cue, lastPlaced.y + lastItem.slice.height);
}

function reportPage(page: PaginatedPage, p: number, items: readonly FlowItem[], diagnostics: Diagnostic[]): void {
  const first = page.slices[0] === undefined ? undefined : items[page.slices[0].index];
  if (first === undefined) return;
  const pageNo = String(p + 1);
  if (page.overflow) {
    diagnostics.push(
      layoutDiagnostic(
        'page_overflow',
        ['blocks', first.block],
        `Block ${String(first.block)} (${first.kind}) has a part taller than page ${pageNo}; it runs past the bottom margin. Shorten it or split it.`,
        `บล็อกที่ ${String(first.block)} (${first.kind}) มีส่วนที่สูงกว่าหน้า ${pageNo} จึงล้นขอบล่าง ควรตัดให้สั้นลงหรือแบ่งเป็นหลายส่วน`,
      ),
    );
  }
  if (page.forcedAvoidBreak && (first.kind === 'closing' || first.kind === 'signature')) {
    diagnostics.push(
      layoutDiagnostic(
        'orphaned_signature',
        ['blocks', first.block],
        `The ${first.kind} starts page ${pageNo} without any line of the text before it, because that text cannot share a page with it. Shorten the last paragraph.`,
        `คำลงท้ายหรือส่วนลงนามขึ้นต้นหน้า ${pageNo} โดยไม่มีข้อความก่อนหน้าตามมาด้วย ควรตัดย่อหน้าสุดท้ายให้สั้นลง`,
      ),
    );
  }
}
