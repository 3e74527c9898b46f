/**
 * cli/batch — rows for a batch: CSV (RFC 4180, UTF-8 with or without BOM), JSON (an array
 * of objects) or NDJSON (one object per line). Every row keeps its 1-based row number as
 * the user sees it in the file, so reports can point at it.
 */

export interface BatchRow {
  /** 1-based number of the data row (CSV: the header is row 0; NDJSON: the line number). */
  readonly rowNumber: number;
  readonly fields: Readonly<Record<string, unknown>>;
}

export class RowsFormatError extends Error {
  override name = 'RowsFormatError';
}

/** Parses CSV text into records; quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += char;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
      fieldStarted = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) throw new RowsFormatError('CSV ends inside a quoted field: a closing " is missing');
  if (fieldStarted || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

export function rowsFromCsv(text: string): BatchRow[] {
  const [header, ...records] = parseCsv(text);
  if (header === undefined) return [];
  const names = header.map((name) => name.trim());
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined) throw new RowsFormatError(`CSV header names the column "${duplicate}" twice`);
  return records.map((values, index) => {
    const fields: Record<string, unknown> = {};
    names.forEach((name, column) => {
      fields[name] = values[column] ?? '';
    });
    return { rowNumber: index + 1, fields };
  });
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RowsFormatError(`${where} is not an object`);
  }
  return value as Record<string, unknown>;
}

export function rowsFromJson(text: string): BatchRow[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) throw new RowsFormatError('JSON rows must be an array of objects');
  return parsed.map((value, index) => ({ rowNumber: index + 1, fields: asRecord(value, `row ${index + 1}`) }));
}

export function rowsFromNdjson(text: string): BatchRow[] {
  const rows: BatchRow[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new RowsFormatError(`line ${index + 1} is not valid JSON: ${(error as Error).message}`);
    }
    rows.push({ rowNumber: index + 1, fields: asRecord(value, `line ${index + 1}`) });
  });
  return rows;
}

/** Chooses the reader by the file name's extension. */
export function readRows(fileName: string, text: string): BatchRow[] {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return rowsFromCsv(text);
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return rowsFromNdjson(text);
  if (lower.endsWith('.json')) return rowsFromJson(text);
  throw new RowsFormatError(`cannot tell the format of "${fileName}": use .csv, .json or .ndjson`);
}
