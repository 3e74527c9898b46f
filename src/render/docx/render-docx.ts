/**
 * render/docx — DocumentTree → .docx bytes (the `docx` package, then one post-processing pass).
 * Consumes only the tree (src/compose/tree.ts) and the style profile; decides no content.
 * Sections: the letter (titlePg, Garuda space on page 1), then one per enclosure page break
 * (portrait or landscape). Deterministic: identical input and options give identical bytes.
 */
import { CharacterSet, Document, LineRuleType, NumberFormat, PageOrientation, Paragraph, SectionType, Table, type FileChild, type ISectionOptions } from 'docx';
import type { Block, DocumentTree, PageBreakBlock } from '../../compose/tree.js';
import type { Diagnostic, Result } from '../../diagnostics/diagnostic.js';
import { DEFAULT_STYLE_PROFILE, ptToTwip, type StyleProfile } from '../../style/profile.js';
import type { EmbeddedFontFiles } from './bundled-sarabun.js';
import { readOs2Signature, type FontSignature } from './embedded-fonts.js';
import { SARABUN_FACE, thSarabunFace, writtenHalfPoints, type DocxFace } from './font-face.js';
import { DEFAULT_DOCX_DATE, type DocxRenderOptions } from './docx-options.js';
import { readEmblemInfo, type EmblemInfo } from '../../image/emblem-image.js';
import { blockContent } from './letter-blocks.js';
import { letterContext, twip, type LetterContext } from './letter-context.js';
import { finishDocxPackage } from './package-post-process.js';
import { packageFiles } from './package-parts.js';
import { fontSlots } from './text-runs.js';
import { firstPageTop, footerSlogans, headerFooterDistances, sectionFurniture } from './page-furniture.js';
import { hasErrors, SarabanError } from '../../diagnostics/diagnostic.js';

type FlowBlock = Exclude<Block, PageBreakBlock>;

interface SectionPlan {
  readonly orientation: PageBreakBlock['orientation'];
  readonly blocks: FlowBlock[];
}

/** The letter, then a new section at every page break. */
function planSections(blocks: readonly Block[]): SectionPlan[] {
  const plans: SectionPlan[] = [{ orientation: 'portrait', blocks: [] }];
  for (const block of blocks) {
    if (block.type === 'pageBreak') plans.push({ orientation: block.orientation, blocks: [] });
    else plans.at(-1)?.blocks.push(block);
  }
  return plans;
}

function diagnostic(code: string, path: (string | number)[], message: string, messageTh: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { code, severity, stage: 'render-docx', path, message, messageTh };
}

interface FontChoice {
  readonly face: DocxFace;
  readonly embedded?: EmbeddedFontFiles;
  readonly diagnostics: Diagnostic[];
}

/**
 * The face to name. `embedFont` embeds the bundled OFL Sarabun (regular and bold) and names
 * it, at the profile sizes × 0.6648 (its glyphs are 1.5042× TH SarabunPSK's per em), rounded
 * to half-points: 16 pt becomes 10.5 pt. Otherwise the profile's family (TH SarabunPSK).
 */
async function chooseFont(options: DocxRenderOptions, profile: StyleProfile): Promise<FontChoice> {
  if (options.embedFont !== true) return { face: thSarabunFace(options.fontFamily ?? profile.font.family), diagnostics: [] };
  // Node only (reads the font package's files): loaded when asked for, so the package root
  // imports nothing from Node.
  const { loadBundledSarabun } = await import('./bundled-sarabun.js');
  const embedded = await loadBundledSarabun();
  if (!embedded) {
    return {
      face: SARABUN_FACE,
      diagnostics: [
        diagnostic(
          'font_not_found',
          ['options', 'embedFont'],
          'options.embedFont needs the @expo-google-fonts/sarabun package, which could not be read; install it or turn embedFont off.',
          'options.embedFont ต้องใช้แพ็กเกจ @expo-google-fonts/sarabun ซึ่งอ่านไม่ได้ กรุณาติดตั้งแพ็กเกจนี้หรือปิด embedFont',
        ),
      ],
    };
  }
  const diagnostics =
    options.fontFamily === undefined
      ? []
      : [
          diagnostic(
            'font_family_ignored',
            ['options', 'fontFamily'],
            `options.fontFamily "${options.fontFamily}" is ignored because embedFont embeds and names Sarabun.`,
            `ไม่ใช้ options.fontFamily "${options.fontFamily}" เพราะ embedFont ฝังและใช้ฟอนต์ Sarabun`,
            'warning',
          ),
        ];
  return { face: SARABUN_FACE, embedded, diagnostics };
}

/** Bad options become diagnostics. No emblem is not an error: the paper may carry the Garuda already. */
function validate(options: DocxRenderOptions): { emblem?: { bytes: Uint8Array; info: EmblemInfo }; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let emblem: { bytes: Uint8Array; info: EmblemInfo } | undefined;
  if (options.emblem !== undefined) {
    const info = readEmblemInfo(options.emblem);
    if (info) emblem = { bytes: options.emblem, info };
    else
      diagnostics.push(
        diagnostic(
          'emblem_unsupported_format',
          ['options', 'emblem'],
          'The Garuda image (options.emblem) is neither a PNG nor a JPEG file; give the emblem as PNG or JPEG bytes.',
          'ภาพตราครุฑ (options.emblem) ไม่ใช่ไฟล์ PNG หรือ JPEG กรุณาใช้ภาพตราครุฑเป็นไฟล์ PNG หรือ JPEG',
        ),
      );
  }
  if (options.fontFamily?.trim() === '') {
    diagnostics.push(
      diagnostic('font_family_empty', ['options', 'fontFamily'], 'options.fontFamily is empty; name a font such as "TH SarabunPSK".', 'options.fontFamily ว่าง กรุณาระบุชื่อฟอนต์ เช่น "TH SarabunPSK"'),
    );
  }
  if (options.date !== undefined && Number.isNaN(Date.parse(options.date))) {
    diagnostics.push(
      diagnostic('invalid_docx_date', ['options', 'date'], `options.date "${options.date}" is not an ISO 8601 date such as 2025-01-31T00:00:00Z.`, `options.date "${options.date}" ไม่ใช่วันที่แบบ ISO 8601 เช่น 2025-01-31T00:00:00Z`),
    );
  }
  return emblem ? { emblem, diagnostics } : { diagnostics };
}

function section(plan: SectionPlan, index: number, tree: DocumentTree, ctx: LetterContext, furniture: ReturnType<typeof sectionFurniture>, children: FileChild[]): ISectionOptions {
  const { page } = ctx.profile;
  const distances = headerFooterDistances(tree.furniture, ctx);
  const landscape = plan.orientation === 'landscape';
  // The PDF layout keeps the continuation cue's line free at the foot of every page that
  // another page of the same section follows, and lets a section's last page use it. Word has
  // no last-page margin, so the room is kept on the letter's pages (a letter's last page is
  // rarely full to the last line) but not on enclosure pages, where a one-page table often
  // fills that line: an enclosure of several pages then breaks up to one line later than the PDF.
  const cueRoom = tree.furniture.continuationCue && index === 0 ? ctx.profile.font.linePitch : 0;
  return {
    properties: {
      ...(index === 0 ? { titlePage: true } : { type: SectionType.NEXT_PAGE }),
      page: {
        size: { width: twip(page.width), height: twip(page.height), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: {
          top: twip(page.marginTop),
          bottom: twip(page.marginBottom + cueRoom),
          left: twip(page.marginLeft),
          right: twip(page.marginRight),
          header: distances.header,
          footer: distances.footer,
          gutter: 0,
        },
        pageNumbers: { formatType: tree.furniture.pageNumbers === 'thai' ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL, ...(index === 0 ? { start: 1 } : {}) },
      },
    },
    headers: index === 0 ? { first: furniture.firstHeader, default: furniture.header } : { default: furniture.header },
    footers: index === 0 ? { first: furniture.footer, default: furniture.footer } : { default: furniture.footer },
    children,
  };
}

/**
 * A 1 pt paragraph before a table that would otherwise open a section. Measured with
 * LibreOffice 7.4: a section whose first element is a table loses its page break there (the
 * table runs on under the letter's last line). The file is valid either way; this costs 1 pt.
 */
function tableLeadParagraph(): Paragraph {
  return new Paragraph({ children: [], spacing: { before: 0, after: 0, line: ptToTwip(1), lineRule: LineRuleType.EXACT } });
}

/**
 * Render the tree as DOCX, reporting bad options as diagnostics instead of throwing.
 * @example const result = await safeRenderDocxFromTree(tree, { emblem: garudaPng });
 */
export async function safeRenderDocxFromTree(tree: DocumentTree, options: DocxRenderOptions = {}): Promise<Result<Uint8Array>> {
  const profile: StyleProfile = options.profile ?? DEFAULT_STYLE_PROFILE;
  const { emblem, diagnostics } = validate(options);
  const font = await chooseFont(options, profile);
  diagnostics.push(...font.diagnostics);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  const ctx = letterContext(profile, font.face, options.thaiProofingLanguage === true);
  const furniture = sectionFurniture(tree.furniture, ctx);
  const sections = planSections(tree.blocks).map((plan, index) => {
    const children: FileChild[] = index === 0 ? [...firstPageTop(tree.furniture, emblem, ctx)] : [];
    children.push(...blockContent(plan.blocks, ctx));
    // The slogans' frame goes before the letter's last paragraph, not after it: LibreOffice
    // anchors a framed paragraph to the paragraph that follows it, which after the last one
    // would be the first enclosure page. Word places the frame on its own flow position.
    if (index === 0) children.splice(Math.max(0, children.length - 1), 0, ...footerSlogans(tree.furniture.footerLines, ctx));
    if (index > 0 && children[0] instanceof Table) children.unshift(tableLeadParagraph());
    return section(plan, index, tree, ctx, furniture, children);
  });
  const size = writtenHalfPoints(font.face, profile.font.size);
  const signatures = new Map<string, FontSignature>();
  const sig = font.embedded ? readOs2Signature(font.embedded.regular) : undefined;
  if (sig) signatures.set(font.face.family, sig);
  const document = new Document({
    title: tree.meta.title,
    subject: tree.meta.subject,
    creator: tree.meta.author,
    lastModifiedBy: tree.meta.author,
    revision: 1,
    compatibility: { version: 15 },
    styles: {
      default: {
        // Defaults for anything Word adds later (typing at the end of the letter); no <w:cs/> here (ADR 0039).
        document: {
          run: { font: fontSlots(font.face), size, sizeComplexScript: size },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections,
    ...(font.embedded
      ? { fonts: [{ name: font.face.family, data: Buffer.from(font.embedded.regular), bold: Buffer.from(font.embedded.bold), characterSet: CharacterSet.THAI }] }
      : {}),
  });
  const bytes = finishDocxPackage(await packageFiles(document), options.date ?? DEFAULT_DOCX_DATE, signatures);
  return { ok: true, value: bytes, diagnostics };
}

/**
 * Render the tree as DOCX; throws SarabanError (with diagnostics) on bad options.
 * @example const docx = await renderDocxFromTree(tree, { emblem: garudaPng });
 */
export async function renderDocxFromTree(tree: DocumentTree, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  const result = await safeRenderDocxFromTree(tree, options);
  if (!result.ok) throw new SarabanError('Cannot render the DOCX: the options have errors.', result.diagnostics);
  return result.value;
}
