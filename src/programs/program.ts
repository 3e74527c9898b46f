/**
 * programs — what a program is: a typed payload, its rules and its templates.
 * A ProgramDefinition<P> binds a zod schema, a rule check and a view (payload → template data)
 * to templates/<name>/ files; each program is listed in PROGRAMS as one Program, whatever its
 * payload type. Everything returned is plain data.
 */
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Attachment, Circular } from '../model/circular-types.js';
import type { CalendarDate } from '../thai/calendar-date.js';

/** What the rules may know about the letter a payload goes into, when it is known. */
export interface ProgramContext {
  /** วันที่ of the letter, when the base letter gives a full date. */
  readonly letterDate?: CalendarDate;
  /** The parsed base letter, for rules that compare the payload with it. */
  readonly letter?: Circular;
}

/** Letter fields a program decides besides body and enclosures. */
export interface ProgramFields {
  readonly subject?: string;
  readonly attachments?: readonly Attachment[];
}

export interface ProgramTemplates {
  /** Body template, relative to templates/: `meeting/body.hbs`; its output is `<p>`, `<ol>` and `<table>` blocks. */
  readonly body: string;
  /** Optional one-paragraph template for เรื่อง: `meeting/subject.hbs`. */
  readonly subject?: string;
  /** Enclosure templates; each produces one or more `<enclosure>` elements. */
  readonly enclosures: readonly string[];
}

export interface ProgramDefinition<P> {
  /** Registry key, kebab-case: `marketer-hiring`. */
  readonly name: string;
  /** Thai title: โครงการส่งเสริมนักการตลาดรุ่นใหม่ (OTOP). */
  readonly title: string;
  /** One English sentence for docs and `--help`. */
  readonly description: string;
  readonly schema: z.ZodType<P>;
  readonly templates: ProgramTemplates;
  /** Program rules: stage 'programs', stable snake_case codes, paths under `payload`. */
  check(payload: P, context: ProgramContext): readonly Diagnostic[];
  /** Template data; every field a template uses is present (null when absent), as strict mode requires. */
  view(payload: P): Readonly<Record<string, unknown>>;
  /** Fields other than body/subject taken from the payload (attachments). */
  fields?(payload: P): ProgramFields;
}

/** A program with its payload type erased, as the registry holds it. */
export interface Program {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly schema: z.ZodType;
  readonly templates: ProgramTemplates;
  /** Validates the payload with the schema; the parsed payload or zod's issues. */
  parse(payload: unknown): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: readonly z.core.$ZodIssue[] };
  check(parsed: unknown, context: ProgramContext): readonly Diagnostic[];
  view(parsed: unknown): Readonly<Record<string, unknown>>;
  fields(parsed: unknown): ProgramFields;
}

/** Erases the payload type; the parsed value handed back is always the schema's own output. */
export function defineProgram<P>(definition: ProgramDefinition<P>): Program {
  return {
    name: definition.name,
    title: definition.title,
    description: definition.description,
    schema: definition.schema,
    templates: definition.templates,
    parse(payload) {
      const result = definition.schema.safeParse(payload);
      return result.success ? { ok: true, value: result.data } : { ok: false, issues: result.error.issues };
    },
    check: (parsed, context) => definition.check(parsed as P, context),
    view: (parsed) => definition.view(parsed as P),
    fields: (parsed) => definition.fields?.(parsed as P) ?? {},
  };
}
