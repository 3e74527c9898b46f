/**
 * layout/text — barrel of the Thai text engine (itemize → shape → break → align).
 * The page layout uses `createTextEngine` / `textEngineFromFonts` and the TextEngine interface.
 */
export type { TextEngine, TextAlign, ParagraphSpec, LaidOutLine, LaidOutParagraph } from './text-engine.js';
export { createTextEngine, textEngineFromFonts, type CreateTextEngineOptions } from './create-text-engine.js';
export { itemize, charScript, type Item, type ShapingScript, type StyleSpan } from './itemize.js';
export { createShaper, type Shaper, type ShapedGlyph } from './shape.js';
