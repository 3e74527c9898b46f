/**
 * programs — the one Handlebars environment of saraban: template name + data → markup text.
 * The Handlebars runtime (`create()`) with the fixed helper registry, templates compiled
 * `{ strict, knownHelpersOnly }` (the package's own at build time, others by their source's
 * compiler), prototype access off and default HTML escaping kept. Templates load once and are
 * cached. Never throws: a missing field is `template_missing_field` naming the template file
 * and the field, an unregistered helper is `unknown_helper`, data a template cannot read (a
 * field looked up on text) is `template_data_error`.
 */
import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { HandlebarsRuntime, type TemplateSpec } from './handlebars-runtime.js';
import { HelperInputError } from './helper-input-error.js';
import { TEMPLATE_HELPERS } from './template-helpers.js';
import { bundledTemplateSource, type TemplateSource } from './template-source.js';

export interface TemplateEnv {
  /** Renders one template with its data; the output is saraban's template markup (templates/README.md). */
  render(name: string, data: unknown): Result<string>;
  /** How diagnostics name a template: `templates/meeting/body.hbs`. */
  displayName(name: string): string;
}

const RUNTIME_OPTIONS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

function diagnostic(code: string, file: string, message: string, messageTh: string, hints?: readonly string[]): Diagnostic {
  return { code, severity: 'error', stage: 'programs', path: [file], message, messageTh, ...(hints === undefined ? {} : { hints }) };
}

/** The expression written at a 1-based line, 0-based column of the template: `meeting.date`. */
function expressionAt(source: string, line: number, column: number): string | undefined {
  const text = source.split('\n')[line - 1];
  if (text === undefined) return undefined;
  const match = /^[\w@.[\]/-]+/.exec(text.slice(column));
  return match?.[0];
}

/** The arguments of the mustache starting at a helper's location, as written: `{{thaiDate a.b style="x"}}` → ['a.b']. */
function helperArguments(source: string, line: number, column: number): readonly string[] {
  const text = source.split('\n').slice(line - 1).join('\n').slice(column);
  const inner = /^\{\{[~#]?\s*([^}]*?)\s*~?\}\}/.exec(text)?.[1] ?? '';
  const tokens = inner.match(/"[^"]*"|'[^']*'|\([^)]*\)|[^\s]+/g) ?? [];
  return tokens.slice(1).filter((token) => !/^[\w-]+=/.test(token));
}

/** Handlebars reports errors as `message - line:column`; these are its three families we translate. */
function translate(error: unknown, file: string, source: string): Diagnostic {
  if (error instanceof HelperInputError) {
    const where = error.loc === undefined ? '' : ` (line ${error.loc.start.line})`;
    const argument = error.loc === undefined ? undefined : helperArguments(source, error.loc.start.line, error.loc.start.column)[error.argument];
    if (error.problem === 'missing') {
      const field = argument ?? `argument ${error.argument + 1}`;
      return diagnostic(
        'template_missing_field',
        file,
        `${file}${where}: field "${field}" is missing from the data given to helper ${error.helper}.`,
        `แม่แบบ ${file}${where}: ไม่พบข้อมูล "${field}" ที่ตัวช่วย ${error.helper} ต้องใช้`,
      );
    }
    return diagnostic(
      'template_helper_error',
      file,
      `${file}${where}: ${error.message}${argument === undefined ? '' : ` (argument ${argument})`}.`,
      `แม่แบบ ${file}${where}: ค่าที่ส่งให้ตัวช่วย ${error.helper} ใช้ไม่ได้${argument === undefined ? '' : ` (${argument})`}`,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  const located = error as { lineNumber?: unknown; column?: unknown };
  const line = typeof located.lineNumber === 'number' ? located.lineNumber : undefined;
  const column = typeof located.column === 'number' ? located.column : undefined;
  const where = line === undefined ? '' : ` (line ${line})`;
  const missing = /^"([^"]+)" not defined in /.exec(message);
  if (missing) {
    const field = (line !== undefined && column !== undefined ? expressionAt(source, line, column) : undefined) ?? missing[1] ?? '';
    return diagnostic(
      'template_missing_field',
      file,
      `${file}${where}: field "${field}" is missing from the data ("${missing[1] ?? ''}" is not defined).`,
      `แม่แบบ ${file}${where}: ไม่พบข้อมูล "${field}" ในข้อมูลที่ส่งให้แม่แบบ`,
    );
  }
  const unknown = /You specified knownHelpersOnly, but used the unknown helper (\S+)/.exec(message);
  if (unknown) {
    const name = unknown[1] ?? '';
    return diagnostic(
      'unknown_helper',
      file,
      `${file}${where}: helper "${name}" is not one of the registered helpers.`,
      `แม่แบบ ${file}${where}: ไม่รู้จักตัวช่วย "${name}"`,
      [`registered helpers: ${Object.keys(TEMPLATE_HELPERS).join(', ')}`],
    );
  }
  if (error instanceof HandlebarsRuntime.Exception || message.startsWith('Parse error')) {
    return diagnostic(
      'template_syntax_error',
      file,
      `${file}: the template cannot be compiled: ${message.split('\n')[0] ?? message}.`,
      `แม่แบบ ${file}: ไวยากรณ์ของแม่แบบไม่ถูกต้อง`,
      [message],
    );
  }
  // Anything else (a field looked up on text, `{{x.length}}` with x a string, makes the strict
  // runtime throw TypeError): the data does not fit the template. Never thrown to the caller.
  return diagnostic(
    'template_data_error',
    file,
    `${file}${where}: the data cannot be rendered by this template: ${message.split('\n')[0] ?? message}.`,
    `แม่แบบ ${file}${where}: ใช้ข้อมูลที่ส่งมากับแม่แบบนี้ไม่ได้`,
  );
}

/**
 * Creates the environment; templates are read from `source` on first use and cached compiled.
 * @example createTemplateEnv().render('meeting/body.hbs', view)
 */
export function createTemplateEnv(source: TemplateSource = bundledTemplateSource()): TemplateEnv {
  const hb = HandlebarsRuntime.create();
  for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) hb.registerHelper(name, helper);
  hb.unregisterHelper('log');
  const cache = new Map<string, { readonly text: string; readonly run: HandlebarsTemplateDelegate }>();
  const load = (name: string, text: string): HandlebarsTemplateDelegate | undefined => {
    const spec: TemplateSpec | undefined = source.precompiled?.(name) ?? source.compile?.(text);
    return spec === undefined ? undefined : hb.template(spec);
  };
  return {
    displayName: (name) => source.displayName(name),
    render(name, data) {
      const file = source.displayName(name);
      const text = cache.get(name)?.text ?? source.read(name);
      if (text === undefined) {
        return {
          ok: false,
          diagnostics: [diagnostic('template_not_found', file, `${file} does not exist.`, `ไม่พบแม่แบบ ${file}`)],
        };
      }
      try {
        let entry = cache.get(name);
        if (entry === undefined) {
          const run = load(name, text);
          if (run === undefined) {
            const message = `${file} is neither precompiled nor compilable by its template source.`;
            return { ok: false, diagnostics: [diagnostic('template_not_compiled', file, message, `แม่แบบ ${file} ไม่ได้แปลงไว้ล่วงหน้าและแปลงไม่ได้`)] };
          }
          entry = { text, run };
          cache.set(name, entry);
        }
        return { ok: true, value: entry.run(data, RUNTIME_OPTIONS), diagnostics: [] };
      } catch (error) {
        return { ok: false, diagnostics: [translate(error, file, text)] };
      }
    },
  };
}
