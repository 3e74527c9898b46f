/**
 * render/docx — a formatted section → its body XML (flow blocks, the emblem floating from the
 * first flowing paragraph), its header and footer parts, and the `w:sectPr` that ends it.
 * Children of `w:sectPr` follow CT_SectPr order, which Word enforces.
 */
import type { Band, EmblemFrame, FormattedDocument, FormattedSection } from '../../format/formatted-document.js';
import type { EmblemInfo } from '../../image/emblem-image.js';
import { ptToTwip } from '../../style/profile.js';
import { flowBlockXml, paragraphXml } from './block-xml.js';
import type { DocxFace } from './run-xml.js';

/** English Metric Units per point (DrawingML lengths). */
const EMU_PER_PT = 12700;

export const STORY_NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** The emblem as the document's one image: its relationship id, and its size as read from the file. */
export interface PlacedEmblem {
  readonly relationshipId: string;
  readonly info: EmblemInfo;
}

/** A header or footer part the section refers to. */
export interface BandPart {
  readonly kind: 'header' | 'footer';
  readonly type: 'default' | 'first';
  readonly relationshipId: string;
  readonly name: string;
  readonly xml: string;
}

/** Word needs a paragraph in every header and footer; an empty band gets an empty one. */
function bandXml(kind: 'header' | 'footer', band: Band, face: DocxFace): string {
  const root = kind === 'header' ? 'w:hdr' : 'w:ftr';
  const body = band.paragraphs.length === 0 ? '<w:p><w:pPr><w:spacing w:after="0" w:before="0"/></w:pPr></w:p>' : band.paragraphs.map((p) => paragraphXml(p, face)).join('');
  return `${XML_DECLARATION}<${root} ${STORY_NAMESPACES}>${body}</${root}>`;
}

/** The floating emblem: anchored to the page vertically, centred on the paper or at the left margin. */
function emblemXml(frame: EmblemFrame, emblem: PlacedEmblem, drawingId: number): string {
  const cy = Math.round(frame.height * EMU_PER_PT);
  const cx = Math.round((frame.height * emblem.info.widthPx * EMU_PER_PT) / emblem.info.heightPx);
  const horizontal = frame.align === 'pageCentre' ? '<wp:positionH relativeFrom="page"><wp:align>center</wp:align></wp:positionH>' : '<wp:positionH relativeFrom="margin"><wp:align>left</wp:align></wp:positionH>';
  return (
    '<w:r><w:drawing>' +
    `<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" allowOverlap="1" behindDoc="0" locked="1" layoutInCell="1" relativeHeight="${cy}">` +
    '<wp:simplePos x="0" y="0"/>' +
    horizontal +
    `<wp:positionV relativeFrom="page"><wp:posOffset>${Math.round(frame.y * EMU_PER_PT)}</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/><wp:wrapNone/>` +
    `<wp:docPr id="${drawingId}" name="Garuda" descr="ตราครุฑ" title="ตราครุฑ"/>` +
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:nvPicPr><pic:cNvPr id="${drawingId}" name="Garuda"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${emblem.relationshipId}"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
  );
}

/**
 * A 1 pt paragraph before a table that would otherwise open a section. Measured with
 * LibreOffice 7.4: a section whose first element is a table loses its page break there (the
 * table runs on under the previous section's last line). The file is valid either way.
 */
const TABLE_LEAD_PARAGRAPH = `<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="${ptToTwip(1)}" w:lineRule="exact"/></w:pPr></w:p>`;

export interface SectionContext {
  readonly doc: FormattedDocument;
  readonly face: DocxFace;
  readonly emblem: PlacedEmblem | undefined;
  /** Next free number for header/footer part names and drawing ids. */
  readonly counters: { header: number; footer: number; drawing: number; relationship: number };
  readonly bands: BandPart[];
}

function bandPart(ctx: SectionContext, kind: 'header' | 'footer', type: 'default' | 'first', band: Band): BandPart {
  const number = ++ctx.counters[kind];
  const part: BandPart = { kind, type, relationshipId: `rId${String(++ctx.counters.relationship)}`, name: `${kind}${String(number)}.xml`, xml: bandXml(kind, band, ctx.face) };
  ctx.bands.push(part);
  return part;
}

function sectionPropertiesXml(ctx: SectionContext, section: FormattedSection, index: number): string {
  const { page } = section;
  const headers = section.titlePage ? [bandPart(ctx, 'header', 'default', section.header), bandPart(ctx, 'header', 'first', section.firstHeader)] : [bandPart(ctx, 'header', 'default', section.header)];
  const footers = section.titlePage ? [bandPart(ctx, 'footer', 'default', section.footer), bandPart(ctx, 'footer', 'first', section.firstFooter)] : [bandPart(ctx, 'footer', 'default', section.footer)];
  const landscape = page.orientation === 'landscape';
  const long = ptToTwip(Math.max(page.width, page.height));
  const short = ptToTwip(Math.min(page.width, page.height));
  return (
    '<w:sectPr>' +
    headers.map((h) => `<w:headerReference w:type="${h.type}" r:id="${h.relationshipId}"/>`).join('') +
    footers.map((f) => `<w:footerReference w:type="${f.type}" r:id="${f.relationshipId}"/>`).join('') +
    (index === 0 ? '' : '<w:type w:val="nextPage"/>') +
    `<w:pgSz w:w="${landscape ? long : short}" w:h="${landscape ? short : long}" w:orient="${page.orientation}"/>` +
    `<w:pgMar w:top="${ptToTwip(page.marginTop)}" w:right="${ptToTwip(page.marginRight)}" w:bottom="${ptToTwip(page.marginBottom)}" w:left="${ptToTwip(page.marginLeft)}" w:header="${ptToTwip(page.headerDistance)}" w:footer="${ptToTwip(page.footerDistance)}" w:gutter="0"/>` +
    `<w:pgNumType${section.restartNumbering ? ' w:start="1"' : ''} w:fmt="${ctx.doc.pageNumbers === 'thai' ? 'thaiNumbers' : 'decimal'}"/>` +
    (section.titlePage ? '<w:titlePg/>' : '') +
    '<w:docGrid w:linePitch="360"/>' +
    '</w:sectPr>'
  );
}

/**
 * The body XML of one section. The last section's properties close the body; every other
 * section's go into the `w:pPr` of its last paragraph (an empty paragraph after a closing
 * table), which is where Word ends a section without adding a line.
 */
export function sectionXml(ctx: SectionContext, section: FormattedSection, index: number, last: boolean): string {
  const blocks: string[] = [];
  let anchored = section.emblem === undefined || ctx.emblem === undefined;
  section.blocks.forEach((block, i) => {
    if (i === 0 && block.type === 'table') blocks.push(TABLE_LEAD_PARAGRAPH);
    // The emblem floats from the section's first flowing paragraph (never from a framed one).
    if (!anchored && block.type === 'paragraph' && block.frame === undefined && section.emblem !== undefined && ctx.emblem !== undefined) {
      blocks.push(paragraphXml(block, ctx.face, emblemXml(section.emblem, ctx.emblem, ++ctx.counters.drawing)));
      anchored = true;
      return;
    }
    blocks.push(flowBlockXml(block, ctx.face));
  });
  const properties = sectionPropertiesXml(ctx, section, index);
  if (last) return blocks.join('') + properties;
  const final = section.blocks.at(-1);
  const closing = blocks.at(-1);
  if (final?.type === 'paragraph' && closing !== undefined) {
    const at = closing.indexOf('</w:pPr>');
    blocks[blocks.length - 1] = closing.slice(0, at) + properties + closing.slice(at);
    return blocks.join('');
  }
  return `${blocks.join('')}<w:p><w:pPr>${properties}</w:pPr></w:p>`;
}
