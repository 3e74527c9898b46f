/**
 * programs — the template markup parser: rendered Handlebars output → canonical body blocks.
 * Input is the tiny fixed markup of templates/README.md (`<p>`, `<ol>`/`<li n>`, `<b>`, `<i>`,
 * `<u>`, `<lit>`, `<table>`/`<col>`/`<thead>`/`<tr kind>`/`<td>`, `<enclosure>`/`<title>`).
 * Entities are decoded only here, so data escaped by Handlebars always comes back as text.
 * Never throws for bad markup: every problem is a `markup_invalid` diagnostic naming the
 * template file and the line of the rendered output.
 */
import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import type {
  BodyBlock,
  ColumnAlign,
  Enclosure,
  ListItem,
  ParagraphBlock,
  TableCell,
  TableColumn,
  TableRow,
  TextSpan,
} from '../model/circular-types.js';

/** What one rendered template contributes: body blocks and/or whole enclosures. */
export interface MarkupDocument {
  readonly blocks: readonly BodyBlock[];
  readonly enclosures: readonly Enclosure[];
}

type Attributes = Readonly<Record<string, string | undefined>>;

type Token =
  | { readonly kind: 'text'; readonly text: string; readonly line: number }
  | { readonly kind: 'open'; readonly name: string; readonly attrs: Attributes; readonly selfClosing: boolean; readonly line: number }
  | { readonly kind: 'close'; readonly name: string; readonly line: number };

/** Thrown inside the parser only; converted to a diagnostic at the boundary. */
class MarkupError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the entities Handlebars writes (`&amp; &lt; &gt; &quot; &#x27; &#x60; &#x3D;`) and any numeric one. */
export function decodeEntities(text: string, line = 1): string {
  return text.replace(/&([^;\s&<>]{0,12});?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new MarkupError(`a bare "&" is not allowed in markup (write &amp;): "${whole}"`, line);
    const numeric = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(body);
    if (numeric) {
      const code = numeric[1] !== undefined ? Number.parseInt(numeric[1], 16) : Number.parseInt(numeric[2] ?? '', 10);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new MarkupError(`invalid character reference ${whole}`, line);
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[body];
    if (named === undefined) throw new MarkupError(`unknown entity ${whole}`, line);
    return named;
  });
}

/** Line numbers of positions visited in increasing order, counted incrementally (O(n) overall). */
function lineCounter(source: string): (index: number) => number {
  let at = 0;
  let line = 1;
  return (index) => {
    for (; at < index; at += 1) if (source.charCodeAt(at) === 10) line += 1;
    return line;
  };
}

function parseAttributes(text: string, line: number): Attributes {
  const attrs: Record<string, string> = {};
  const re = /\s*([a-z][a-z-]*)(?:="([^"]*)")?/gy;
  let rest = text.trimEnd();
  while (rest.length > 0) {
    re.lastIndex = 0;
    const match = re.exec(rest);
    if (!match || match[0].length === 0) throw new MarkupError(`cannot read the attributes "${text.trim()}"`, line);
    const name = match[1] ?? '';
    if (name in attrs) throw new MarkupError(`attribute ${name} is given twice`, line);
    attrs[name] = match[2] === undefined ? 'true' : decodeEntities(match[2], line);
    rest = rest.slice(match[0].length);
  }
  return attrs;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const tag = /<(\/?)([a-z]+)([^<>]*?)(\/?)>/g;
  const lineAt = lineCounter(source);
  let last = 0;
  for (let match = tag.exec(source); match; match = tag.exec(source)) {
    if (match.index > last) tokens.push({ kind: 'text', text: source.slice(last, match.index), line: lineAt(last) });
    const line = lineAt(match.index);
    const [, slash, name = '', attrText = '', selfClose] = match;
    if (slash === '/') {
      if (attrText.trim() !== '' || selfClose === '/') throw new MarkupError(`malformed closing tag ${match[0]}`, line);
      tokens.push({ kind: 'close', name, line });
    } else {
      if (attrText !== '' && !/^\s/.test(attrText)) throw new MarkupError(`malformed tag ${match[0]}`, line);
      tokens.push({ kind: 'open', name, attrs: parseAttributes(attrText, line), selfClosing: selfClose === '/', line });
    }
    last = match.index + match[0].length;
  }
  if (last < source.length) tokens.push({ kind: 'text', text: source.slice(last), line: lineAt(last) });
  for (const token of tokens) {
    if (token.kind === 'text' && /[<>]/.test(token.text)) {
      throw new MarkupError(`stray "${token.text.includes('<') ? '<' : '>'}" in text (data is escaped; a template must write &lt; or &gt;)`, token.line);
    }
  }
  return tokens;
}

const INLINE_TAGS = ['b', 'i', 'u', 'lit'] as const;
type InlineTag = (typeof INLINE_TAGS)[number];
function isInlineTag(name: string): name is InlineTag {
  return (INLINE_TAGS as readonly string[]).includes(name);
}

interface Format {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly literal: boolean;
}
const PLAIN: Format = { bold: false, italic: false, underline: false, literal: false };

/** Marks a template line break inside inline text, resolved when the block is finished. */
const BREAK = '\n';

class Parser {
  private pos = 0;
  private readonly tokens: readonly Token[];
  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private next(): Token | undefined {
    const token = this.tokens[this.pos];
    this.pos += 1;
    return token;
  }

  private lastLine(): number {
    return this.tokens.at(-1)?.line ?? 1;
  }

  /** Skips whitespace-only text in a container that holds blocks, rows or cells. */
  private skipSpace(context: string): void {
    for (let token = this.peek(); token?.kind === 'text'; token = this.peek()) {
      if (token.text.trim() !== '') {
        const leading = /^\s*/.exec(token.text)?.[0] ?? '';
        const line = token.line + (leading.match(/\n/g)?.length ?? 0);
        throw new MarkupError(`text "${excerpt(token.text)}" is not allowed directly inside ${context}`, line);
      }
      this.pos += 1;
    }
  }

  private expectClose(name: string, openLine: number): void {
    const token = this.next();
    if (token?.kind !== 'close' || token.name !== name) {
      throw new MarkupError(`<${name}> opened on line ${openLine} is not closed before ${describe(token)}`, token?.line ?? this.lastLine());
    }
  }

  document(): MarkupDocument {
    const blocks: BodyBlock[] = [];
    const enclosures: Enclosure[] = [];
    for (;;) {
      this.skipSpace('the document');
      const token = this.peek();
      if (token === undefined) break;
      if (token.kind === 'open' && token.name === 'enclosure') enclosures.push(this.enclosure());
      else blocks.push(this.block('the document'));
    }
    return { blocks, enclosures };
  }

  private enclosure(): Enclosure {
    const open = this.openTag('enclosure');
    const title: string[] = [];
    const blocks: BodyBlock[] = [];
    for (;;) {
      this.skipSpace('<enclosure>');
      const token = this.peek();
      if (token?.kind === 'close' && token.name === 'enclosure') break;
      if (token?.kind === 'open' && token.name === 'title') {
        if (blocks.length > 0) throw new MarkupError('<title> must come before the blocks of an <enclosure>', token.line);
        this.next();
        title.push(this.inline('title', token.line).map((s) => s.text).join(''));
        continue;
      }
      if (token === undefined) break;
      blocks.push(this.block('<enclosure>'));
    }
    this.expectClose('enclosure', open.line);
    if (title.length === 0) throw new MarkupError('an <enclosure> needs at least one <title> line', open.line);
    const orientation = oneOf(open.attrs['orientation'], ['portrait', 'landscape'] as const, 'orientation', open.line);
    const numerals = oneOf(open.attrs['numerals'], ['thai', 'arabic'] as const, 'numerals', open.line);
    return { title, blocks, ...(orientation === undefined ? {} : { orientation }), ...(numerals === undefined ? {} : { numerals }) };
  }

  private openTag(name: string): Extract<Token, { kind: 'open' }> {
    const token = this.next();
    if (token?.kind !== 'open' || token.name !== name) throw new MarkupError(`expected <${name}>, found ${describe(token)}`, token?.line ?? this.lastLine());
    return token;
  }

  private block(context: string): BodyBlock {
    const token = this.peek();
    if (token?.kind !== 'open') throw new MarkupError(`expected a block (<p>, <ol>, <table>) inside ${context}, found ${describe(token)}`, token?.line ?? this.lastLine());
    switch (token.name) {
      case 'p': {
        this.next();
        const style = oneOf(token.attrs['style'], ['body', 'plain', 'centered', 'heading'] as const, 'style', token.line);
        const spans = this.inline('p', token.line);
        const paragraph: ParagraphBlock = { type: 'paragraph', spans, ...(style === undefined ? {} : { style }) };
        return paragraph;
      }
      case 'ol':
        return { type: 'list', items: this.list() };
      case 'table':
        return this.table();
      default:
        throw new MarkupError(`<${token.name}> is not a block; expected <p>, <ol> or <table> inside ${context}`, token.line);
    }
  }

  private list(): ListItem[] {
    const open = this.openTag('ol');
    const items: ListItem[] = [];
    for (;;) {
      this.skipSpace('<ol>');
      const token = this.peek();
      if (token?.kind !== 'open' || token.name !== 'li') break;
      this.next();
      const spans = this.inline('li', token.line, true);
      let nested: ListItem[] | undefined;
      const after = this.peek();
      if (after?.kind === 'open' && after.name === 'ol') {
        nested = this.list();
        this.skipSpace('<li>');
        this.expectClose('li', token.line);
      }
      const marker = token.attrs['n'];
      items.push({ spans, ...(marker === undefined ? {} : { marker }), ...(nested === undefined ? {} : { items: nested }) });
    }
    this.expectClose('ol', open.line);
    if (items.length === 0) throw new MarkupError('an <ol> needs at least one <li>', open.line);
    return items;
  }

  private table(): BodyBlock {
    const open = this.openTag('table');
    const columns: TableColumn[] = [];
    const headerRows: TableRow[] = [];
    const rows: TableRow[] = [];
    for (;;) {
      this.skipSpace('<table>');
      const token = this.peek();
      if (token?.kind !== 'open') break;
      if (token.name === 'col') {
        this.next();
        if (!token.selfClosing) throw new MarkupError('<col> must be self-closing: <col .../>', token.line);
        if (rows.length > 0 || headerRows.length > 0) throw new MarkupError('<col> must come before the rows', token.line);
        const align = oneOf(token.attrs['align'], ['left', 'center', 'right'] as const, 'align', token.line) ?? 'left';
        const width = Number(token.attrs['width'] ?? '1');
        if (!(width > 0)) throw new MarkupError(`<col width> must be a positive number, got "${token.attrs['width'] ?? ''}"`, token.line);
        const header = token.attrs['header'];
        columns.push({ align, width, ...(header === undefined ? {} : { header }), ...(token.attrs['summed'] === 'true' ? { summed: true } : {}) });
      } else if (token.name === 'thead') {
        this.next();
        for (;;) {
          this.skipSpace('<thead>');
          const row = this.peek();
          if (row?.kind !== 'open' || row.name !== 'tr') break;
          headerRows.push(this.row());
        }
        this.expectClose('thead', token.line);
      } else if (token.name === 'tr') {
        rows.push(this.row());
      } else {
        throw new MarkupError(`<${token.name}> is not allowed inside <table>; expected <col/>, <thead> or <tr>`, token.line);
      }
    }
    this.expectClose('table', open.line);
    if (columns.length === 0) throw new MarkupError('a <table> needs its <col/> declarations', open.line);
    for (const row of [...headerRows, ...rows]) {
      const width = row.cells.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0);
      if (width > columns.length) throw new MarkupError(`a row spans ${width} columns but the table declares ${columns.length}`, open.line);
    }
    const numerals = oneOf(open.attrs['numerals'], ['thai', 'arabic'] as const, 'numerals', open.line);
    const caption = open.attrs['caption'];
    return {
      type: 'table',
      columns,
      headerRows,
      rows,
      ...(caption === undefined ? {} : { caption }),
      ...(numerals === undefined ? {} : { numerals }),
    };
  }

  private row(): TableRow {
    const open = this.openTag('tr');
    const kind = oneOf(open.attrs['kind'], ['data', 'group', 'subtotal', 'total'] as const, 'kind', open.line);
    const cells: TableCell[] = [];
    for (;;) {
      this.skipSpace('<tr>');
      const token = this.peek();
      if (token?.kind !== 'open' || token.name !== 'td') break;
      this.next();
      const colSpan = positiveInt(token.attrs['colspan'], 'colspan', token.line);
      const rowSpan = positiveInt(token.attrs['rowspan'], 'rowspan', token.line);
      const align: ColumnAlign | undefined = oneOf(token.attrs['align'], ['left', 'center', 'right'] as const, 'align', token.line);
      const spans = token.selfClosing ? [] : this.inline('td', token.line);
      cells.push({
        spans,
        ...(colSpan === undefined ? {} : { colSpan }),
        ...(rowSpan === undefined ? {} : { rowSpan }),
        ...(align === undefined ? {} : { align }),
        ...(token.attrs['bold'] === 'true' ? { bold: true } : {}),
      });
    }
    this.expectClose('tr', open.line);
    return { cells, ...(kind === undefined ? {} : { kind }) };
  }

  /**
   * Reads inline content up to `</name>` (or, for a list item, up to a nested `<ol>`).
   * A template line break and its indentation become one space inside the text and vanish
   * next to the block's tags; every other character, data included, is kept as it is.
   */
  private inline(name: string, openLine: number, stopAtList = false): TextSpan[] {
    const spans: { text: string; format: Format }[] = [];
    const stack: { tag: InlineTag; line: number }[] = [];
    let format = PLAIN;
    for (;;) {
      const token = this.peek();
      if (token === undefined) throw new MarkupError(`<${name}> opened on line ${openLine} is never closed`, this.lastLine());
      if (token.kind === 'text') {
        this.next();
        const text = decodeEntities(token.text.replace(/\r?\n[ \t]*/g, BREAK), token.line);
        const previous = spans.at(-1);
        if (previous && sameFormat(previous.format, format)) previous.text += text;
        else spans.push({ text, format });
        continue;
      }
      if (token.kind === 'open' && isInlineTag(token.name)) {
        this.next();
        if (token.selfClosing) throw new MarkupError(`<${token.name}/> cannot be empty`, token.line);
        stack.push({ tag: token.name, line: token.line });
        format = applyTag(format, token.name);
        continue;
      }
      if (token.kind === 'close' && isInlineTag(token.name)) {
        this.next();
        const top = stack.pop();
        if (top?.tag !== token.name) throw new MarkupError(`</${token.name}> does not match ${top ? `<${top.tag}> opened on line ${top.line}` : 'any open tag'}`, token.line);
        format = stack.reduce((f, entry) => applyTag(f, entry.tag), PLAIN);
        continue;
      }
      if (stack.length > 0) {
        const top = stack.at(-1);
        throw new MarkupError(`<${top?.tag ?? ''}> opened on line ${top?.line ?? openLine} is not closed before ${describe(token)}`, token.line);
      }
      if (token.kind === 'close' && token.name === name) {
        this.next();
        break;
      }
      if (stopAtList && token.kind === 'open' && token.name === 'ol') break;
      throw new MarkupError(`${describe(token)} is not allowed inside <${name}>; only text, <b>, <i>, <u> and <lit>`, token.line);
    }
    return finishSpans(spans);
  }
}

function applyTag(format: Format, tag: InlineTag): Format {
  switch (tag) {
    case 'b':
      return { ...format, bold: true };
    case 'i':
      return { ...format, italic: true };
    case 'u':
      return { ...format, underline: true };
    case 'lit':
      return { ...format, literal: true };
  }
}

function sameFormat(a: Format, b: Format): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.literal === b.literal;
}

function finishSpans(raw: readonly { text: string; format: Format }[]): TextSpan[] {
  const parts = raw.map((span) => ({ ...span }));
  const first = parts[0];
  if (first) first.text = first.text.replace(/^\n+/, '');
  const last = parts.at(-1);
  if (last) last.text = last.text.replace(/\n+$/, '');
  const spans: TextSpan[] = [];
  for (const part of parts) {
    const text = part.text.replaceAll(BREAK, ' ');
    if (text === '') continue;
    const { bold, italic, underline, literal } = part.format;
    spans.push({ text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(underline ? { underline } : {}), ...(literal ? { literal } : {}) });
  }
  return spans;
}

function oneOf<const T extends string>(value: string | undefined, allowed: readonly T[], attr: string, line: number): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new MarkupError(`${attr}="${value}" is not one of ${allowed.join(', ')}`, line);
}

function positiveInt(value: string | undefined, attr: string, line: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new MarkupError(`${attr}="${value}" must be a positive whole number`, line);
  return n;
}

function excerpt(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > 30 ? `${flat.slice(0, 30)}…` : flat;
}

function describe(token: Token | undefined): string {
  if (token === undefined) return 'the end of the output';
  if (token.kind === 'text') return `text "${excerpt(token.text)}"`;
  return token.kind === 'open' ? `<${token.name}>` : `</${token.name}>`;
}

/**
 * Parses rendered template output into body blocks and enclosures.
 * @example parseMarkup('<p>เรียน <b>นายอำเภอ</b></p>', 'templates/x/body.hbs')
 */
export function parseMarkup(output: string, templateFile: string): Result<MarkupDocument> {
  try {
    const parser = new Parser(tokenize(output));
    return { ok: true, value: parser.document(), diagnostics: [] };
  } catch (error) {
    if (!(error instanceof MarkupError)) throw error;
    const lineText = output.split('\n')[error.line - 1]?.trim() ?? '';
    const diagnostic: Diagnostic = {
      code: 'markup_invalid',
      severity: 'error',
      stage: 'programs',
      path: [templateFile],
      message: `${templateFile}: line ${error.line} of the rendered output: ${error.message}.`,
      messageTh: `แม่แบบ ${templateFile} บรรทัดที่ ${error.line} ของผลลัพธ์: โครงสร้างมาร์กอัปไม่ถูกต้อง (${error.message})`,
      hints: [`the line reads: ${lineText.length > 120 ? `${lineText.slice(0, 120)}…` : lineText}`],
    };
    return { ok: false, diagnostics: [diagnostic] };
  }
}
