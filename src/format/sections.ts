/**
 * format — the tree's blocks cut into sections at each page break (the letter or memo, then
 * one section per enclosure), each block with its index in the tree for diagnostics.
 */
import type { Block, PageBreakBlock } from '../compose/tree.js';
import type { FlowBlock } from './formatted-document.js';

export interface SectionBlocks {
  readonly orientation: PageBreakBlock['orientation'];
  readonly blocks: readonly { readonly block: Exclude<Block, PageBreakBlock>; readonly index: number }[];
}

export function splitSections(blocks: readonly Block[]): SectionBlocks[] {
  const sections: { orientation: PageBreakBlock['orientation']; blocks: { block: Exclude<Block, PageBreakBlock>; index: number }[] }[] = [
    { orientation: 'portrait', blocks: [] },
  ];
  blocks.forEach((block, index) => {
    if (block.type === 'pageBreak') {
      // A page break before any content changes nothing: the document starts on page 1 anyway.
      const current = sections[sections.length - 1];
      if (!(sections.length === 1 && current?.blocks.length === 0)) sections.push({ orientation: block.orientation, blocks: [] });
    } else {
      sections[sections.length - 1]?.blocks.push({ block, index });
    }
  });
  return sections;
}

/** The blocks with keep-with-next set on the last one (when it is a paragraph). */
export function withKeepNext(blocks: readonly FlowBlock[]): FlowBlock[] {
  const out = [...blocks];
  const last = out[out.length - 1];
  if (last?.type === 'paragraph') out[out.length - 1] = { ...last, props: { ...last.props, keepNext: true } };
  return out;
}
