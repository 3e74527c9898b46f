/**
 * test/docx — text comparison for rendered DOCX: compose's `documentText` and
 * `normalizeExtractedText`, with spaces then dropped, because a rendered Thai line wraps where
 * the tree has no space (ประจำปี|งบประมาณ) and tabs stand for the label gaps.
 */
import { normalizeExtractedText } from '../../src/compose/index.js';

export function squash(text: string): string {
  return normalizeExtractedText(text).replace(/ /g, '');
}
