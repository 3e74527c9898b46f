/**
 * Test support: the program examples (examples/programs/<name>.json, defects corrected) and the
 * same payloads written as the seed letters have them, defects included.
 */
import { readFileSync } from 'node:fs';

export interface ProgramExample {
  readonly program: string;
  readonly seed: string;
  readonly base: Record<string, unknown>;
  readonly payload: Record<string, unknown>;
}

export const PROGRAM_EXAMPLE_NAMES = ['meeting', 'opc', 'kbo', 'registration', 'marketer-hiring'] as const;

export function loadExample(name: string): ProgramExample {
  return JSON.parse(readFileSync(new URL(`../../examples/programs/${name}.json`, import.meta.url), 'utf8')) as ProgramExample;
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => value as Json;

/** A letter date (CE) per seed, as printed on the letter; 004 has no day, so its rules see none. */
export const SEED_LETTER_DATES: Readonly<Record<string, { year: number; month: number; day: number } | undefined>> = {
  meeting: { year: 2020, month: 3, day: 18 },
  opc: { year: 2022, month: 3, day: 25 },
  kbo: { year: 2022, month: 12, day: 23 },
  registration: { year: 2023, month: 9, day: 26 },
  'marketer-hiring': undefined,
};

/** The payload exactly as the seed letter states it. */
export function seedPayload(name: string): Json {
  const payload = structuredClone(loadExample(name).payload);
  switch (name) {
    case 'opc':
      // The seed drops the เจ of เจ้าหน้าที่ (a text defect no rule can see).
      obj(payload['briefing'])['participants'] = 'หน้าที่พัฒนาชุมชนอำเภอที่รับผิดชอบ OTOP';
      break;
    case 'kbo':
      payload['province'] = 'เชียงใหม่';
      obj(payload['reply'])['deadline'] = '2022-12-25';
      break;
    case 'registration':
      obj(payload['report'])['date'] = '2023-10-01';
      break;
    case 'marketer-hiring': {
      const allocation = obj(payload['allocation']);
      allocation['perPersonBudget'] = 38000;
      const regions = allocation['regions'] as Json[];
      const printed = [
        { persons: 8, budget: 304000 },
        { persons: 17, budget: 646000 },
        { persons: 9, budget: 342000 },
      ];
      regions.forEach((region, i) => {
        for (const row of region['provinces'] as Json[]) row['budget'] = (row['persons'] as number) * 38000;
        region['subtotal'] = printed[i];
      });
      break;
    }
    default:
      break;
  }
  return payload;
}

/** Base letter from the seed fixture (defects included), without what the program provides. */
export function seedBase(name: string): Json {
  const example = loadExample(name);
  const fixture = JSON.parse(readFileSync(new URL(`../fixtures/seeds/${example.seed}.json`, import.meta.url), 'utf8')) as Json;
  for (const key of ['body', 'enclosures', 'subject']) Reflect.deleteProperty(fixture, key);
  if (name === 'opc' || name === 'marketer-hiring') Reflect.deleteProperty(fixture, 'attachments');
  return fixture;
}
