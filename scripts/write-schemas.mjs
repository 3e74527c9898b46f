// Writes schemas/: the JSON Schemas (draft 2020-12) that ship with the package, for editors
// (VS Code json.schemas, a `$schema` key in a file) and other languages:
//   schemas/letter.schema.json              letter or memo input (what renderPdf/renderDocx take)
//   schemas/program-file.schema.json        a { program, base, payload } file (examples/programs)
//   schemas/programs/<name>.schema.json     each bundled program's payload
// The objects come from src/cli/json-schemas.ts (what `saraban schema` prints), loaded through
// esbuild (it is TypeScript). Run by `npm run build`; test/schemas.test.ts fails when the files
// are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The schema files as text, by their path under schemas/. */
export async function schemaFiles() {
  const result = await build({
    entryPoints: [join(root, 'src/cli/json-schemas.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  // Written next to the sources so that its bare imports (zod) resolve from this package.
  const file = join(root, 'node_modules', '.cache', 'saraban-json-schemas.mjs');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, result.outputFiles[0].text);
  const module = await import(`${file}?${Date.now()}`);
  return Object.fromEntries(Object.entries(module.schemaFiles()).map(([name, schema]) => [name, `${JSON.stringify(schema, null, 2)}\n`]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, text] of Object.entries(await schemaFiles())) {
    mkdirSync(dirname(join(root, 'schemas', name)), { recursive: true });
    writeFileSync(join(root, 'schemas', name), text);
  }
}
