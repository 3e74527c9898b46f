/**
 * The JSON Schemas shipped in schemas/ (letter, program file, each program payload): up to date
 * with the zod schemas (scripts/write-schemas.mjs writes src/cli/json-schemas.ts's, which
 * `saraban schema` prints), and what an editor
 * will check: every example letter, memo and program file validates (Ajv, draft 2020-12), a
 * `$schema` key is allowed where the schema names it and saraban does not take it for an
 * unknown field, and a misspelt field is rejected by the schema as by saraban.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildProgramCircular, parseCircular, PROGRAM_NAMES } from '../src/index.js';

const root = new URL('..', import.meta.url).pathname;
const schemas = join(root, 'schemas');
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const examples = (dir: string): string[] => readdirSync(join(root, 'examples', dir)).filter((name) => name.endsWith('.json')).map((name) => join(root, 'examples', dir, name));

function validator(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  for (const name of PROGRAM_NAMES) ajv.addSchema(read(join(schemas, 'programs', `${name}.schema.json`)) as object, `programs/${name}.schema.json`);
  ajv.addSchema(read(join(schemas, 'letter.schema.json')) as object, 'letter.schema.json');
  ajv.addSchema(read(join(schemas, 'program-file.schema.json')) as object, 'program-file.schema.json');
  return ajv;
}

describe('schemas/', () => {
  it('is what scripts/write-schemas.mjs makes from the build (run npm run build)', async () => {
    // @ts-expect-error -- a plain ESM script without types
    const { schemaFiles } = (await import('../scripts/write-schemas.mjs')) as { schemaFiles: () => Promise<Record<string, string>> };
    const files = await schemaFiles();
    expect(Object.keys(files).sort()).toEqual(['letter.schema.json', 'program-file.schema.json', ...PROGRAM_NAMES.map((name) => `programs/${name}.schema.json`)].sort());
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(schemas, name), 'utf8'), name).toBe(text);
  });

  it.runIf(existsSync(join(root, 'dist', 'cli.js')))('is what `saraban schema` prints', () => {
    const cli = join(root, 'dist', 'cli.js');
    expect(JSON.parse(execFileSync('node', [cli, 'schema'], { encoding: 'utf8' }))).toEqual(read(join(schemas, 'letter.schema.json')));
    expect(JSON.parse(execFileSync('node', [cli, 'schema', '--program', 'kbo'], { encoding: 'utf8' }))).toEqual(read(join(schemas, 'programs', 'kbo.schema.json')));
  });

  it('accepts every example letter and memo, and every example program file', () => {
    const ajv = validator();
    for (const file of [...examples('letters'), ...examples('memos')]) {
      expect(ajv.validate('letter.schema.json', read(file)), `${file}: ${ajv.errorsText()}`).toBe(true);
    }
    for (const file of examples('programs')) {
      expect(ajv.validate('program-file.schema.json', read(file)), `${file}: ${ajv.errorsText()}`).toBe(true);
    }
  });

  it('allows $schema in a letter, and saraban does not report it as an unknown field', () => {
    const letter = { $schema: './node_modules/saraban/schemas/letter.schema.json', ...(read(join(root, 'examples', 'letters', '002.json')) as object) };
    expect(validator().validate('letter.schema.json', letter)).toBe(true);
    const parsed = parseCircular(letter);
    expect(parsed.ok).toBe(true);
    expect(parsed.diagnostics.map((d) => d.code)).not.toContain('unknown_field');
    const program = read(join(root, 'examples', 'programs', 'kbo.json')) as { base: object; payload: object };
    const built = buildProgramCircular('kbo', { $schema: 'x', ...program.base }, program.payload as never);
    expect(built.diagnostics.map((d) => d.code)).not.toContain('unknown_field');
  });

  it('rejects a misspelt field, as saraban warns about it', () => {
    const letter = { ...(read(join(root, 'examples', 'letters', '002.json')) as object), subjcet: 'x' };
    expect(validator().validate('letter.schema.json', letter)).toBe(false);
    expect(parseCircular(letter).diagnostics.map((d) => d.code)).toContain('unknown_field');
    const program = { ...(read(join(root, 'examples', 'programs', 'kbo.json')) as { payload: object }) };
    const misspelt = { ...program, payload: { ...program.payload, fiscalYaer: 2566 } };
    expect(validator().validate('program-file.schema.json', misspelt)).toBe(false);
  });

  it('has Thai and English help on every top-level letter field', () => {
    const letter = read(join(schemas, 'letter.schema.json')) as { oneOf: { properties: Record<string, { description?: string }> }[] };
    for (const branch of letter.oneOf) {
      for (const [key, property] of Object.entries(branch.properties)) {
        expect(property.description, key).toMatch(/[\u0E00-\u0E7F].* — [A-Za-z]/u);
      }
    }
  });
});
