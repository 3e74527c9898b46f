/**
 * programs — where program templates come from.
 * A TemplateSource maps a template name relative to templates/ (`meeting/body.hbs`) to its text.
 * The default reads the package's templates/ folder (shipped in `files`) next to src/ or dist/;
 * tests and callers with their own templates pass an in-memory source instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TemplateSource {
  /** The template text, or undefined when there is no such template. */
  read(name: string): string | undefined;
  /** How diagnostics name a template: `templates/meeting/body.hbs`. */
  displayName(name: string): string;
}

/** Templates held in memory, e.g. `{ 'test/body.hbs': '<p>{{x}}</p>' }`. */
export function memoryTemplateSource(files: Readonly<Record<string, string>>): TemplateSource {
  return {
    read: (name) => (Object.hasOwn(files, name) ? files[name] : undefined),
    displayName: (name) => `templates/${name}`,
  };
}

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

/** Templates read from a folder (the package's templates/ by default). */
export function fileTemplateSource(root: string | undefined = findPackageTemplatesDir()): TemplateSource {
  return {
    read(name) {
      // Names are fixed by program bindings, but never let one climb out of the folder.
      if (root === undefined || name.split('/').some((part) => part === '..' || part === '')) return undefined;
      const path = join(root, name);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
    displayName: (name) => `templates/${name}`,
  };
}
