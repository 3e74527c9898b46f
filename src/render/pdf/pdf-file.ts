/**
 * render/pdf — the file structure of a PDF: numbered indirect objects (dictionaries and
 * streams written as PDF syntax by the callers), the cross-reference table and the trailer.
 * Only ASCII is written outside stream data; text goes in hex strings (pdfTextString).
 */
import { utf16BeHex } from './pdf-syntax.js';

const encoder = new TextEncoder();

type Body = { readonly dict: string } | { readonly dict: string; readonly data: Uint8Array };

export class PdfFile {
  private readonly bodies: (Body | undefined)[] = [undefined];

  /** A new object number, to be filled later with `put` (for objects referred to before they are written). */
  reserve(): number {
    this.bodies.push(undefined);
    return this.bodies.length - 1;
  }

  /** Writes a dictionary (or any direct object) as object `number`. */
  put(number: number, dict: string): void {
    this.bodies[number] = { dict };
  }

  /** Writes a stream as object `number`; `dict` holds its entries without << >> and without /Length. */
  putStream(number: number, dict: string, data: Uint8Array): void {
    this.bodies[number] = { dict, data };
  }

  add(dict: string): number {
    const number = this.reserve();
    this.put(number, dict);
    return number;
  }

  addStream(dict: string, data: Uint8Array): number {
    const number = this.reserve();
    this.putStream(number, dict, data);
    return number;
  }

  /** The whole file; every reserved object must have been written. */
  bytes(root: number, info: number, id: string): Uint8Array {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const push = (chunk: Uint8Array): void => {
      chunks.push(chunk);
      length += chunk.length;
    };
    // The binary comment marks the file as binary for transfer programs (PDF 32000 §7.5.2).
    push(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
    const offsets: number[] = [];
    for (let number = 1; number < this.bodies.length; number++) {
      const body = this.bodies[number];
      if (body === undefined) throw new Error(`PDF object ${String(number)} was reserved but never written`);
      offsets[number] = length;
      if ('data' in body) {
        push(encoder.encode(`${String(number)} 0 obj\n<<${body.dict} /Length ${String(body.data.length)}>>\nstream\n`));
        push(body.data);
        push(encoder.encode('\nendstream\nendobj\n'));
      } else {
        push(encoder.encode(`${String(number)} 0 obj\n${body.dict}\nendobj\n`));
      }
    }
    const xrefAt = length;
    let xref = `xref\n0 ${String(this.bodies.length)}\n0000000000 65535 f \n`;
    for (let number = 1; number < this.bodies.length; number++) xref += `${String(offsets[number]).padStart(10, '0')} 00000 n \n`;
    xref += `trailer\n<< /Size ${String(this.bodies.length)} /Root ${String(root)} 0 R /Info ${String(info)} 0 R /ID [ <${id}> <${id}> ] >>\nstartxref\n${String(xrefAt)}\n%%EOF\n`;
    push(encoder.encode(xref));
    const out = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** `R` reference syntax. */
export function ref(number: number): string {
  return `${String(number)} 0 R`;
}

/** A text string: literal when plain printable ASCII, else UTF-16BE hex with a byte-order mark. */
export function pdfTextString(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) && !/[()\\]/.test(text) ? `(${text})` : `<${utf16BeHex(text)}>`;
}

/** A PDF date string `(D:YYYYMMDDHHmmSSZ)` in UTC. */
export function pdfDate(date: Date): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `(D:${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z)`;
}
