/**
 * style — the one style profile both renderers read (spec section 8, "house defaults").
 * Leaf module: data and unit conversions only. Lengths are in PDF points (1/72 inch);
 * font sizes are TH SarabunPSK points: a face with a different size per em (Sarabun,
 * Laksaman: glyphs 1.5042× larger) multiplies them by its own size factor when drawing.
 * An agency overrides any value with `resolveStyleProfile(overrides)`.
 */

/** Points per centimetre. */
export const PT_PER_CM = 72 / 2.54;

export function cm(value: number): number {
  return value * PT_PER_CM;
}

/** Twentieths of a point, the unit of most DOCX lengths. */
export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

/** Half-points, the unit of DOCX font sizes. */
export function ptToHalfPoint(pt: number): number {
  return Math.round(pt * 2);
}

export interface StyleProfile {
  readonly page: {
    /** A4: 210 × 297 mm. */
    readonly width: number;
    readonly height: number;
    readonly marginLeft: number;
    readonly marginRight: number;
    /** Top margin of continuation pages (page 1 starts under the Garuda). */
    readonly marginTop: number;
    readonly marginBottom: number;
    /** No text closer than this to any paper edge (stamps, page numbers, slogans included). */
    readonly edgeClearance: number;
    /**
     * Where the last line of the footer (secrecy stamp, or the slogans) ends, from the bottom
     * edge: the clearance plus room for the descent that Word and LibreOffice draw below an
     * exact line box (1.5 pt measured with TH SarabunPSK metrics).
     */
    readonly footerBottom: number;
  };
  readonly font: {
    /** Family name written into DOCX and looked up on the system. */
    readonly family: string;
    /** Body size in TH SarabunPSK points. */
    readonly size: number;
    /** Fixed line pitch for `size` text: Word's single spacing for TH SarabunPSK, (844 + 457) / 1000 × 16. */
    readonly linePitch: number;
    /**
     * Distance from the top of a `size` line box to its baseline, pt: TH SarabunPSK's win ascent,
     * 844 / 1000 × 16 = 13.504 (spec section 8: the pitch is ascent + descent, so the line box is
     * exactly the face's single-spacing box). The PDF layout scales it for other sizes.
     */
    readonly baseline: number;
  };
  readonly emblem: {
    /** Garuda height: 3 cm (ข้อ 71.1). */
    readonly height: number;
    /** Distance of its top edge from the paper edge: 1.5 cm. */
    readonly top: number;
  };
  readonly urgency: { readonly size: number; readonly bold: boolean; readonly color: string };
  readonly secrecy: { readonly size: number; readonly bold: boolean; readonly color: string };
  readonly spacing: {
    /** "1 Enter + Before 6 pt" between the parts of the letter. */
    readonly beforeBlock: number;
    /** Before body paragraphs. */
    readonly beforeParagraph: number;
    /** Before the closing (คำลงท้าย). */
    readonly beforeClosing: number;
  };
  readonly indent: {
    /** First-line indent of body paragraphs: 2.5 cm. */
    readonly firstLine: number;
    /** Extra indent per nesting level of numbered items. */
    readonly listLevelStep: number;
    /** Where the date and the closing start, measured from the left margin: 7.5 cm (the page centre). */
    readonly dateFromMargin: number;
    /** Width of the gap between a label (เรื่อง) and its value: two spaces. */
    readonly labelGapSpaces: number;
    /**
     * Room left between the office block's longest line and the right margin, so a face whose
     * advances are a little wider than the measured ones (Word's TH SarabunPSK) does not wrap it.
     */
    readonly officeSlack: number;
  };
  readonly signature: {
    /** Empty 16 pt lines between the closing and the name. */
    readonly spaceLines: number;
    /** Centre of the name and position lines when there is no closing (a memo), from the left margin. */
    readonly centreWithoutClosing: number;
  };
  /** The memo (บันทึกข้อความ, spec §2.2). */
  readonly memo: {
    /** Garuda height: 1.5 cm (ข้อ 71.2), top left. */
    readonly emblemHeight: number;
    /** "บันทึกข้อความ": bold 29 pt on an exact 35 pt line, centred on the Garuda's height. */
    readonly headingSize: number;
    readonly headingLineHeight: number;
    /** Labels ส่วนราชการ, ที่, วันที่, เรื่อง: bold 20 pt. */
    readonly labelSize: number;
    /** Where วันที่ starts on the ที่ line, from the left margin. */
    readonly dateFieldFromMargin: number;
    /** Gap between the Garuda and the urgency stamp. */
    readonly urgencyGap: number;
  };
  readonly pageNumber: {
    /** Distance of the page number's baseline box from the top edge: 1.5 cm. */
    readonly top: number;
  };
  readonly table: {
    readonly borderWidth: number;
    readonly cellPaddingX: number;
    readonly cellPaddingY: number;
  };
  readonly colors: { readonly text: string };
}

/** The defaults of spec section 8. */
export const DEFAULT_STYLE_PROFILE: StyleProfile = {
  page: {
    width: cm(21),
    height: cm(29.7),
    marginLeft: cm(3),
    marginRight: cm(2),
    marginTop: cm(2.5),
    marginBottom: cm(2),
    edgeClearance: cm(1),
    footerBottom: cm(1.1),
  },
  font: { family: 'TH SarabunPSK', size: 16, linePitch: 20.8, baseline: 13.504 },
  emblem: { height: cm(3), top: cm(1.5) },
  urgency: { size: 32, bold: true, color: '#FF0000' },
  secrecy: { size: 20, bold: true, color: '#FF0000' },
  spacing: { beforeBlock: 6, beforeParagraph: 6, beforeClosing: 12 },
  indent: { firstLine: cm(2.5), listLevelStep: cm(0.75), dateFromMargin: cm(7.5), labelGapSpaces: 2, officeSlack: 4 },
  signature: { spaceLines: 3, centreWithoutClosing: cm(8.8) },
  memo: { emblemHeight: cm(1.5), headingSize: 29, headingLineHeight: 35, labelSize: 20, dateFieldFromMargin: cm(8), urgencyGap: cm(0.4) },
  pageNumber: { top: cm(1.5) },
  table: { borderWidth: 0.5, cellPaddingX: 4, cellPaddingY: 1 },
  colors: { text: '#000000' },
};

type DeepPartial<T> = { readonly [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type StyleProfileOverrides = DeepPartial<StyleProfile>;

/** The default profile with an agency's overrides applied, section by section. */
export function resolveStyleProfile(overrides: StyleProfileOverrides = {}): StyleProfile {
  const merged: Record<string, unknown> = {};
  for (const [section, defaults] of Object.entries(DEFAULT_STYLE_PROFILE) as [string, object][]) {
    const override = (overrides as Record<string, object | undefined>)[section];
    merged[section] = { ...defaults, ...(override ?? {}) };
  }
  return merged as unknown as StyleProfile;
}

/** Width of the text column. */
export function measureWidth(profile: StyleProfile): number {
  return profile.page.width - profile.page.marginLeft - profile.page.marginRight;
}
