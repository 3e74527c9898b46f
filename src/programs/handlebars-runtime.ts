/**
 * programs — the Handlebars runtime (no compiler): runs templates precompiled at build time
 * (bundled-templates.ts) without generating code, so program letters render in pages whose
 * Content-Security-Policy forbids `eval` / `new Function`. Only template-compiler.ts loads the
 * full Handlebars, for callers that bring their own template text.
 */
import type FullHandlebars from 'handlebars';
import runtime from 'handlebars/runtime.js';

/** The runtime half of the Handlebars API (create, template, registerHelper, Exception …). */
export type HandlebarsRuntime = Pick<typeof FullHandlebars, 'create' | 'template' | 'registerHelper' | 'unregisterHelper' | 'Exception'>;

/** A template as Handlebars.precompile gives it, evaluated to an object. */
export type TemplateSpec = TemplateSpecification;

/** One template of the package: its text (for diagnostics) and its build-time compiled spec. */
export interface BundledTemplate {
  readonly text: string;
  readonly spec: TemplateSpec;
}

export const HandlebarsRuntime = runtime as HandlebarsRuntime;
