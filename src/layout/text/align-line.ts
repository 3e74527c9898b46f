/**
 * layout/text — alignment of one line: pen positions for its glyphs. left/center/right move
 * the line; justify adds the slack to the spaces; thaiDistribute (Word's) adds it evenly
 * after every grapheme cluster but the last, so marks never leave their base. Lines with a
 * hard end (last of the paragraph, before a newline) stay flush left when justified.
 */
import type { TextAlign } from './text-engine.js';
import type { LineGlyph } from './paragraph-glyphs.js';
import { isBreakSpace } from './break-units.js';

export interface AlignedLine {
  /** x of the pen at each glyph, from the paragraph's left edge. */
  readonly penX: readonly number[];
  readonly naturalWidth: number;
}

export function alignLine(
  glyphs: readonly LineGlyph[],
  text: string,
  align: TextAlign,
  indent: number,
  measure: number,
  hardEnd: boolean,
): AlignedLine {
  let naturalWidth = 0;
  for (const g of glyphs) naturalWidth += g.advance;
  const slack = measure - naturalWidth;
  let x = indent;
  let perSpace = 0;
  let perCluster = 0;
  const stretch = (align === 'justify' || align === 'thaiDistribute') && !hardEnd && slack > 0;
  if (align === 'right') x += slack;
  else if (align === 'center') x += slack / 2;
  else if (stretch) {
    const lastStart = glyphs[glyphs.length - 1]?.start;
    const spaceClusters = new Set<number>();
    const clusters = new Set<number>();
    for (const g of glyphs) {
      if (g.start === lastStart) continue;
      clusters.add(g.start);
      if (isBreakSpace(text[g.start])) spaceClusters.add(g.start);
    }
    if (align === 'justify' && spaceClusters.size > 0) perSpace = slack / spaceClusters.size;
    else if (clusters.size > 0) perCluster = slack / clusters.size;
  }
  const penX: number[] = [];
  for (const [i, g] of glyphs.entries()) {
    penX.push(x);
    x += g.advance;
    const next = glyphs[i + 1];
    if (next !== undefined && next.start !== g.start) {
      x += perCluster;
      if (perSpace > 0 && isBreakSpace(text[g.start])) x += perSpace;
    }
  }
  return { penX, naturalWidth };
}
