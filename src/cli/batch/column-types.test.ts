import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { coerceText, schemaCoercion, typesAt } from './column-types.js';

const payload = z.toJSONSchema(
  z.object({
    count: z.number().int(),
    flag: z.boolean().optional(),
    name: z.string(),
    either: z.union([z.string(), z.number()]),
    nested: z.object({ list: z.array(z.object({ n: z.number() })) }),
  }),
) as Record<string, unknown>;

describe('typed cells', () => {
  it('finds the types a path accepts, through objects, lists and unions', () => {
    expect([...typesAt(payload, ['count'])]).toEqual(['integer']);
    expect([...typesAt(payload, ['nested', 'list', '0', 'n'])]).toEqual(['number']);
    expect([...typesAt(payload, ['either'])].sort()).toEqual(['number', 'string']);
    expect(typesAt(payload, ['unknown']).size).toBe(0);
  });
  it('turns text into numbers and booleans only where text is not accepted', () => {
    const coerce = schemaCoercion({}, payload);
    expect(coerce('payload', ['count'], '๑,๒๐๐')).toBe(1200);
    expect(coerce('payload', ['count'], 'สาม')).toBe('สาม');
    expect(coerce('payload', ['flag'], 'TRUE')).toBe(true);
    expect(coerce('payload', ['name'], '42')).toBe('42');
    expect(coerce('payload', ['either'], '42')).toBe('42');
    expect(coerce('letter', ['count'], '42')).toBe('42');
    expect(coerceText(new Set(['number']), ' -1.5 ')).toBe(-1.5);
  });
});
