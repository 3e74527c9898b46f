/**
 * test/compose — the example memos (examples/memos/*.json): each parses without warnings, passes
 * every rule, composes to a memo tree without diagnostics and prints every paragraph of its input;
 * the rules really read their figures (a wrong total or amount in words is caught); the README lists
 * every example and package.json renders the folder.
 * Oracles: the input JSON itself and hand-checked sums (๒๕๖,๐๐๐ = ๒ × ๓๒,๐๐๐ + ๖ × ๒๔,๐๐๐ + ๓ × ๑๖,๐๐๐;
 * ๕,๕๐๐ = ๓,๗๕๐ + ๑,๗๕๐).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText, normalizeExtractedText, safeComposeDocument } from '../../src/compose/index.js';
import { validate } from '../../src/rules/validate.js';

const DIR = 'examples/memos';
const files = readdirSync(DIR).filter((name) => name.endsWith('.json')).sort();
const load = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;

/** The paragraphs and list items of friendly body input. */
function bodyTexts(body: unknown): string[] {
  if (!Array.isArray(body)) return [];
  return body.flatMap((block: unknown): string[] => {
    if (typeof block === 'string') return [block];
    const items = (block as { items?: unknown }).items;
    if (Array.isArray(items)) return items.map((item: unknown) => `${(item as { marker: string }).marker} ${(item as { text: string }).text}`);
    return [];
  });
}

describe('example memos (examples/memos)', () => {
  it('has the two documented examples', () => {
    expect(files).toEqual(['memo-short.json', 'memo-table.json']);
  });

  it.each(files)('%s validates with no diagnostic at all, composes to a memo and prints its body', (file) => {
    const input = load(file);
    expect(input['kind']).toBe('memo');
    const result = validate(input);
    expect(result.diagnostics).toEqual([]);
    if (result.circular === undefined) throw new Error(`${file} does not parse`);
    const composed = safeComposeDocument(result.circular);
    expect(composed.diagnostics).toEqual([]);
    if (!composed.ok) return;
    expect(composed.value.kind).toBe('memo');
    const text = normalizeExtractedText(documentText(composed.value));
    const urgency = typeof input['urgency'] === 'string' ? `${input['urgency']} ` : '';
    expect(text.startsWith(`${urgency}บันทึกข้อความ ส่วนราชการ`)).toBe(true);
    expect(bodyTexts(input['body']).map(normalizeExtractedText).filter((paragraph) => !text.includes(paragraph))).toEqual([]);
    expect(composed.value.blocks.some((b) => b.type === 'closing')).toBe(false);
  });

  it('memo-table is urgent, has a numbered list and a table whose total row the rules check', () => {
    const input = load('memo-table.json');
    expect(input['urgency']).toBe('ด่วน');
    const body = input['body'] as Record<string, unknown>[];
    const tableAt = body.findIndex((b) => typeof b === 'object' && b['type'] === 'table');
    const table = body[tableAt] as { rows: (string[] | { kind: string; cells: { text: string }[] })[] };
    const rows = table.rows;
    const total = rows.at(-1);
    if (total === undefined || Array.isArray(total)) throw new Error('the last row is the total');
    expect(total.kind).toBe('total');
    expect(body.some((b) => typeof b === 'object' && b['type'] === 'list')).toBe(true);
    // A wrong total is caught, so the example's own total is really checked.
    const wrongRows = [...rows.slice(0, -1), { ...total, cells: [total.cells[0], total.cells[1], { text: '๒๕๕,๐๐๐' }] }];
    const wrongBody = body.map((b, i) => (i === tableAt ? { ...b, rows: wrongRows } : b));
    const wrong = validate({ ...input, body: wrongBody });
    expect(wrong.diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([['table_total_mismatch', `body.${tableAt}.rows.11.cells.2`]]);
  });

  it('memo-short states its amounts in figures and words that the rules read', () => {
    const input = load('memo-short.json');
    const body = input['body'] as string[];
    const wrong = validate({ ...input, body: body.map((p) => p.replace('(ห้าพันห้าร้อยบาทถ้วน)', '(ห้าพันบาทถ้วน)')) });
    expect(wrong.diagnostics.map((d) => d.code)).toEqual(['baht_text_mismatch']);
  });

  it('are listed in examples/memos/README.md and rendered by npm run examples', () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    for (const file of files) expect(readme).toContain(`\`${file}\``);
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['examples']).toContain('examples/memos/*.json');
  });
});
