/**
 * test — round trip: every example letter (examples/letters, examples/programs) rendered by us to PDF and to DOCX
 * and then linted gives back its fields (number, date, subject, addressee, references, attachments, signer) and
 * the same rule findings as `validate` on its JSON, except the findings listed in SOURCE_ONLY, which need the
 * structure only the source has. Oracle: the JSON's own canonical circular and validate's findings.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Circular } from '../../src/model/circular-types.js';
import { formatDocumentNumber } from '../../src/model/document-number.js';
import { buildProgramCircular, renderDocx, renderPdf, validate } from '../../src/index.js';
import { lintLetter, type LintResult } from '../../src/lint/index.js';

/** Findings that only make sense for the source JSON, and why lint cannot reproduce them. */
export const SOURCE_ONLY: Readonly<Record<string, string>> = {
  table_total_mismatch: 'a table is read back as lines of cell text; its rows, columns and total rows are not recovered',
  letter_date_weekday: 'a model warning about the input text, which the rendered letter no longer has',
};

const OUT = new URL('../.output/lint/', import.meta.url);
mkdirSync(OUT, { recursive: true });

interface Example {
  readonly name: string;
  readonly input: unknown;
  readonly circular: Circular;
  readonly codes: readonly string[];
}

function letterExamples(): Example[] {
  const dir = new URL('../../examples/letters/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const input: unknown = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
      const result = validate(input, { allowErrors: true });
      if (result.circular === undefined) throw new Error(`${f} does not parse`);
      return { name: `letters/${f}`, input, circular: result.circular, codes: result.diagnostics.map((d) => d.code) };
    });
}

function programExamples(): Example[] {
  const dir = new URL('../../examples/programs/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const { base, payload } = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { base: unknown; payload: unknown };
      const built = buildProgramCircular(f.replace(/\.json$/u, ''), base, payload);
      if (!built.ok) throw new Error(`${f} does not build`);
      const result = validate(built.value, { allowErrors: true });
      if (result.circular === undefined) throw new Error(`${f} does not parse`);
      return { name: `programs/${f}`, input: built.value, circular: result.circular, codes: result.diagnostics.map((d) => d.code) };
    });
}

const flat = (text: string): string => text.replace(/\s+/gu, '');

function fields(c: Circular) {
  return {
    number: formatDocumentNumber(c.number),
    date: c.date,
    subject: flat(c.subject),
    addressee: flat(`${c.addressee.salutation}${c.addressee.text}`),
    references: c.references.map((r) => ({ issuer: flat(r.issuer), number: r.number === undefined ? undefined : formatDocumentNumber(r.number), date: r.date })),
    attachments: c.attachments.map((a) => ({ title: flat(a.title), quantity: a.quantity, unit: a.unit })),
    signer: { name: flat(`${c.signer.prefix}${c.signer.name}`), position: flat(c.signer.position), chain: c.signer.chain.map((l) => ({ relation: l.relation, position: flat(l.position) })) },
  };
}

function comparable(codes: readonly string[]): string[] {
  return codes.filter((code) => SOURCE_ONLY[code] === undefined).sort();
}

/** The seeds' JSON with their defects: rendered anyway (allowErrors), the findings must come back from the files. */
function seedExamples(): Example[] {
  const dir = new URL('../fixtures/seeds/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const input: unknown = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
      const result = validate(input, { allowErrors: true });
      if (result.circular === undefined) throw new Error(`${f} does not parse`);
      return { name: `seeds/${f}`, input, circular: result.circular, codes: result.diagnostics.map((d) => d.code) };
    });
}

const examples = [...letterExamples(), ...programExamples(), ...seedExamples()];
const summary: string[] = [];

describe.each(examples)('lint round trip of $name', (example) => {
  for (const format of ['pdf', 'docx'] as const) {
    it(`${format}: fields and findings come back`, async () => {
      const bytes = format === 'pdf' ? await renderPdf(example.input, { allowErrors: true }) : await renderDocx(example.input, { allowErrors: true });
      const file = join(OUT.pathname, `${example.name.replace('/', '-')}.${format}`);
      writeFileSync(file, bytes);
      const result: LintResult = await lintLetter(bytes);
      expect(result.format).toBe(format);
      expect(result.circular, JSON.stringify(result.diagnostics.filter((d) => d.severity === 'error'), null, 1)).toBeDefined();
      if (result.circular === undefined) return;
      expect(fields(result.circular)).toEqual(fields(example.circular));
      const linted = comparable(result.diagnostics.map((d) => d.code));
      const expected = comparable(example.codes);
      summary.push(`${example.name} ${format}: validate [${expected.join(', ')}] lint [${linted.join(', ')}]`);
      expect(linted).toEqual(expected);
      for (const d of result.diagnostics) if (d.stage === 'rules' && d.path.length > 0) expect(d.source, `${d.code} at ${d.path.join('.')}`).toBeDefined();
    }, 60_000);
  }
});

afterAll(() => {
  writeFileSync(join(OUT.pathname, 'summary.txt'), `${[...summary].sort().join('\n')}\n`);
});
