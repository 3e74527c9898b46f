/**
 * compose — the fixed labels a หนังสือภายนอก prints (spec §1.3, แบบที่ 1).
 * Kept in one place so that both renderers print the same words; the salutation, the closing
 * and the reference heading come from the circular itself (they depend on the addressee and
 * on what the author wrote), everything else is fixed here.
 */
export const LETTER_LABELS = {
  /** Before the document number. */
  number: 'ที่',
  subject: 'เรื่อง',
  attachments: 'สิ่งที่ส่งมาด้วย',
  copiesTo: 'สำเนาส่ง',
  /** In a reference line, before the cited letter's number and date. */
  referenceNumber: 'ที่',
  referenceDate: 'ลงวันที่',
  quantity: 'จำนวน',
  /** Unit of an attachment's quantity when the author gave none. */
  defaultUnit: 'ชุด',
  telephone: 'โทร.',
  fax: 'โทรสาร',
  telephoneFax: 'โทรศัพท์/โทรสาร',
  email: 'ไปรษณีย์อิเล็กทรอนิกส์',
} as const;

/**
 * The fixed words of a บันทึกข้อความ (spec §1.4, §2.2, แบบที่ 2): the heading and the labels of its
 * head. The salutation and the reference heading come from the memo, as for a letter.
 */
export const MEMO_LABELS = {
  /** The heading at the top, beside the Garuda. */
  heading: 'บันทึกข้อความ',
  /** The owner unit, with its telephone. */
  office: 'ส่วนราชการ',
  number: 'ที่',
  date: 'วันที่',
  subject: 'เรื่อง',
} as const;
