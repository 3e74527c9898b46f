/**
 * compose — the stage entry point: canonical Circular → DocumentTree (src/compose/tree.ts).
 * Decides every piece of letter content both renderers print: labels, part order (spec §1.3,
 * §2.3 for a letter; §1.4, §2.2 for a memo), digits, markers, the date, reference and signature
 * lines, contacts, page furniture and metadata. Pure and deterministic; problems are `compose` diagnostics, never throws
 * (composeDocument, the convenience form, throws a SarabanError when there is an error).
 */
import { hasErrors, SarabanError, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import type { Circular, Enclosure, ExternalCircular, Signer } from '../model/circular-types.js';
import { bodyBlocks } from './body-blocks.js';
import type { ComposeContext } from './compose-context.js';
import { contactLines } from './contact-lines.js';
import { printDigits, printedRuns, textRuns } from './digits.js';
import { headerBlocks } from './header-blocks.js';
import { LETTER_LABELS } from './labels.js';
import { memoHeadBlocks } from './memo-blocks.js';
import { signatureNameLine, signaturePositionLines } from './signature-lines.js';
import type { Block, DocumentTree, PageFurniture, Run, SignatureBlock } from './tree.js';

export interface ComposeOptions {
  /** Print the Garuda at the top of page 1 (default true). The image itself is given at render time. */
  readonly emblem?: boolean;
  /** Print `/<next word>...` at the foot of every page but the last (default true). */
  readonly continuationCue?: boolean;
}

/** A stamp run: urgency and secrecy are red bold (spec §1.8, §1.9). */
function stamp(text: string): Run[] {
  return [{ text, bold: true, color: 'red' }];
}

function enclosureBlocks(enclosure: Enclosure, index: number, letter: ComposeContext): Block[] {
  const context: ComposeContext = { numerals: enclosure.numerals ?? letter.numerals, diagnostics: letter.diagnostics };
  const blocks: Block[] = [{ type: 'pageBreak', orientation: enclosure.orientation ?? 'portrait' }];
  for (const line of enclosure.title) {
    if (line.trim() === '') continue;
    blocks.push({ type: 'paragraph', role: 'enclosureBody', align: 'heading', runs: textRuns(line, context.numerals), keepWithNext: true });
  }
  blocks.push(...bodyBlocks(enclosure.blocks, 'enclosureBody', context, ['enclosures', index, 'blocks']));
  return blocks;
}

function signatureBlock(signer: Signer, context: ComposeContext): SignatureBlock {
  return {
    type: 'signature',
    nameLine: printedRuns(signatureNameLine(signer, context.numerals)),
    positionLines: signaturePositionLines(signer, context.numerals).map(printedRuns),
  };
}

/** คำลงท้าย, the signature, the owner unit with its contacts, and สำเนาส่ง. */
function letterTail(circular: ExternalCircular, context: ComposeContext): Block[] {
  const { numerals } = context;
  const blocks: Block[] = [
    { type: 'closing', runs: textRuns(circular.addressee.closing, numerals) },
    signatureBlock(circular.signer, context),
  ];
  const contacts = contactLines(circular.ownerUnit, numerals);
  if (contacts.length > 0) blocks.push({ type: 'contact', lines: contacts.map(printedRuns) });
  const copies = circular.copiesTo.filter((line) => line.trim() !== '');
  if (copies.length > 0) {
    blocks.push({ type: 'copiesTo', label: LETTER_LABELS.copiesTo, lines: copies.map((line) => textRuns(line, numerals)) });
  }
  return blocks;
}

/** The document before its enclosures: a memo has its own head and ends with the signature (no คำลงท้าย). */
function documentBlocks(circular: Circular, context: ComposeContext): Block[] {
  const body = bodyBlocks(circular.body, 'body', context, ['body']);
  switch (circular.kind) {
    case 'external':
      return [...headerBlocks(circular, context), ...body, ...letterTail(circular, context)];
    case 'memo':
      return [...memoHeadBlocks(circular, context), ...body, signatureBlock(circular.signer, context)];
  }
}

function furniture(circular: Circular, options: ComposeOptions): PageFurniture {
  const footerLines = circular.kind === 'external' ? circular.footerLines : [];
  return {
    emblem: options.emblem ?? true,
    ...(circular.urgency === undefined ? {} : { urgency: stamp(circular.urgency) }),
    ...(circular.secrecy === undefined ? {} : { secrecy: stamp(circular.secrecy) }),
    pageNumbers: circular.numerals,
    continuationCue: options.continuationCue ?? true,
    footerLines: footerLines.filter((line) => line.trim() !== '').map((line) => textRuns(line, circular.numerals)),
  };
}

/**
 * Compose without throwing: the tree plus any warnings, or the error diagnostics.
 * @example const result = safeComposeDocument(circular); if (result.ok) renderDocx(result.value)
 */
export function safeComposeDocument(circular: Circular, options: ComposeOptions = {}): Result<DocumentTree> {
  const diagnostics: Diagnostic[] = [];
  const context: ComposeContext = { numerals: circular.numerals, diagnostics };
  const subject = printDigits(circular.subject, circular.numerals);
  const tree: DocumentTree = {
    kind: circular.kind,
    meta: { title: subject, subject, author: printDigits(circular.office.name, circular.numerals), language: 'th-TH' },
    furniture: furniture(circular, options),
    blocks: [
      ...documentBlocks(circular, context),
      ...circular.enclosures.flatMap((enclosure, index) => enclosureBlocks(enclosure, index, context)),
    ],
  };
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, value: tree, diagnostics };
}

/**
 * Compose the document tree that both renderers consume; throws a SarabanError on errors.
 * @example const tree = composeDocument(parseCircular(input)); documentText(tree)
 */
export function composeDocument(circular: Circular, options: ComposeOptions = {}): DocumentTree {
  const result = safeComposeDocument(circular, options);
  if (!result.ok) {
    throw new SarabanError(result.diagnostics[0]?.message ?? 'cannot compose the circular', result.diagnostics);
  }
  return result.value;
}
