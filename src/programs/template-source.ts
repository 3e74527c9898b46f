/**
 * programs — where program templates come from.
 * A TemplateSource maps a template name relative to templates/ (`meeting/body.hbs`) to its
 * text, and either to a template precompiled at build time (the package's own templates,
 * bundled-templates.ts: no code is generated at run time) or to a compiler for the text
 * (memory-template-source.ts and, in Node, file-template-source.ts: the full Handlebars
 * compiler, kept out of this module so the package root never loads it).
 */
import { BUNDLED_TEMPLATES } from './bundled-templates.js';
import type { TemplateSpec } from './handlebars-runtime.js';
import type { TemplateCompiler } from './template-compiler.js';

export interface TemplateSource {
  /** The template text, or undefined when there is no such template. */
  read(name: string): string | undefined;
  /** How diagnostics name a template: `templates/meeting/body.hbs`. */
  displayName(name: string): string;
  /** The template precompiled at build time, when the source has it. */
  precompiled?(name: string): TemplateSpec | undefined;
  /** Compiles text the source has no precompiled template for. */
  readonly compile?: TemplateCompiler;
}

/** The package's own templates (templates/ as it was when the package was built), precompiled. */
export function bundledTemplateSource(): TemplateSource {
  const has = (name: string): boolean => Object.hasOwn(BUNDLED_TEMPLATES, name);
  return {
    read: (name) => (has(name) ? BUNDLED_TEMPLATES[name]?.text : undefined),
    displayName: (name) => `templates/${name}`,
    precompiled: (name) => (has(name) ? BUNDLED_TEMPLATES[name]?.spec : undefined),
  };
}
