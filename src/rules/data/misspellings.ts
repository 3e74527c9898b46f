/**
 * rules — words of official Thai commonly misspelled in letters, with the spelling of the dictionary.
 * Sources: ราชบัณฑิตยสถาน, พจนานุกรม ฉบับราชบัณฑิตยสถาน พ.ศ. ๒๕๕๔ (the headword gives the right form; `RI-2554`),
 * and ราชบัณฑิตยสถาน, "คำที่มักเขียนผิด" in อ่านอย่างไร และเขียนอย่างไร (the list of commonly misspelled words;
 * `RI-list`). Loanwords follow ราชบัณฑิตยสถาน, หลักเกณฑ์การทับศัพท์ภาษาอังกฤษ and its list of transcribed words
 * (`RI-loan`). Each wrong form is matched as written, so none may occur inside a correct word (a test checks this
 * against every right form of the list).
 */

export interface Misspelling {
  readonly wrong: string;
  readonly right: string;
  readonly source: 'RI-2554' | 'RI-list' | 'RI-loan';
}

export const MISSPELLINGS: readonly Misspelling[] = [
  { wrong: 'ปรากฎ', right: 'ปรากฏ', source: 'RI-list' },
  { wrong: 'ปฎิ', right: 'ปฏิ', source: 'RI-list' },
  { wrong: 'กฏหมาย', right: 'กฎหมาย', source: 'RI-list' },
  { wrong: 'กฏกระทรวง', right: 'กฎกระทรวง', source: 'RI-2554' },
  { wrong: 'กฏระเบียบ', right: 'กฎระเบียบ', source: 'RI-2554' },
  { wrong: 'อนุญาติ', right: 'อนุญาต', source: 'RI-list' },
  { wrong: 'สังเกตุ', right: 'สังเกต', source: 'RI-list' },
  { wrong: 'คำนวน', right: 'คำนวณ', source: 'RI-list' },
  { wrong: 'บุคคลากร', right: 'บุคลากร', source: 'RI-list' },
  { wrong: 'มาตราฐาน', right: 'มาตรฐาน', source: 'RI-list' },
  { wrong: 'ประสิทธิ์ภาพ', right: 'ประสิทธิภาพ', source: 'RI-2554' },
  { wrong: 'ผลิตภัณท์', right: 'ผลิตภัณฑ์', source: 'RI-2554' },
  { wrong: 'ครุภัณท์', right: 'ครุภัณฑ์', source: 'RI-2554' },
  { wrong: 'หลักเกณท์', right: 'หลักเกณฑ์', source: 'RI-2554' },
  { wrong: 'ทรัพยากรณ์', right: 'ทรัพยากร', source: 'RI-list' },
  { wrong: 'กรณีย์', right: 'กรณี', source: 'RI-list' },
  { wrong: 'เจตนารมย์', right: 'เจตนารมณ์', source: 'RI-list' },
  { wrong: 'จำนงค์', right: 'จำนง', source: 'RI-list' },
  { wrong: 'ประสพการณ์', right: 'ประสบการณ์', source: 'RI-list' },
  { wrong: 'ปริมาน', right: 'ปริมาณ', source: 'RI-2554' },
  { wrong: 'ผาสุข', right: 'ผาสุก', source: 'RI-list' },
  { wrong: 'เบ็ดเตร็ด', right: 'เบ็ดเตล็ด', source: 'RI-list' },
  { wrong: 'บรรทัดฐาณ', right: 'บรรทัดฐาน', source: 'RI-list' },
  { wrong: 'ลายเซ็นต์', right: 'ลายเซ็น', source: 'RI-list' },
  { wrong: 'เซ็นต์ชื่อ', right: 'เซ็นชื่อ', source: 'RI-list' },
  { wrong: 'ศักยะภาพ', right: 'ศักยภาพ', source: 'RI-list' },
  { wrong: 'ปราณีต', right: 'ประณีต', source: 'RI-list' },
  { wrong: 'ปราถนา', right: 'ปรารถนา', source: 'RI-list' },
  { wrong: 'กระทันหัน', right: 'กะทันหัน', source: 'RI-list' },
  { wrong: 'อานิสงฆ์', right: 'อานิสงส์', source: 'RI-list' },
  { wrong: 'โอกาศ', right: 'โอกาส', source: 'RI-list' },
  { wrong: 'ภาพยนต์', right: 'ภาพยนตร์', source: 'RI-list' },
  { wrong: 'รสชาด', right: 'รสชาติ', source: 'RI-list' },
  { wrong: 'ผูกพันธ์', right: 'ผูกพัน', source: 'RI-list' },
  { wrong: 'ดำริห์', right: 'ดำริ', source: 'RI-list' },
  { wrong: 'ทะยอย', right: 'ทยอย', source: 'RI-list' },
  { wrong: 'อลุ่มอล่วย', right: 'อะลุ่มอล่วย', source: 'RI-list' },
  { wrong: 'จราจล', right: 'จลาจล', source: 'RI-list' },
  { wrong: 'ขมักเขม้น', right: 'ขะมักเขม้น', source: 'RI-list' },
  { wrong: 'นานับปการ', right: 'นานัปการ', source: 'RI-list' },
  { wrong: 'พิศดาร', right: 'พิสดาร', source: 'RI-list' },
  { wrong: 'เอนกประสงค์', right: 'อเนกประสงค์', source: 'RI-list' },
  { wrong: 'กิจจลักษณะ', right: 'กิจจะลักษณะ', source: 'RI-list' },
  { wrong: 'ศรีษะ', right: 'ศีรษะ', source: 'RI-list' },
  { wrong: 'อนุเสาวรีย์', right: 'อนุสาวรีย์', source: 'RI-list' },
  { wrong: 'บังสกุล', right: 'บังสุกุล', source: 'RI-list' },
  { wrong: 'บิณฑบาตร', right: 'บิณฑบาต', source: 'RI-list' },
  { wrong: 'คุณวุฑฒิ', right: 'คุณวุฒิ', source: 'RI-2554' },
  { wrong: 'เครื่องสำอางค์', right: 'เครื่องสำอาง', source: 'RI-list' },
  { wrong: 'อัธจันทร์', right: 'อัฒจันทร์', source: 'RI-list' },
  { wrong: 'ไอศครีม', right: 'ไอศกรีม', source: 'RI-list' },
  { wrong: 'คลีนิก', right: 'คลินิก', source: 'RI-loan' },
  { wrong: 'คลินิค', right: 'คลินิก', source: 'RI-loan' },
  { wrong: 'โควต้า', right: 'โควตา', source: 'RI-loan' },
  { wrong: 'เว็ปไซต์', right: 'เว็บไซต์', source: 'RI-loan' },
  { wrong: 'เว็บไซท์', right: 'เว็บไซต์', source: 'RI-loan' },
  { wrong: 'เวปไซต์', right: 'เว็บไซต์', source: 'RI-loan' },
  { wrong: 'อีเมล์', right: 'อีเมล', source: 'RI-loan' },
  { wrong: 'แก็ส', right: 'แก๊ส', source: 'RI-loan' },
];
