/**
 * render/pdf — diagnostics of the PDF writer, in English and Thai. The writer makes no
 * layout decisions; it only reports what it was asked to draw and could not.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

export function emblemMissing(pageIndex: number): Diagnostic {
  return {
    code: 'emblem_missing',
    severity: 'warning',
    stage: 'render-pdf',
    path: ['pages', pageIndex],
    message: 'The layout places the Garuda but no emblem image was given; pass the Garuda image as the `emblem` option (PNG or JPEG bytes) of renderPdf, or `--emblem <file>` on the command line.',
    messageTh: 'มีตำแหน่งตราครุฑแต่ไม่ได้ส่งภาพตราครุฑมา ให้ส่งภาพตราครุฑเป็นตัวเลือก emblem (ไบต์ PNG หรือ JPEG) ของ renderPdf หรือ --emblem <ไฟล์> ในบรรทัดคำสั่ง',
  };
}

export function emblemUnreadable(reason: string): Diagnostic {
  return {
    code: 'emblem_unreadable',
    severity: 'error',
    stage: 'render-pdf',
    path: ['emblem'],
    message: `The emblem image could not be read (${reason}); give PNG or JPEG bytes.`,
    messageTh: `อ่านภาพตราครุฑไม่ได้ (${reason}) ให้ใช้ไฟล์ PNG หรือ JPEG`,
  };
}

export function fontNotEmbeddable(fontKey: string, postScriptName: string, reason: string): Diagnostic {
  return {
    code: 'font_not_embeddable',
    severity: 'error',
    stage: 'render-pdf',
    path: ['fonts', fontKey],
    message: `The font ${postScriptName} cannot be embedded in the PDF: ${reason}.`,
    messageTh: `ฝังฟอนต์ ${postScriptName} ใน PDF ไม่ได้ (${reason}) ให้ใช้ไฟล์ฟอนต์ TrueType (.ttf)`,
  };
}
