/**
 * thai — the calendar date type used everywhere in saraban.
 * A day in the proleptic Gregorian calendar with no time and no time zone, so that
 * a letter dated ๑๘ มีนาคม ๒๕๖๓ never shifts a day when a server runs in UTC.
 * The year is the Common Era year; Buddhist-era years are derived (CE + 543) on output.
 */
export interface CalendarDate {
  /** Common Era year, e.g. 2020 for พ.ศ. ๒๕๖๓. */
  readonly year: number;
  /** 1 = January (มกราคม) … 12 = December (ธันวาคม). */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
}
