/**
 * programs — where program templates come from.
 * A TemplateSource maps a template name relative to templates/ (`meeting/body.hbs`) to its text.
 * The default is the package's own templates, bundled into the code (bundled-templates.ts, made
 * from templates/ at build time) so that no file is read; callers with their own templates pass
 * an in-memory source, or in Node a folder (file-template-source.ts).
 */
import { BUNDLED_TEMPLATES } from './bundled-templates.js';

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

/** The package's own templates (templates/ as it was when the package was built). */
export function bundledTemplateSource(): TemplateSource {
  return memoryTemplateSource(BUNDLED_TEMPLATES);
}
