/**
 * programs — templates read from a folder, for callers with their own templates in Node
 * (reads files, so it is kept apart from the package root, which never touches the file system
 * for templates).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileTemplate } from './template-compiler.js';
import type { TemplateSource } from './template-source.js';

/** The package's templates/ folder: two levels above src/programs/, one above dist/. */
export function findPackageTemplatesDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < 4; level += 1) {
    const candidate = join(dir, 'templates');
    if (existsSync(candidate) && existsSync(join(dir, 'package.json'))) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

/** Templates read from a folder (the package's templates/ by default). Node only. */
export function fileTemplateSource(root: string | undefined = findPackageTemplatesDir()): TemplateSource {
  return {
    read(name) {
      // Names are fixed by program bindings, but never let one climb out of the folder.
      if (root === undefined || name.split('/').some((part) => part === '..' || part === '')) return undefined;
      const path = join(root, name);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
    displayName: (name) => `templates/${name}`,
    compile: compileTemplate,
  };
}
