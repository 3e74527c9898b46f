/**
 * model — the canonical circular: what `parseCircular` returns after normalising friendly input.
 * Plain, serialisable data (no classes, no functions). Every later stage (rules, compose,
 * layout, renderers) reads only this shape. Text is stored with the digits the author wrote;
 * digit style is decided in compose from `numerals` and per-span `literal` marks.
 */
import type { CalendarDate } from '../thai/calendar-date.js';

/** ชั้นความเร็ว */
export const URGENCIES = ['ด่วนที่สุด', 'ด่วนมาก', 'ด่วน'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** ชั้นความลับ (ระเบียบว่าด้วยการรักษาความลับของทางราชการ พ.ศ. ๒๕๔๔). */
export const SECRECY_LEVELS = ['ลับที่สุด', 'ลับมาก', 'ลับ'] as const;
export type Secrecy = (typeof SECRECY_LEVELS)[number];

/**
 * The kinds of หนังสือราชการ saraban composes (spec §1.2): `external` is หนังสือภายนอก (แบบที่ 1),
 * `memo` is หนังสือภายใน, the บันทึกข้อความ (แบบที่ 2).
 */
export const CIRCULAR_KINDS = ['external', 'memo'] as const;
export type CircularKind = (typeof CIRCULAR_KINDS)[number];

/**
 * ที่ number, e.g. `มท ๐๔๐๘.๒/ว ๒๒๙๓` →
 * `{ agencyCode: 'มท', ownerNumber: '0408.2', circular: true, running: '2293' }`.
 * Digits are stored as Arabic; printing converts them.
 */
export interface DocumentNumber {
  /** รหัสพยัญชนะ: two Thai letters (ministry, independent agency or province), three for committees. */
  readonly agencyCode: string;
  /** เลขประจำของเจ้าของเรื่อง with sub-units after dots, Arabic digits: `0408.2`. */
  readonly ownerNumber: string;
  /** The ว mark of a หนังสือเวียน. */
  readonly circular: boolean;
  /** เลขทะเบียนหนังสือส่ง, Arabic digits; absent on a draft whose number is given at dispatch. */
  readonly running?: string;
  /**
   * How the number departs from the regulation's form (absent: the official form): `no-owner`, a body code and a
   * running number only (agencyCode set, ownerNumber ''); `series`, a segment such as พิเศษ between the owner
   * number and ว; `order`, the numbering of a คำสั่ง or ประกาศ, running number / BE year (agencyCode and ownerNumber '').
   */
  readonly form?: DocumentNumberForm;
  /** The series segment of the `series` form, as written: `พิเศษ`. */
  readonly series?: string;
  /** The BE year of the `order` form, Arabic digits: `2566`. */
  readonly year?: string;
  /** The label of the `order` form when it is not ที่: `ฉบับที่`. */
  readonly label?: string;
  /**
   * The number as written (without its ที่ label, spaces collapsed), kept when it departs from the official form
   * (another form, or spaces around the slash): formatDocumentNumber prints it back unchanged but for the digits.
   */
  readonly written?: string;
}

/** The forms of ที่ numbers real agencies write besides the regulation's own (see DocumentNumber.form). */
export const DOCUMENT_NUMBER_FORMS = ['no-owner', 'series', 'order'] as const;
export type DocumentNumberForm = (typeof DOCUMENT_NUMBER_FORMS)[number];

/** A letter date: the day may be left blank on a draft (filled in by hand when signed). */
export interface LetterDate {
  readonly year: number;
  readonly month: number;
  readonly day?: number;
}

/** ส่วนราชการเจ้าของหนังสือ and its address. */
export interface IssuingOffice {
  /** e.g. `กรมการพัฒนาชุมชน`, or `ศาลากลางจังหวัดสกลนคร`. */
  readonly name: string;
  /** Address lines in print order, e.g. `['ถนนศูนย์ราชการ สน ๔๗๐๐๐']`. */
  readonly addressLines: readonly string[];
  /** Province name in Thai (`สกลนคร`, `กรุงเทพมหานคร`), derived from the address when not given. */
  readonly province?: string;
  /** Five-digit postcode (Arabic digits) found in or given with the address. */
  readonly postcode?: string;
}

/** Rows of ภาคผนวก 2 (spec section 3), by the key used in `reference data`. */
export type AddresseeRank =
  | 'king'
  | 'queen'
  | 'crown-heir'
  | 'chaofa'
  | 'phra-ong-chao'
  | 'mom-chao'
  | 'supreme-patriarch-royal'
  | 'supreme-patriarch'
  | 'somdet-phra-ratchakhana'
  | 'phra-ratchakhana'
  | 'monk'
  | 'high-office'
  | 'general';

/** คำขึ้นต้น + position: the addressee of a memo, which has no คำลงท้าย (spec §1.4 row 9). */
export interface MemoAddressee {
  /** The position or group after the salutation: `ผู้ว่าราชการจังหวัดทุกจังหวัด`. */
  readonly text: string;
  readonly rank: AddresseeRank;
  /** คำขึ้นต้น, e.g. `เรียน`; derived from the rank unless given explicitly. */
  readonly salutation: string;
}

/** One of several addressees of a letter, each with its own office and rank. */
export interface Recipient {
  readonly text: string;
  readonly rank: AddresseeRank;
}

/** คำขึ้นต้น + position, and the คำลงท้าย that goes with it. */
export interface Addressee extends MemoAddressee {
  /**
   * Several addressees, each its own office and rank, when the letter has more than one: `text` then joins them
   * (`… และ …`) and `rank`, salutation and closing follow the highest of their ranks (ภาคผนวก ๒ order).
   */
  readonly recipients?: readonly Recipient[];
  /** คำลงท้าย, e.g. `ขอแสดงความนับถือ`; derived from the rank unless given explicitly. */
  readonly closing: string;
}

/** อ้างถึง: a letter the recipient already has. */
export interface Reference {
  /** Issuer as written: `หนังสือกรมการพัฒนาชุมชน`, `หนังสือจังหวัดฉะเชิงเทรา`. */
  readonly issuer: string;
  readonly number?: DocumentNumber;
  readonly urgency?: Urgency;
  readonly date: CalendarDate;
}

/** สิ่งที่ส่งมาด้วย. */
export interface Attachment {
  readonly title: string;
  readonly quantity?: number;
  /** ชุด, ฉบับ, แผ่น, เล่ม … */
  readonly unit?: string;
  /** How it is sent when not in the envelope, e.g. `ทางไปรษณีย์อิเล็กทรอนิกส์`. */
  readonly sentBy?: string;
}

/** Inline content of a paragraph. */
export interface TextSpan {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Keep the digits exactly as written (URLs, codes, e-mail addresses). */
  readonly literal?: boolean;
}

export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly spans: readonly TextSpan[];
  /** Default `body` (2.5 cm first-line indent, Thai distributed). */
  readonly style?: 'body' | 'plain' | 'centered' | 'heading';
}

export interface ListItem {
  /** Marker as printed before conversion, e.g. `1.`, `1.1`, `(1)`, `-`; generated when absent. */
  readonly marker?: string;
  readonly spans: readonly TextSpan[];
  readonly items?: readonly ListItem[];
}

/** Numbered items, nested up to three levels. */
export interface ListBlock {
  readonly type: 'list';
  readonly items: readonly ListItem[];
}

export type ColumnAlign = 'left' | 'center' | 'right';

export interface TableCell {
  readonly spans: readonly TextSpan[];
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly align?: ColumnAlign;
  readonly bold?: boolean;
}

export interface TableRow {
  readonly cells: readonly TableCell[];
  /** `subtotal` and `total` rows declare sums the rules check. */
  readonly kind?: 'data' | 'group' | 'subtotal' | 'total';
}

export interface TableColumn {
  readonly header?: string;
  readonly align: ColumnAlign;
  /** Relative width; widths are shared out in proportion. */
  readonly width: number;
  /** Column holds amounts that subtotal and total rows sum. */
  readonly summed?: boolean;
}

export interface TableBlock {
  readonly type: 'table';
  readonly caption?: string;
  readonly columns: readonly TableColumn[];
  readonly headerRows: readonly TableRow[];
  readonly rows: readonly TableRow[];
  /** The budget table of seed 004 keeps Arabic digits; default follows the letter. */
  readonly numerals?: 'thai' | 'arabic';
}

export type BodyBlock = ParagraphBlock | ListBlock | TableBlock;

/** One link of the chain from the signer to the final authority (spec section 5). */
export interface ActingLink {
  /** As written: ปฏิบัติราชการแทน, รักษาราชการแทน, รักษาการในตำแหน่ง, รักษาการแทน (or anything else, which the rules flag). */
  readonly relation: string;
  /** The principal's position, e.g. `ผู้ว่าราชการจังหวัดสกลนคร`. */
  readonly position: string;
}

export interface Signer {
  /** Prefix: นาย, นาง, นางสาว, ดร., a rank … */
  readonly prefix: string;
  /** Given name and surname. */
  readonly name: string;
  /** The signer's own substantive position. */
  readonly position: string;
  /** Acting / on-behalf relations, innermost first, ending at the final authority. */
  readonly chain: readonly ActingLink[];
}

export interface Contacts {
  readonly telephone?: string;
  readonly fax?: string;
  /** A combined โทรศัพท์/โทรสาร number, as several seeds print it. */
  readonly telephoneFax?: string;
  readonly email?: string;
}

/** ส่วนราชการเจ้าของเรื่อง and how to reach it. */
export interface OwnerUnit {
  readonly lines: readonly string[];
  readonly contacts: Contacts;
}

/** A document sent with the letter and printed after it (guidelines, tables). */
export interface Enclosure {
  readonly title: readonly string[];
  readonly blocks: readonly BodyBlock[];
  /** Landscape pages for wide tables. */
  readonly orientation?: 'portrait' | 'landscape';
  /** Digits of the whole enclosure (titles included); seed 004's budget register is all Arabic. Default follows the letter. */
  readonly numerals?: 'thai' | 'arabic';
}

/**
 * ส่วนราชการ of a memo (spec §1.4 row 3): the owner unit, with both department and division when
 * the issuer is at department level or above, and its telephone (and e-mail) when it is below.
 */
export interface MemoOffice {
  /** e.g. `สำนักงานพัฒนาชุมชนจังหวัดสกลนคร กลุ่มงานส่งเสริมและพัฒนาชุมชน`. */
  readonly name: string;
  /** As written, e.g. `๐ ๔๒๗๑ ๑๕๕๔ ต่อ ๑๒`. */
  readonly telephone?: string;
  readonly email?: string;
}

/** The parts every kind has. */
interface DocumentParts {
  readonly number: DocumentNumber;
  readonly urgency?: Urgency;
  readonly secrecy?: Secrecy;
  readonly date: LetterDate;
  /** เรื่อง */
  readonly subject: string;
  /** The heading printed before references; anything but อ้างถึง is flagged by the rules. */
  readonly referenceHeading: string;
  readonly references: readonly Reference[];
  readonly attachments: readonly Attachment[];
  readonly body: readonly BodyBlock[];
  readonly signer: Signer;
  readonly enclosures: readonly Enclosure[];
  /** Digits of the printed letter; spans marked literal, URLs and e-mail keep theirs. */
  readonly numerals: 'thai' | 'arabic';
}

/** หนังสือภายนอก (spec §1.3, แบบที่ 1). */
export interface ExternalCircular extends DocumentParts {
  readonly kind: 'external';
  readonly office: IssuingOffice;
  readonly addressee: Addressee;
  readonly ownerUnit: OwnerUnit;
  readonly copiesTo: readonly string[];
  readonly footerLines: readonly string[];
}

/**
 * หนังสือภายใน, the บันทึกข้อความ (spec §1.4, แบบที่ 2): ส่วนราชการ with its telephone in place of
 * the office address, no คำลงท้าย, no owner-unit block, no copies-to list, no footer lines.
 * References and attachments are optional lines some agencies print (spec §1.4 row 8).
 */
export interface MemoCircular extends DocumentParts {
  readonly kind: 'memo';
  readonly office: MemoOffice;
  readonly addressee: MemoAddressee;
}

/** A document of any kind; `kind` tells which. */
export type Circular = ExternalCircular | MemoCircular;
