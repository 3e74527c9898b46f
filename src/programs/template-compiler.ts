/**
 * programs — run-time compilation of template text, for template sources that hold text
 * (memoryTemplateSource, fileTemplateSource): the full Handlebars compiler, which generates
 * code with `new Function`. The package's own templates never come here: they are precompiled
 * at build time (scripts/bundle-templates.mjs) and run on the Handlebars runtime alone.
 */
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS } from './template-helpers.js';
import type { TemplateSpec } from './handlebars-runtime.js';

/** Template text → a template spec for the runtime; throws Handlebars' parse and compile errors. */
export type TemplateCompiler = (text: string) => TemplateSpec;

/**
 * Compiles template text with saraban's options (strict, known helpers only).
 * @example compileTemplate('<p>{{thaiDate date}}</p>')
 */
export const compileTemplate: TemplateCompiler = (text) => {
  const code = Handlebars.precompile(text, COMPILE_OPTIONS) as unknown as string;
  // Handlebars.compile does the same: the precompiled spec is JavaScript source.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const evaluate = new Function(`return ${code};`) as () => TemplateSpec;
  return evaluate();
};
