/**
 * model — friendly input for the letter body and enclosures → BodyBlock[] of circular-types.
 * A plain string is a body paragraph; spans are strings or `{ text, bold, literal … }`; lists nest
 * three levels; tables take columns, header rows and rows whose cells may be plain strings.
 * Objects without `type` are read by their keys (items → list, rows/columns → table, else paragraph).
 */
import { z } from 'zod';
import type {
  BodyBlock,
  ColumnAlign,
  Enclosure,
  ListBlock,
  ListItem,
  ParagraphBlock,
  TableBlock,
  TableCell,
  TableColumn,
  TableRow,
  TextSpan,
} from './circular-types.js';
import { inputObject, listOf, reportIssue, textLines } from './schema-kit.js';
import { wholeNumber } from './number-input.js';

const spanObject = inputObject({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  literal: z.boolean().optional(),
}).transform(
  (s): TextSpan => ({
    text: s.text,
    ...(s.bold === true ? { bold: true } : {}),
    ...(s.italic === true ? { italic: true } : {}),
    ...(s.underline === true ? { underline: true } : {}),
    ...(s.literal === true ? { literal: true } : {}),
  }),
);

/** A span: a string, or an object with formatting and the `literal` mark. */
export const SpanInputSchema = z.union([z.string().transform((text): TextSpan => ({ text })), spanObject]);

const spansField = z.array(SpanInputSchema);

/** `text` or `spans`, exactly one of them; the result is the span list. */
function contentSpans(
  value: { readonly text?: string | undefined; readonly spans?: readonly TextSpan[] | undefined },
  ctx: z.core.$RefinementCtx,
): readonly TextSpan[] {
  if (value.text !== undefined && value.spans !== undefined) {
    reportIssue(ctx, value, {
      code: 'invalid_input',
      message: 'Give either "text" or "spans", not both.',
      messageTh: 'ให้ระบุ "text" หรือ "spans" อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง',
    });
    return [];
  }
  if (value.spans !== undefined) return value.spans;
  if (value.text !== undefined) return [{ text: value.text }];
  reportIssue(
    ctx,
    value,
    {
      code: 'missing_field',
      message: 'The block has no content: give "text" (a string) or "spans" (a list).',
      messageTh: 'ไม่มีเนื้อความ: ให้ระบุ "text" (ข้อความ) หรือ "spans" (รายการข้อความย่อย)',
    },
    ['text'],
  );
  return [];
}

const PARAGRAPH_STYLES = ['body', 'plain', 'centered', 'heading'] as const;

const paragraphObject = inputObject({
  type: z.literal('paragraph'),
  text: z.string().optional(),
  spans: spansField.optional(),
  style: z.enum(PARAGRAPH_STYLES).optional(),
}).transform((p, ctx): ParagraphBlock => {
  const spans = contentSpans(p, ctx);
  return { type: 'paragraph', spans, ...(p.style === undefined ? {} : { style: p.style }) };
});

function listItemSchema<Child extends z.ZodType<ListItem> | undefined>(child: Child) {
  const shape = {
    marker: z.string().trim().optional(),
    text: z.string().optional(),
    spans: spansField.optional(),
    ...(child === undefined ? {} : { items: z.array(child).optional() }),
  };
  const objectForm = inputObject(shape).transform((item, ctx): ListItem => {
    const spans = contentSpans(item, ctx);
    const items = 'items' in item ? (item.items as readonly ListItem[] | undefined) : undefined;
    return {
      ...(item.marker === undefined || item.marker === '' ? {} : { marker: item.marker }),
      spans,
      ...(items === undefined || items.length === 0 ? {} : { items }),
    };
  });
  return z.union([z.string().transform((text): ListItem => ({ spans: [{ text }] })), objectForm]);
}

/** Three levels: the deepest items take no `items`, so a fourth level is an unknown field. */
const listItemLevel3 = listItemSchema(undefined);
const listItemLevel2 = listItemSchema(listItemLevel3);
const listItemLevel1 = listItemSchema(listItemLevel2);

const listObject = inputObject({
  type: z.literal('list'),
  items: z.array(listItemLevel1).min(1),
}).transform((l): ListBlock => ({ type: 'list', items: l.items }));

const ALIGNS = ['left', 'center', 'right'] as const satisfies readonly ColumnAlign[];

const cellObject = inputObject({
  text: z.union([z.string(), z.number()]).optional(),
  spans: spansField.optional(),
  colSpan: wholeNumber.optional(),
  rowSpan: wholeNumber.optional(),
  align: z.enum(ALIGNS).optional(),
  bold: z.boolean().optional(),
}).transform((c, ctx): TableCell => {
  const spans =
    c.text === undefined && c.spans === undefined
      ? [{ text: '' }]
      : contentSpans({ text: c.text === undefined ? undefined : String(c.text), spans: c.spans }, ctx);
  return {
    spans,
    ...(c.colSpan === undefined || c.colSpan === 1 ? {} : { colSpan: c.colSpan }),
    ...(c.rowSpan === undefined || c.rowSpan === 1 ? {} : { rowSpan: c.rowSpan }),
    ...(c.align === undefined ? {} : { align: c.align }),
    ...(c.bold === true ? { bold: true } : {}),
  };
});

/** A cell: a string, a number (kept as written), or an object. */
const cellInput = z.union([
  z.string().transform((text): TableCell => ({ spans: [{ text }] })),
  z.number().transform((n): TableCell => ({ spans: [{ text: String(n) }] })),
  cellObject,
]);

const ROW_KINDS = ['data', 'group', 'subtotal', 'total'] as const;

const rowObject = inputObject({
  cells: z.array(cellInput),
  kind: z.enum(ROW_KINDS).optional(),
}).transform((r): TableRow => ({ cells: r.cells, ...(r.kind === undefined || r.kind === 'data' ? {} : { kind: r.kind }) }));

/** A row: a list of cells, or `{ cells, kind }`. */
const rowInput = z.union([z.array(cellInput).transform((cells): TableRow => ({ cells })), rowObject]);

const columnObject = inputObject({
  header: z.string().optional(),
  align: z.enum(ALIGNS).optional(),
  width: z.number().positive().optional(),
  summed: z.boolean().optional(),
}).transform(
  (c): TableColumn => ({
    ...(c.header === undefined ? {} : { header: c.header }),
    align: c.align ?? 'left',
    width: c.width ?? 1,
    ...(c.summed === true ? { summed: true } : {}),
  }),
);

/** A column: its header text, or an object. */
const columnInput = z.union([z.string().transform((header): TableColumn => ({ header, align: 'left', width: 1 })), columnObject]);

const tableObject = inputObject({
  type: z.literal('table'),
  caption: z.string().optional(),
  columns: z.array(columnInput).min(1),
  headerRows: listOf(rowInput),
  rows: z.array(rowInput),
  numerals: z.enum(['thai', 'arabic']).optional(),
}).transform(
  (t): TableBlock => ({
    type: 'table',
    ...(t.caption === undefined ? {} : { caption: t.caption }),
    columns: t.columns,
    headerRows: t.headerRows,
    rows: t.rows,
    ...(t.numerals === undefined ? {} : { numerals: t.numerals }),
  }),
);

/** Fill in `type` for objects that leave it out, from the keys they do have. */
function withBlockType(value: unknown): unknown {
  if (typeof value === 'string') return { type: 'paragraph', text: value };
  if (typeof value !== 'object' || value === null || Array.isArray(value) || 'type' in value) return value;
  if ('items' in value) return { type: 'list', ...value };
  if ('rows' in value || 'columns' in value) return { type: 'table', ...value };
  return { type: 'paragraph', ...value };
}

/** One body block: a string (a body paragraph) or a paragraph, list or table object. */
export const BodyBlockInputSchema = z.preprocess(
  withBlockType,
  z.discriminatedUnion('type', [paragraphObject, listObject, tableObject]),
);

/** Type-level check: the block schema yields exactly the canonical block union. */
export type BodyBlockOutputCheck = z.output<typeof BodyBlockInputSchema> extends BodyBlock ? true : never;

export const EnclosureInputSchema = inputObject({
  title: textLines,
  blocks: z.array(BodyBlockInputSchema),
  orientation: z.enum(['portrait', 'landscape']).optional(),
  numerals: z.enum(['thai', 'arabic']).optional(),
}).transform(
  (e): Enclosure => ({
    title: e.title,
    blocks: e.blocks,
    ...(e.orientation === undefined ? {} : { orientation: e.orientation }),
    ...(e.numerals === undefined ? {} : { numerals: e.numerals }),
  }),
);
