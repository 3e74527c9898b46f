/**
 * layout/page — `layoutDocument`: FormattedDocument → PagedDocument (stage 'layout').
 * Paragraphs are set line by line (set-paragraph.ts) and tables row line by row line
 * (table-items.ts) into measured flow items whose break rules follow the paragraph properties
 * (keep with next, keep lines together, widow control); the pure paginator breaks them into
 * pages (paginate.ts); then the items, the bands, the framed paragraphs and the emblem are drawn
 * where the formatted document put them. Bad input gives diagnostics, never an exception.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { FlowBlock, FormattedDocument, FormattedParagraph, FormattedSection } from '../../format/formatted-document.js';
import { toThaiDigits } from '../../thai/thai-digits.js';
import type { FrameItem, Page, PagedDocument } from '../frame.js';
import { continuationCue } from './continuation-cue.js';
import { drawLine, paragraphBreak, type FlowItem } from './flow-item.js';
import type { LayoutContext, LayoutTextEngine } from './layout-context.js';
import { paginate, type BreakBefore, type PageFrame, type PaginatedPage } from './paginate.js';
import { cueLine, emblemImage, footerBand, framedParagraph, headerBand } from './page-furniture.js';
import { setParagraph } from './set-paragraph.js';
import { inCellReadingOrder, tableItems } from './table-items.js';

export interface LayoutOptions {
  /** Place the emblem's image box where the format asks for it (default true; the renderer draws the caller's image there). */
  readonly emblem?: boolean;
  /** Width ÷ height of the caller's emblem image (default 1); the height is the format's. */
  readonly emblemAspect?: number;
}

export interface LayoutResult {
  readonly paged: PagedDocument;
  readonly diagnostics: readonly Diagnostic[];
}

function layoutDiagnostic(code: string, path: readonly (string | number)[], message: string, messageTh: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic {
  return { code, severity, stage: 'layout', path, message, messageTh };
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

function frameOf(section: FormattedSection): PageFrame {
  return { top: section.page.marginTop, bottom: section.page.height - section.page.marginBottom };
}

function contextOf(section: FormattedSection, engine: LayoutTextEngine, fontSize: number, diagnostics: Diagnostic[]): LayoutContext {
  const { page } = section;
  return { engine, fontSize, left: page.marginLeft, width: page.width - page.marginLeft - page.marginRight, diagnostics };
}

/** Where a paragraph's line `k` of `count` may end a page. */
function lineBreakBefore(paragraph: FormattedParagraph, k: number, count: number): BreakBefore {
  if (paragraph.props.keepLines) return 'avoid';
  if (paragraph.props.widowControl) return paragraphBreak(k, count);
  return 'allow';
}

interface Flow {
  readonly items: FlowItem[];
  /** Framed paragraphs, by the index of the flow item they are anchored to (drawn on its page). */
  readonly frames: Map<number, FormattedParagraph[]>;
  readonly headers: Map<number, { height: number; draw(top: number): FrameItem[] }>;
}

function paragraphItems(ctx: LayoutContext, paragraph: FormattedParagraph): FlowItem[] {
  const lines = setParagraph(ctx, paragraph, paragraph.path);
  const { lineHeight, baseline, spaceBefore } = paragraph.props;
  // The cue quotes a line's words; a marker is quoted from `marker`, not from the line's text.
  const markerless = (text: string, k: number): string => (k === 0 && paragraph.marker !== undefined && text.startsWith(paragraph.marker) ? text.slice(paragraph.marker.length).trimStart() : text);
  return lines.map((line, k) => ({
    slice: { height: lineHeight, spaceBefore: k === 0 ? spaceBefore : 0, breakBefore: k === 0 ? 'allow' : lineBreakBefore(paragraph, k, lines.length) },
    path: paragraph.path,
    kind: paragraph.role,
    text: markerless(line.text, k),
    ...(k === 0 && paragraph.marker !== undefined ? { marker: paragraph.marker } : {}),
    draw: ({ top }) => drawLine(line, ctx.left, top, baseline),
  }));
}

function blockItems(ctx: LayoutContext, block: FlowBlock, flow: Flow): FlowItem[] {
  switch (block.type) {
    case 'paragraph':
      return paragraphItems(ctx, block);
    case 'table': {
      const key = flow.headers.size + 1;
      const table = tableItems(block, ctx, key);
      if (table.header) flow.headers.set(key, table.header);
      return table.items;
    }
  }
}

/** Every section's blocks → flow items, with keeps and the page break opening each section. */
function buildFlow(doc: FormattedDocument, engine: LayoutTextEngine, diagnostics: Diagnostic[]): Flow {
  const flow: Flow = { items: [], frames: new Map(), headers: new Map() };
  doc.sections.forEach((section, s) => {
    const ctx = contextOf(section, engine, doc.fontSize, diagnostics);
    let keepPrevious = false;
    let openFrames: FormattedParagraph[] = [];
    let sectionStart = true;
    for (const block of section.blocks) {
      if (block.type === 'paragraph' && block.frame !== undefined) {
        openFrames.push(block);
        continue;
      }
      const built = blockItems(ctx, block, flow);
      const [first, ...rest] = built;
      if (first === undefined) continue;
      let breakBefore: BreakBefore = keepPrevious ? 'avoid' : first.slice.breakBefore;
      if (block.type === 'paragraph' && block.props.pageBreakBefore) breakBefore = 'newPage';
      if (sectionStart && s > 0) breakBefore = 'page';
      const at = flow.items.length;
      flow.items.push({ ...first, slice: { ...first.slice, breakBefore, ...(sectionStart ? { frame: frameOf(section) } : {}) } }, ...rest);
      if (openFrames.length > 0) flow.frames.set(at, openFrames);
      openFrames = [];
      sectionStart = false;
      keepPrevious = block.type === 'paragraph' && block.props.keepNext;
    }
    // Frames after the section's last block go on the page of its last line.
    if (openFrames.length > 0) {
      const at = Math.max(0, flow.items.length - 1);
      flow.frames.set(at, [...(flow.frames.get(at) ?? []), ...openFrames]);
    }
  });
  return flow;
}

function pageNumberText(doc: FormattedDocument, pageNo: number): string {
  return doc.pageNumbers === 'thai' ? toThaiDigits(String(pageNo)) : String(pageNo);
}

/**
 * Lay out a formatted document on pages.
 * @example const { paged, diagnostics } = layoutDocument(formatDocument(tree, measure).formatted, engine, { emblemAspect: 0.92 });
 */
export function layoutDocument(doc: FormattedDocument, engine: LayoutTextEngine, options: LayoutOptions = {}): LayoutResult {
  const diagnostics: Diagnostic[] = [];
  const aspect = emblemAspectOf(options, diagnostics);
  const [firstSection] = doc.sections;
  if (firstSection === undefined) {
    return { paged: { pages: [], meta: { ...doc.meta } }, diagnostics };
  }
  const flow = buildFlow(doc, engine, diagnostics);
  const pages = paginate({
    slices: flow.items.map((item) => item.slice),
    firstPage: frameOf(firstSection),
    nextPage: frameOf(firstSection),
    repeatHeights: new Map([...flow.headers].map(([key, header]) => [key, header.height])),
    reserveBottom: 0,
  });
  const sectionOfItem = sectionIndexOfItems(doc, flow);
  const out: Page[] = pages.map((_page, p) => drawPage(doc, flow, pages, p, sectionOfItem, engine, aspect, options, diagnostics));
  pages.forEach((page, p) => {
    reportPage(page, p, flow.items, diagnostics);
  });
  return { paged: { pages: out, meta: { ...doc.meta } }, diagnostics };
}

/** The section each flow item belongs to (pages carry the paginator's section count, which matches). */
function sectionIndexOfItems(doc: FormattedDocument, flow: Flow): number[] {
  const out: number[] = [];
  let section = -1;
  flow.items.forEach((item) => {
    if (item.slice.frame !== undefined || section < 0) section = Math.min(section + 1, doc.sections.length - 1);
    out.push(section);
  });
  return out;
}

function drawPage(
  doc: FormattedDocument,
  flow: Flow,
  pages: readonly PaginatedPage[],
  p: number,
  sectionOfItem: readonly number[],
  engine: LayoutTextEngine,
  aspect: number,
  options: LayoutOptions,
  diagnostics: Diagnostic[],
): Page {
  const page = pages[p];
  const firstPlaced = page?.slices[0];
  const sectionIndex = firstPlaced === undefined ? 0 : (sectionOfItem[firstPlaced.index] ?? 0);
  const section = doc.sections[sectionIndex] ?? doc.sections[0];
  if (page === undefined || section === undefined) return { width: 0, height: 0, items: [] };
  const ctx = contextOf(section, engine, doc.fontSize, diagnostics);
  const firstOfSection = p === 0 || pages[p - 1]?.section !== page.section;
  const titlePage = firstOfSection && section.titlePage;
  const number = pageNumberText(doc, p + 1);
  const items: FrameItem[] = [];
  // Top furniture first and the cue and footer last: the content stream then reads in page
  // order, which is what text extraction and screen readers follow.
  if (firstOfSection && section.emblem && options.emblem !== false) items.push(emblemImage(section.emblem, section.page.width, section.page.marginLeft, aspect));
  items.push(...headerBand(ctx, titlePage ? section.firstHeader : section.header, section.page.headerDistance, number));
  const frames = page.slices.flatMap((placed) => flow.frames.get(placed.index) ?? []);
  const [above, below] = [frames.filter((f) => (f.frame?.y ?? 0) < section.page.marginTop + 1), frames.filter((f) => (f.frame?.y ?? 0) >= section.page.marginTop + 1)];
  for (const frame of above) items.push(...framedParagraph(ctx, frame));
  if (page.repeat) items.push(...inCellReadingOrder(flow.headers.get(page.repeat.key)?.draw(page.repeat.y) ?? []));
  let tableRun: { path: readonly (string | number)[]; items: FrameItem[] } | undefined;
  const flushTable = (): void => {
    if (tableRun) items.push(...inCellReadingOrder(tableRun.items));
    tableRun = undefined;
  };
  page.slices.forEach((placed, k) => {
    const item = flow.items[placed.index];
    if (!item) return;
    const drawn = item.draw({ top: placed.y, firstOnPage: k === 0, lastOnPage: k === page.slices.length - 1 });
    if (item.kind !== 'table') {
      flushTable();
      items.push(...drawn);
      return;
    }
    if (tableRun?.path !== item.path) flushTable();
    tableRun ??= { path: item.path, items: [] };
    tableRun.items.push(...drawn);
  });
  flushTable();
  if (doc.continuationCue && page.continues) items.push(...cueFor(ctx, doc, page, pages[p + 1], flow.items));
  for (const frame of below) items.push(...framedParagraph(ctx, frame));
  items.push(...footerBand(ctx, titlePage ? section.firstFooter : section.footer, section.page.height - section.page.footerDistance, number));
  return { width: section.page.width, height: section.page.height, items };
}

/** The cue under the page's last line, quoting the first text of the next page. */
function cueFor(ctx: LayoutContext, doc: FormattedDocument, page: PaginatedPage, next: PaginatedPage | undefined, items: readonly FlowItem[]): FrameItem[] {
  const lastPlaced = page.slices[page.slices.length - 1];
  const lastItem = lastPlaced === undefined ? undefined : items[lastPlaced.index];
  if (doc.continuationCue === undefined || next === undefined || lastPlaced === undefined || lastItem === undefined) return [];
  const firstText = next.slices.map((placed) => items[placed.index]).find((item) => item !== undefined && item.text.trim() !== '');
  if (firstText === undefined) return [];
  const cue = continuationCue(firstText.text, firstText.marker);
  if (cue === '') return [];
  return cueLine(ctx, doc.continuationCue, cue, lastPlaced.y + lastItem.slice.height);
}

function reportPage(page: PaginatedPage, p: number, items: readonly FlowItem[], diagnostics: Diagnostic[]): void {
  const first = page.slices[0] === undefined ? undefined : items[page.slices[0].index];
  if (first === undefined) return;
  const pageNo = String(p + 1);
  const where = first.path.join('.');
  if (page.overflow) {
    diagnostics.push(
      layoutDiagnostic(
        'page_overflow',
        first.path,
        `A part of ${where} (${first.kind}) is taller than page ${pageNo}; it runs past the bottom margin. Shorten it or split it.`,
        `ส่วนหนึ่งของ ${where} (${first.kind}) สูงกว่าหน้า ${pageNo} จึงล้นขอบล่าง ควรตัดให้สั้นลงหรือแบ่งเป็นหลายส่วน`,
      ),
    );
  }
  if (page.forcedAvoidBreak && (first.kind === 'closing' || first.kind === 'signature')) {
    diagnostics.push(
      layoutDiagnostic(
        'orphaned_signature',
        first.path,
        `The ${first.kind} starts page ${pageNo} without any line of the text before it, because that text cannot share a page with it. Shorten the last paragraph.`,
        `คำลงท้ายหรือส่วนลงนามขึ้นต้นหน้า ${pageNo} โดยไม่มีข้อความก่อนหน้าตามมาด้วย ควรตัดย่อหน้าสุดท้ายให้สั้นลง`,
      ),
    );
  }
}
