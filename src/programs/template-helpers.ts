/**
 * programs — the fixed helper registry of the program templates (templates/README.md lists them).
 * Helpers format values the Thai way through src/thai and return plain strings, which
 * Handlebars then escapes like any data, so no helper can produce markup. A helper given a
 * missing or unusable argument throws HelperInputError, which becomes a diagnostic.
 */
import type { CalendarDate } from '../thai/calendar-date.js';
import {
  bahtText,
  fiscalYear,
  formatThaiDate,
  formatThaiNumber,
  formatThaiTime,
  formatThaiTimeRange,
  isThaiTextError,
  isValidCalendarDate,
  parseIsoDate,
  THAI_MONTHS,
  thaiWeekday,
  toThaiDigits,
  type ThaiTime,
} from '../thai/index.js';
import { HelperInputError, type HelperLocation } from './helper-input-error.js';

interface Options {
  readonly hash: Readonly<Record<string, unknown>>;
  readonly loc: HelperLocation | undefined;
}

type Helper = (...args: unknown[]) => unknown;

/** Splits Handlebars' trailing options object from the positional arguments. */
function split(helper: string, args: readonly unknown[]): { values: readonly unknown[]; options: Options } {
  const last = args.at(-1);
  if (typeof last !== 'object' || last === null || !('hash' in last)) {
    throw new HelperInputError(helper, 0, 'invalid', `helper ${helper} was called without Handlebars options`, undefined);
  }
  const raw = last as { hash?: unknown; loc?: unknown };
  const hash = typeof raw.hash === 'object' && raw.hash !== null ? (raw.hash as Record<string, unknown>) : {};
  return { values: args.slice(0, -1), options: { hash, loc: raw.loc as HelperLocation | undefined } };
}

function fail(helper: string, index: number, options: Options, problem: 'missing' | 'invalid', message: string): never {
  throw new HelperInputError(helper, index, problem, message, options.loc);
}

function required(helper: string, values: readonly unknown[], index: number, options: Options): unknown {
  const value = values[index];
  if (value === undefined || value === null) fail(helper, index, options, 'missing', `helper ${helper} needs argument ${index + 1}`);
  return value;
}

function asDate(helper: string, values: readonly unknown[], index: number, options: Options): CalendarDate {
  const value = required(helper, values, index, options);
  if (typeof value === 'string') {
    try {
      return parseIsoDate(value);
    } catch (error) {
      if (!isThaiTextError(error)) throw error;
      fail(helper, index, options, 'invalid', `helper ${helper}: ${error.message}`);
    }
  }
  if (typeof value === 'object' && value !== null && 'year' in value && 'month' in value && 'day' in value) {
    const { year, month, day } = value as Record<string, unknown>;
    if (typeof year === 'number' && typeof month === 'number' && typeof day === 'number' && isValidCalendarDate(year, month, day)) return { year, month, day };
  }
  return fail(helper, index, options, 'invalid', `helper ${helper}: argument ${index + 1} is not a date`);
}

function asNumber(helper: string, values: readonly unknown[], index: number, options: Options): number {
  const value = required(helper, values, index, options);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return fail(helper, index, options, 'invalid', `helper ${helper}: argument ${index + 1} is not a number`);
}

function asText(helper: string, values: readonly unknown[], index: number, options: Options): string {
  const value = required(helper, values, index, options);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return fail(helper, index, options, 'invalid', `helper ${helper}: argument ${index + 1} is not text`);
}

function digitsOption(helper: string, options: Options): 'thai' | 'arabic' {
  const digits = options.hash['digits'] ?? 'thai';
  if (digits === 'thai' || digits === 'arabic') return digits;
  return fail(helper, 0, options, 'invalid', `helper ${helper}: digits must be "thai" or "arabic"`);
}

function withDigits(text: string, digits: 'thai' | 'arabic'): string {
  return digits === 'thai' ? toThaiDigits(text) : text;
}

const thaiDate: Helper = (...args) => {
  const { values, options } = split('thaiDate', args);
  const date = asDate('thaiDate', values, 0, options);
  const style = options.hash['style'] ?? 'full';
  if (style !== 'full' && style !== 'abbr') fail('thaiDate', 0, options, 'invalid', 'helper thaiDate: style must be "full" or "abbr"');
  return guarded('thaiDate', options, () => formatThaiDate(date, {
    style: style === 'abbr' ? 'abbreviated' : 'full',
    weekday: options.hash['weekday'] === true,
    era: options.hash['era'] === true,
    digits: digitsOption('thaiDate', options),
  }));
};

/** `{{thaiDateRange start end}}` → ๑๖ ตุลาคม - ๓๑ ธันวาคม ๒๕๖๓ (the year once when both dates share it). */
const thaiDateRange: Helper = (...args) => {
  const { values, options } = split('thaiDateRange', args);
  const start = asDate('thaiDateRange', values, 0, options);
  const end = asDate('thaiDateRange', values, 1, options);
  const digits = digitsOption('thaiDateRange', options);
  const last = guarded('thaiDateRange', options, () => formatThaiDate(end, { digits }));
  if (start.year !== end.year) return `${guarded('thaiDateRange', options, () => formatThaiDate(start, { digits }))} - ${last}`;
  return `${withDigits(String(start.day), digits)} ${THAI_MONTHS[start.month - 1] ?? ''} - ${last}`;
};

/** Time as `HH:MM` (24 h) → { hour, minute }. */
function asTime(helper: string, values: readonly unknown[], index: number, options: Options): ThaiTime {
  const value = asText(helper, values, index, options);
  const match = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(value);
  if (!match) return fail(helper, index, options, 'invalid', `helper ${helper}: "${value}" is not a time (HH:MM)`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** Runs a src/thai formatter, turning its ThaiTextError into a helper error. */
function guarded<T>(helper: string, options: Options, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isThaiTextError(error)) throw error;
    return fail(helper, 0, options, 'invalid', `helper ${helper}: ${error.message}`);
  }
}

export const TEMPLATE_HELPERS: Readonly<Record<string, Helper>> = {
  /** `{{thaiDate date}}` → ๒๓ มีนาคม ๒๕๖๓; hash: style="abbr", weekday=true, era=true, digits="arabic". */
  thaiDate,
  thaiDateRange,
  /** `{{thaiWeekday date}}` → จันทร์ */
  thaiWeekday: (...args) => {
    const { values, options } = split('thaiWeekday', args);
    return thaiWeekday(asDate('thaiWeekday', values, 0, options)).name;
  },
  /** `{{thaiMonth 6}}` → มิถุนายน */
  thaiMonth: (...args) => {
    const { values, options } = split('thaiMonth', args);
    const month = asNumber('thaiMonth', values, 0, options);
    const name = THAI_MONTHS[month - 1];
    if (!Number.isInteger(month) || name === undefined) fail('thaiMonth', 0, options, 'invalid', `helper thaiMonth: ${month} is not a month number 1–12`);
    return name;
  },
  /** `{{thaiTime "09:30"}}` → ๐๙.๓๐ น. */
  thaiTime: (...args) => {
    const { values, options } = split('thaiTime', args);
    const time = asTime('thaiTime', values, 0, options);
    return guarded('thaiTime', options, () => formatThaiTime(time, { digits: digitsOption('thaiTime', options) }));
  },
  /** `{{thaiTimeRange "09:30" "12:00"}}` → ๐๙.๓๐ - ๑๒.๐๐ น.; hash dash="–" for an en dash. */
  thaiTimeRange: (...args) => {
    const { values, options } = split('thaiTimeRange', args);
    const start = asTime('thaiTimeRange', values, 0, options);
    const end = asTime('thaiTimeRange', values, 1, options);
    const dash = options.hash['dash'] ?? '-';
    if (dash !== '-' && dash !== '–') fail('thaiTimeRange', 0, options, 'invalid', 'helper thaiTimeRange: dash must be "-" or "–"');
    const digits = digitsOption('thaiTimeRange', options);
    return guarded('thaiTimeRange', options, () =>
      dash === '-'
        ? formatThaiTimeRange(start, end, { digits })
        : `${formatThaiTime(start, { digits, suffix: false })} ${dash} ${formatThaiTime(end, { digits })}`,
    );
  },
  /** `{{thaiDigits value}}` → the value with Thai digits. */
  thaiDigits: (...args) => {
    const { values, options } = split('thaiDigits', args);
    return toThaiDigits(asText('thaiDigits', values, 0, options));
  },
  /** `{{thaiNumber 4477560000}}` → ๔,๔๗๗,๕๖๐,๐๐๐ */
  thaiNumber: (...args) => {
    const { values, options } = split('thaiNumber', args);
    const n = asNumber('thaiNumber', values, 0, options);
    return guarded('thaiNumber', options, () => formatThaiNumber(n, { digits: digitsOption('thaiNumber', options) }));
  },
  /** `{{baht 1500}}` → ๑,๕๐๐ บาท (หนึ่งพันห้าร้อยบาทถ้วน) */
  baht: (...args) => {
    const { values, options } = split('baht', args);
    const amount = asNumber('baht', values, 0, options);
    return guarded('baht', options, () => {
      const figure = formatThaiNumber(amount, { digits: digitsOption('baht', options), decimals: Number.isInteger(amount) ? 0 : 2 });
      return `${figure} บาท (${bahtText(amount)})`;
    });
  },
  /** `{{bahtText 1500}}` → หนึ่งพันห้าร้อยบาทถ้วน */
  bahtText: (...args) => {
    const { values, options } = split('bahtText', args);
    const amount = asNumber('bahtText', values, 0, options);
    return guarded('bahtText', options, () => bahtText(amount));
  },
  /** `{{fiscalYearOf date}}` → ๒๕๖๔ (the B.E. fiscal year the date falls in); not `fiscalYear`, a common payload field. */
  fiscalYearOf: (...args) => {
    const { values, options } = split('fiscalYearOf', args);
    return withDigits(String(fiscalYear(asDate('fiscalYearOf', values, 0, options))), digitsOption('fiscalYearOf', options));
  },
  /** `{{ordinal @index}}` → ๑. (bare=true: ๑; oneBased=true for 1-based numbers); `{{ordinal @../index @index}}` → ๑.๑ (0-based indices in, 1-based out). */
  ordinal: (...args) => {
    const { values, options } = split('ordinal', args);
    if (values.length === 0) fail('ordinal', 0, options, 'missing', 'helper ordinal needs at least one index');
    const offset = options.hash['oneBased'] === true ? 0 : 1;
    const parts = values.map((_, i) => asNumber('ordinal', values, i, options) + offset);
    const bare = options.hash['bare'] === true;
    const text = parts.length === 1 && !bare ? `${parts[0] ?? ''}.` : parts.join('.');
    return withDigits(text, digitsOption('ordinal', options));
  },
  /** `{{thaiJoin items}}` → ก ข และค (Thai lists: space-separated, และ before the last). */
  thaiJoin: (...args) => {
    const { values, options } = split('thaiJoin', args);
    const list = required('thaiJoin', values, 0, options);
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) fail('thaiJoin', 0, options, 'invalid', 'helper thaiJoin needs a list of text');
    const items = list as string[];
    const conjunction = typeof options.hash['last'] === 'string' ? options.hash['last'] : 'และ';
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(' ')} ${conjunction}${items.at(-1) ?? ''}`;
  },
  eq: (...args) => {
    const { values } = split('eq', args);
    return values[0] === values[1];
  },
  and: (...args) => split('and', args).values.every(Boolean),
  or: (...args) => split('or', args).values.some(Boolean),
  not: (...args) => !split('not', args).values[0],
};

/**
 * The helpers compile-time `knownHelpers` lists, so `knownHelpersOnly` rejects everything else:
 * ours, and of Handlebars' built-ins only the block helpers (each, if, unless, with) and lookup.
 * `log` (writes to the console), `helperMissing` and `blockHelperMissing` (internal hooks that
 * throw TypeError when called from a template) are unknown.
 */
export const KNOWN_HELPERS: Readonly<Record<string, boolean>> = {
  ...Object.fromEntries(Object.keys(TEMPLATE_HELPERS).map((name) => [name, true])),
  log: false,
  helperMissing: false,
  blockHelperMissing: false,
};

/** How every template is compiled: at build time (scripts/bundle-templates.mjs) and at run time alike. */
export const COMPILE_OPTIONS = { strict: true, knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS } as const;
