/**
 * format — the stage entry point: DocumentTree → FormattedDocument. One module per document
 * kind decides that kind's page (src/format/external-letter.ts, src/format/memo.ts); lengths
 * come from the style profile, widths from the TextMeasure the caller passes (the PDF path's
 * shaped advances, or the advance tables of the face the DOCX names). Pure; problems are
 * `format` diagnostics, never exceptions.
 */
import type { DocumentKind, DocumentTree } from '../compose/tree.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_STYLE_PROFILE, type StyleProfile } from '../style/profile.js';
import { formatExternalLetter } from './external-letter.js';
import type { FormatContext } from './format-context.js';
import type { FormattedDocument, FormattedSection } from './formatted-document.js';
import { formatMemo } from './memo.js';
import type { TextMeasure } from './measure/text-measure.js';
import { continuationCue } from './page-furniture.js';

export interface FormatOptions {
  /** Default: DEFAULT_STYLE_PROFILE (spec section 8). */
  readonly profile?: StyleProfile;
  /** Font family named in the DOCX (default: the profile's). */
  readonly fontFamily?: string;
}

export interface FormatResult {
  readonly formatted: FormattedDocument;
  readonly diagnostics: readonly Diagnostic[];
}

function sectionsOf(kind: DocumentKind, base: Omit<FormatContext, 'width'>, tree: DocumentTree): FormattedSection[] {
  switch (kind) {
    case 'external':
      return formatExternalLetter(base, tree);
    case 'memo':
      return formatMemo(base, tree);
  }
}

/**
 * @example const { formatted } = formatDocument(tree, tableMeasure(thSarabunMetrics('TH SarabunPSK')));
 */
export function formatDocument(tree: DocumentTree, measure: TextMeasure, options: FormatOptions = {}): FormatResult {
  const profile = options.profile ?? DEFAULT_STYLE_PROFILE;
  const diagnostics: Diagnostic[] = [];
  const base = { profile, measure, diagnostics };
  const cue = continuationCue({ ...base, width: 0 }, tree.furniture);
  const formatted: FormattedDocument = {
    kind: tree.kind,
    meta: { ...tree.meta },
    fontFamily: options.fontFamily ?? profile.font.family,
    fontSize: profile.font.size,
    pageNumbers: tree.furniture.pageNumbers,
    ...(cue === undefined ? {} : { continuationCue: cue }),
    sections: sectionsOf(tree.kind, base, tree),
  };
  return { formatted, diagnostics };
}
