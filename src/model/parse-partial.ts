/**
 * model — degraded parsing: when parseCircular refuses a circular because some of its parts cannot be read,
 * read the rest. Each unreadable top-level part is replaced by a neutral placeholder and the input parsed again,
 * so the caller (validate) can run every rule whose inputs are present and report the unreadable parts with
 * the rest. The placeholders carry no text a rule could find anything in; the caller must skip the rules that
 * read an unreadable part (Rule.reads). Never throws for bad input.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Circular } from './circular-types.js';
import { parseCircular, type ParseCircularOptions } from './parse-circular.js';

export interface PartialCircular {
  /** The circular with placeholders standing in for the unreadable parts. */
  readonly value: Circular;
  /** Top-level fields that could not be read (their diagnostics are in `diagnostics`). */
  readonly unreadable: readonly string[];
  /** The diagnostics of the first, full parse. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Neutral stand-ins, as friendly input; `undefined` means the field is dropped (it is optional). */
const PLACEHOLDERS: Readonly<Record<string, (kind: 'external' | 'memo') => unknown>> = {
  number: () => 'กก 0000/0',
  urgency: () => undefined,
  secrecy: () => undefined,
  office: (kind) => (kind === 'memo' ? { name: '-' } : { name: '-', addressLines: [] }),
  date: () => '2000-01-01',
  subject: () => '-',
  addressee: () => '-',
  referenceHeading: () => undefined,
  references: () => [],
  attachments: () => [],
  body: () => [],
  signer: () => ({ name: '-', position: '-' }),
  ownerUnit: () => ({ lines: '-' }),
  copiesTo: () => undefined,
  footerLines: () => undefined,
  enclosures: () => undefined,
  numerals: () => undefined,
};

const MAX_ROUNDS = 3;

/**
 * The readable part of a circular parseCircular refuses; undefined when the input parses (use parseCircular),
 * is not an object, or its problem is not confined to replaceable top-level fields.
 * @example const partial = parsePartialCircular(input); if (partial) runRulesNotReading(partial.unreadable)
 */
export function parsePartialCircular(input: unknown, options: ParseCircularOptions = {}): PartialCircular | undefined {
  const first = parseCircular(input, options);
  if (first.ok || typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const record = input as Record<string, unknown>;
  const kind = record['kind'] === 'memo' ? 'memo' : 'external';
  const unreadable = new Set<string>();
  let diagnostics = first.diagnostics;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    for (const d of diagnostics) {
      if (d.severity !== 'error') continue;
      const head = d.path[0];
      if (typeof head !== 'string' || PLACEHOLDERS[head] === undefined) return undefined;
      unreadable.add(head);
    }
    const patched: Record<string, unknown> = { ...record };
    for (const key of unreadable) {
      const value = PLACEHOLDERS[key]?.(kind);
      if (value === undefined) Reflect.deleteProperty(patched, key);
      else patched[key] = value;
    }
    const again = parseCircular(patched, options);
    if (again.ok) return { value: again.value, unreadable: [...unreadable], diagnostics: first.diagnostics };
    diagnostics = again.diagnostics;
  }
  return undefined;
}
