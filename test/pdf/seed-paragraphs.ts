/**
 * test helper — real paragraphs from the seed letters (test/fixtures/seeds/*.json): every
 * string long enough to wrap, with Thai, English words, digits, URLs and the e-mail address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join('test', 'fixtures', 'seeds');

export function seedParagraphs(minLength = 60): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length >= minLength) found.push(value.replace(/\s+/g, ' ').trim());
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
    visit(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
  }
  return found;
}
