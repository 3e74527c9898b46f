/**
 * thai — Buddhist-era years across the 1941 reform (leaf module).
 * Until BE 2483 the Thai year began on 1 April, so January to March of BE 2475 lie in 1933 CE, not
 * 1932: the offset is 542 for those months. BE 2483 was shortened to nine months (1 April to
 * 31 December 1940) and BE 2484 began on 1 January 1941; so January to March 2483 never existed.
 * Source: พระราชบัญญัติปีประดิทิน พุทธศักราช ๒๔๘๓.
 */
import { BE_OFFSET } from './thai-calendar-names.js';

/** The first BE year that began on 1 January. */
export const FIRST_JANUARY_BE_YEAR = 2484;
/** The shortened year: 1 April to 31 December 1940. */
export const SHORTENED_BE_YEAR = 2483;

/**
 * BE year of a CE year and month (1–12).
 * @example buddhistEraYear(1933, 1) // 2475; buddhistEraYear(1933, 4) // 2476; buddhistEraYear(2020, 3) // 2563
 */
export function buddhistEraYear(commonEraYear: number, month: number): number {
  return commonEraYear < 1941 && month <= 3 ? commonEraYear + BE_OFFSET - 1 : commonEraYear + BE_OFFSET;
}

/**
 * CE year of a BE year and month (1–12); undefined for January–March 2483, which never existed.
 * @example commonEraYear(2475, 1) // 1933; commonEraYear(2475, 4) // 1932; commonEraYear(2563, 3) // 2020
 */
export function commonEraYear(be: number, month: number): number | undefined {
  if (month > 3 || be >= FIRST_JANUARY_BE_YEAR) return be - BE_OFFSET;
  if (be === SHORTENED_BE_YEAR) return undefined;
  return be - BE_OFFSET + 1;
}
