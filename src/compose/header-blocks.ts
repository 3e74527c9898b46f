/**
 * compose — the head of the letter in the order of spec §1.3: ที่ and the issuing office,
 * the date, เรื่อง, the salutation (เรียน …), the references under the circular's own heading
 * (อ้างถึง), and สิ่งที่ส่งมาด้วย. Several references or attachments are numbered ๑. ๒.;
 * an attachment's quantity is a trailing `จำนวน ๑ ชุด` that renderers keep on its line.
 * The salutation, reference and attachment blocks are shared with the memo's head (memo-blocks.ts).
 */
import type { Attachment, Circular, ExternalCircular, MemoAddressee } from '../model/circular-types.js';
import { formatDocumentNumber } from '../model/document-number.js';
import type { ComposeContext } from './compose-context.js';
import { printDigits, printedRuns, textRuns } from './digits.js';
import { LETTER_LABELS } from './labels.js';
import { formatLetterDate } from './letter-date.js';
import { itemMarker } from './numbered-marker.js';
import { referenceLine } from './reference-line.js';
import type { Block, LabeledItem, Run } from './tree.js';

function attachmentItem(attachment: Attachment, index: number, count: number, context: ComposeContext): LabeledItem {
  const marker = itemMarker(index, count, context.numerals);
  let title = printDigits(attachment.title, context.numerals);
  // How an item travels when it is not in the envelope belongs with its title (spec §1.3 item 8).
  if (attachment.sentBy !== undefined && attachment.sentBy !== '') {
    const sentBy = printDigits(attachment.sentBy, context.numerals);
    title += ` (${sentBy.startsWith('ทาง') ? `ส่ง${sentBy}` : sentBy})`;
  }
  const trailing: Run[] =
    attachment.quantity === undefined
      ? []
      : textRuns(`${LETTER_LABELS.quantity} ${attachment.quantity} ${attachment.unit ?? LETTER_LABELS.defaultUnit}`, context.numerals);
  return {
    ...(marker === undefined ? {} : { marker }),
    runs: printedRuns(title),
    ...(trailing.length === 0 ? {} : { trailing }),
  };
}

/** คำขึ้นต้น and the addressee: `เรียน ผู้ว่าราชการจังหวัด…`. */
export function salutationBlock(addressee: MemoAddressee, context: ComposeContext): Block {
  return { type: 'labeled', role: 'salutation', label: addressee.salutation, items: [{ runs: textRuns(addressee.text, context.numerals) }] };
}

/** อ้างถึง and สิ่งที่ส่งมาด้วย, each only when the document has any. */
export function referenceAndAttachmentBlocks(circular: Circular, context: ComposeContext): Block[] {
  const { numerals } = context;
  const blocks: Block[] = [];
  const { references, attachments } = circular;
  if (references.length > 0) {
    blocks.push({
      type: 'labeled',
      role: 'reference',
      label: circular.referenceHeading,
      items: references.map((reference, index): LabeledItem => {
        const marker = itemMarker(index, references.length, numerals);
        return {
          ...(marker === undefined ? {} : { marker }),
          runs: printedRuns(referenceLine(reference, context, ['references', index])),
        };
      }),
    });
  }
  if (attachments.length > 0) {
    blocks.push({
      type: 'labeled',
      role: 'attachment',
      label: LETTER_LABELS.attachments,
      items: attachments.map((attachment, index) => attachmentItem(attachment, index, attachments.length, context)),
    });
  }
  return blocks;
}

export function headerBlocks(circular: ExternalCircular, context: ComposeContext): Block[] {
  const { numerals } = context;
  return [
    {
      type: 'letterhead',
      numberLine: [{ text: `${LETTER_LABELS.number} ${formatDocumentNumber(circular.number, { digits: numerals })}` }],
      officeLines: [circular.office.name, ...circular.office.addressLines]
        .filter((line) => line.trim() !== '')
        .map((line) => textRuns(line, numerals)),
    },
    { type: 'date', runs: printedRuns(formatLetterDate(circular.date, context)) },
    { type: 'labeled', role: 'subject', label: LETTER_LABELS.subject, items: [{ runs: textRuns(circular.subject, numerals) }] },
    salutationBlock(circular.addressee, context),
    ...referenceAndAttachmentBlocks(circular, context),
  ];
}
