/**
 * layout/page — barrel of the page layout: `layoutDocument` (DocumentTree → PagedDocument)
 * and the pure paginator it is built on (measured slices in, placed slices out).
 */
export { layoutDocument, type LayoutOptions, type LayoutResult } from './layout-document.js';
export type { LayoutTextEngine } from './layout-context.js';
export { paginate, type BreakBefore, type FlowSlice, type PageFrame, type PaginateInput, type PaginatedPage, type PlacedSlice } from './paginate.js';
export { continuationCue } from './continuation-cue.js';
