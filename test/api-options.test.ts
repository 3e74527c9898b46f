/**
 * One name for each option across the API: `disableRules` for validate and the renderers (the
 * old `disable` still works), `date` (Date or ISO text) for the PDF and the DOCX (the old
 * `creationDate` still works), and `onDiagnostics`, through which the throwing renderers hand
 * over the warnings they used to drop.
 */
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isSarabanError, renderDocx, renderPdf, validate, type Diagnostic } from '../src/index.js';

const letter = JSON.parse(readFileSync(new URL('../examples/letters/002.json', import.meta.url), 'utf8')) as unknown;
const seed = JSON.parse(readFileSync(new URL('fixtures/seeds/004.json', import.meta.url), 'utf8')) as unknown;

describe('disableRules', () => {
  it('skips a rule in validate, as in the renderers; the deprecated disable still does', () => {
    expect(validate(seed).diagnostics.map((d) => d.code)).toContain('self_reference');
    expect(validate(seed, { disableRules: ['self_reference'] }).diagnostics.map((d) => d.code)).not.toContain('self_reference');
    expect(validate(seed, { disable: ['self_reference'] }).diagnostics.map((d) => d.code)).not.toContain('self_reference');
  });
});

describe('date', () => {
  it('sets the PDF creation date from a Date or an ISO text, like the deprecated creationDate', async () => {
    const fromText = await renderPdf(letter, { date: '2025-01-15T00:00:00Z' });
    expect(Buffer.from(fromText).toString('latin1')).toContain('D:20250115');
    expect(await renderPdf(letter, { date: new Date('2025-01-15T00:00:00Z') })).toEqual(fromText);
    expect(await renderPdf(letter, { creationDate: new Date('2025-01-15T00:00:00Z') })).toEqual(fromText);
  });

  it('rejects a PDF date that is no date with invalid_document_date', async () => {
    const error = await renderPdf(letter, { date: 'next Tuesday' }).catch((e: unknown) => e);
    expect(isSarabanError(error) && error.diagnostics.map((d) => d.code)).toEqual(['invalid_document_date']);
  });

  it('sets the DOCX core-property dates from a Date as from its ISO text', async () => {
    const core = async (date: Date | string): Promise<string> => strFromU8(unzipSync(await renderDocx(letter, { date }))['docProps/core.xml'] ?? new Uint8Array());
    const fromDate = await core(new Date('2025-01-15T00:00:00Z'));
    expect(fromDate).toContain('2025-01-15T00:00:00');
    expect(fromDate).toBe(await core('2025-01-15T00:00:00.000Z'));
  });
});

describe('onDiagnostics', () => {
  it('hands the warnings of a rendered letter to the caller of renderPdf and renderDocx', async () => {
    let fromPdf: readonly Diagnostic[] = [];
    let fromDocx: readonly Diagnostic[] | undefined;
    await renderPdf(letter, { onDiagnostics: (diagnostics) => (fromPdf = diagnostics) });
    await renderDocx(letter, { onDiagnostics: (diagnostics) => (fromDocx = diagnostics) });
    expect(fromPdf.map((d) => `${d.code}:${d.severity}`)).toEqual(['emblem_missing:warning']);
    expect(fromDocx).toBeDefined();
  });
});
