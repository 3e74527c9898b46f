/**
 * render/pdf — the emblem as an image XObject. Decoding a PNG and compressing its pixels (and
 * alpha mask) costs more than the whole rest of a one-page letter, so each distinct image is
 * embedded once into a scratch document and copied, already compressed, into every PDF that
 * draws it; a batch passes the same bytes for every row and pays for the image once.
 */
import { PDFDocument, PDFObjectCopier, PDFStream, type PDFRef } from 'pdf-lib';

export interface EmbeddedImage {
  readonly ref: PDFRef;
  readonly width: number;
  readonly height: number;
}

interface PreparedImage {
  readonly scratch: PDFDocument;
  readonly stream: PDFStream;
  readonly width: number;
  readonly height: number;
}

const prepared = new WeakMap<Uint8Array, Promise<PreparedImage>>();

/** Thrown for bytes that are neither PNG nor JPEG, or that pdf-lib cannot decode. */
export class ImageFormatError extends Error {}

/** Adds the image to `doc` and returns its reference; throws ImageFormatError for unreadable bytes. */
export async function embedImage(doc: PDFDocument, bytes: Uint8Array): Promise<EmbeddedImage> {
  let image = prepared.get(bytes);
  if (image === undefined) {
    image = prepareImage(bytes);
    prepared.set(bytes, image);
  }
  const { scratch, stream, width, height } = await image;
  const copy = PDFObjectCopier.for(scratch.context, doc.context).copy(stream);
  return { ref: doc.context.register(copy), width, height };
}

async function prepareImage(bytes: Uint8Array): Promise<PreparedImage> {
  const scratch = await PDFDocument.create({ updateMetadata: false });
  const isPng = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  if (!isPng && !isJpeg) throw new ImageFormatError('neither PNG nor JPEG');
  try {
    const image = isPng ? await scratch.embedPng(bytes) : await scratch.embedJpg(bytes);
    await image.embed();
    const stream = scratch.context.lookup(image.ref);
    if (!(stream instanceof PDFStream)) throw new ImageFormatError('the image did not embed as a stream');
    return { scratch, stream, width: image.width, height: image.height };
  } catch (error) {
    throw new ImageFormatError(error instanceof Error ? error.message : String(error));
  }
}
