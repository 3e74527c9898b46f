/**
 * Cross-stage oracle: every body paragraph of each seed letter (test/fixtures/seeds, the seeds as
 * transcribed by the model stage) appears in documentText of the letter the program builds from
 * the corrected example, after whitespace normalisation (all whitespace removed, since the seeds
 * carry line-wrap spaces of the PDF text). The exceptions are the seeds' own defects, each listed
 * with the rule that catches it; for those the corrected wording must appear instead.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeDocument, documentText } from '../../src/compose/index.js';
import { parseCircular } from '../../src/model/parse-circular.js';
import { buildProgramCircular } from '../../src/programs/index.js';
import { PROGRAM_EXAMPLE_NAMES, loadExample } from './program-examples.js';

interface Defect {
  readonly seed: string;
  readonly corrected: string;
  /** The program rule that reports it, or `text` for wording no rule can judge. */
  readonly caughtBy: string;
}

export const SEED_BODY_DEFECTS: Readonly<Record<string, readonly Defect[]>> = {
  meeting: [],
  opc: [
    { seed: '(OTOP Product Champion OPC)', corrected: '(OTOP Product Champion : OPC)', caughtBy: 'text (the template writes the project name from one source)' },
    { seed: 'แจ้งหน้าที่พัฒนาชุมชน', corrected: 'แจ้งเจ้าหน้าที่พัฒนาชุมชน', caughtBy: 'text' },
  ],
  kbo: [
    { seed: 'จังหวัดเชียงใหม่ ขอให้อำเภอ', corrected: 'จังหวัดฉะเชิงเทรา ขอให้อำเภอ', caughtBy: 'province_mismatch' },
    { seed: 'ภายในวันพุธที่ ๒๕ ธันวาคม ๒๕๖๕', corrected: 'ภายในวันพุธที่ ๒๘ ธันวาคม ๒๕๖๕', caughtBy: 'weekday_mismatch, date_on_weekend' },
  ],
  registration: [
    { seed: 'ขึ้นสูงของจังหวัด', corrected: 'ขั้นสูงของจังหวัด', caughtBy: 'text' },
    { seed: 'ภายในวันที่ ๑ ตุลาคม ๒๕๖๖', corrected: 'ภายในวันที่ ๒ ตุลาคม ๒๕๖๖', caughtBy: 'date_on_weekend' },
  ],
  'marketer-hiring': [],
};

/** Enclosure lines: the same, for the guidelines (001) and the two tables (004). */
export const SEED_ENCLOSURE_DEFECTS: Readonly<Record<string, readonly Defect[]>> = {
  'marketer-hiring': [
    { seed: 'OTOPT/', corrected: 'OTOP/', caughtBy: 'text' },
    { seed: '76,000', corrected: '75,000', caughtBy: 'per_person_budget_above_rate' },
    { seed: '114,000', corrected: '112,500', caughtBy: 'per_person_budget_above_rate' },
    { seed: '190,000', corrected: '187,500', caughtBy: 'per_person_budget_above_rate' },
    { seed: '304,000', corrected: '300,000', caughtBy: 'per_person_budget_above_rate' },
    { seed: '646,000', corrected: '637,500', caughtBy: 'per_person_budget_above_rate' },
    { seed: '342,000', corrected: '337,500', caughtBy: 'per_person_budget_above_rate' },
  ],
};

type Json = Record<string, unknown>;

function spanText(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as Json;
  if (typeof v['text'] === 'string') return v['text'];
  return ((v['spans'] as unknown[] | undefined) ?? []).map(spanText).join('');
}

function cellsLine(row: unknown): string {
  const cells = Array.isArray(row) ? row : ((row as Json)['cells'] as unknown[]);
  return cells.map(spanText).join(' ');
}

/** The printed lines of a friendly body: paragraphs, list items with their markers, table rows. */
function bodyLines(body: readonly unknown[]): string[] {
  const items = (list: readonly Json[]): string[] =>
    list.flatMap((item) => [`${typeof item['marker'] === 'string' ? `${item['marker']} ` : ''}${spanText(item)}`, ...items((item['items'] as Json[] | undefined) ?? [])]);
  return body.flatMap((block) => {
    if (typeof block === 'string') return [block];
    const b = block as Json;
    if (Array.isArray(b['items'])) return items(b['items'] as Json[]);
    if (Array.isArray(b['rows'])) return [...((b['headerRows'] as unknown[] | undefined) ?? []), ...(b['rows'] as unknown[])].map(cellsLine);
    return [spanText(b)];
  });
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Title lines and block lines of the seed's enclosures. */
function enclosureLines(enclosures: readonly unknown[]): string[] {
  return enclosures.flatMap((e) => {
    const enclosure = e as Json;
    const title = enclosure['title'];
    return [...(typeof title === 'string' ? [title] : (title as string[])), ...bodyLines(enclosure['blocks'] as unknown[])];
  });
}

describe.each(PROGRAM_EXAMPLE_NAMES)('%s letter text against its seed', (name) => {
  const example = loadExample(name);
  const fixture = JSON.parse(readFileSync(new URL(`../fixtures/seeds/${example.seed}.json`, import.meta.url), 'utf8')) as Json;
  const seedLines = bodyLines(fixture['body'] as unknown[]);
  const built = buildProgramCircular(name, example.base, example.payload as never /* untyped JSON */);
  const circular = parseCircular(built.value);
  const text = circular.ok ? squeeze(documentText(composeDocument(circular.value))) : '';
  const defects = SEED_BODY_DEFECTS[name] ?? [];

  it('builds and composes', () => {
    expect(built.ok).toBe(true);
    expect(circular.ok).toBe(true);
    expect(seedLines.length).toBeGreaterThan(2);
  });

  it.each(seedLines.map((line, i) => [i, line] as const))('body line %i of the seed is in the letter', (_, line) => {
    const own = defects.filter((d) => line.includes(d.seed));
    if (own.length === 0) {
      expect(text).toContain(squeeze(line));
      return;
    }
    expect(text).not.toContain(squeeze(line));
    const corrected = own.reduce((l, d) => l.replace(d.seed, d.corrected), line);
    expect(text).toContain(squeeze(corrected));
  });

  const enclosureDefects = SEED_ENCLOSURE_DEFECTS[name] ?? [];
  const seedEnclosureLines = enclosureLines((fixture['enclosures'] as unknown[] | undefined) ?? []);
  it.each(seedEnclosureLines.map((line, i) => [i, line] as const))('enclosure line %i of the seed is in the letter', (_, line) => {
    const own = enclosureDefects.filter((d) => line.includes(d.seed));
    if (own.length === 0) {
      expect(text).toContain(squeeze(line));
      return;
    }
    const corrected = own.reduce((l, d) => l.replaceAll(d.seed, d.corrected), line);
    expect(text).toContain(squeeze(corrected));
  });

  it('lists only defects that are really in the seed', () => {
    for (const defect of defects) expect(seedLines.some((line) => line.includes(defect.seed))).toBe(true);
  });
});
