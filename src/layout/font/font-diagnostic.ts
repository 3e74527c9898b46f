/**
 * layout/font — diagnostics of font loading (`font_not_found`), in English and Thai.
 * A missing or unreadable main face is an error (nothing can be drawn); a missing bold or
 * fallback face is a warning (regular stands in, or the chain is shorter).
 */
import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';

export function fontNotFound(
  path: readonly (string | number)[],
  what: string,
  reason: string,
  severity: Severity,
): Diagnostic {
  return {
    code: 'font_not_found',
    severity,
    stage: 'layout',
    path,
    message: `Font ${what} could not be loaded (${reason}); pass the font file's path or bytes.`,
    messageTh: `โหลดฟอนต์ ${what} ไม่ได้ (${reason}) ให้ระบุพาธหรือไบต์ของไฟล์ฟอนต์`,
  };
}
