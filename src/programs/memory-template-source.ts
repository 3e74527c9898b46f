/**
 * programs — templates held in memory as text, compiled on first use with the full Handlebars
 * compiler (template-compiler.ts). For tests and for agencies' own programs; the package's own
 * templates come precompiled (template-source.ts).
 */
import { compileTemplate } from './template-compiler.js';
import type { TemplateSource } from './template-source.js';

/**
 * Templates held in memory, compiled on first use.
 * @example createTemplateEnv(memoryTemplateSource({ 'test/body.hbs': '<p>{{x}}</p>' }))
 */
export function memoryTemplateSource(files: Readonly<Record<string, string>>): TemplateSource {
  return {
    read: (name) => (Object.hasOwn(files, name) ? files[name] : undefined),
    displayName: (name) => `templates/${name}`,
    compile: compileTemplate,
  };
}
