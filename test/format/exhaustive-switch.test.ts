/**
 * Every switch over the union of blocks or document kinds is exhaustive, so a new block kind
 * that a format module or a renderer forgets fails type-checking. `npm run typecheck` compiles
 * this file: the `@ts-expect-error` lines assert that TypeScript rejects an incomplete switch
 * (were the switch accepted, the unused directive would itself be an error).
 */
import { describe, expect, it } from 'vitest';
import type { Block, DocumentKind } from '../../src/compose/tree.js';
import type { FlowBlock, InlineRun } from '../../src/format/formatted-document.js';

// @ts-expect-error TS2366: a block type without a case leaves the function without a return.
function forgetsMemoFields(block: Exclude<Block, { type: 'pageBreak' }>): string {
  switch (block.type) {
    case 'letterhead':
    case 'date':
    case 'labeled':
    case 'paragraph':
    case 'listItem':
    case 'table':
    case 'closing':
    case 'signature':
    case 'contact':
    case 'copiesTo':
    case 'memoHeading':
      return block.type;
  }
}

// @ts-expect-error TS2366: a document kind without its page format.
function forgetsMemo(kind: DocumentKind): string {
  switch (kind) {
    case 'external':
      return 'external-letter';
  }
}

// @ts-expect-error TS2366: a renderer that forgets tables.
function forgetsTables(block: FlowBlock): string {
  switch (block.type) {
    case 'paragraph':
      return 'p';
  }
}

// @ts-expect-error TS2366: a renderer that forgets page-number fields.
function forgetsPageNumbers(run: InlineRun): string {
  switch (run.kind) {
    case 'text':
    case 'tab':
    case 'break':
      return run.kind;
  }
}

describe('exhaustive switches', () => {
  it('are checked by the compiler (this file type-checks only because each incomplete switch is an error)', () => {
    expect([forgetsMemoFields, forgetsMemo, forgetsTables, forgetsPageNumbers].every((f) => typeof f === 'function')).toBe(true);
  });
});
