/**
 * saraban — public API. Explicit named exports only.
 */
export type { CalendarDate } from './thai/calendar-date.js';
export type { Diagnostic, Severity, Result, DiagnosticPath } from './diagnostics/diagnostic.js';
export { SarabanError, isSarabanError, hasErrors } from './diagnostics/diagnostic.js';
export type { StyleProfile, StyleProfileOverrides } from './style/profile.js';
export { DEFAULT_STYLE_PROFILE, resolveStyleProfile } from './style/profile.js';
