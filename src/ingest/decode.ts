// Bytes -> text, with the checks that decide whether a file is text at all.
// Pure: the caller reads the file; this only looks at the bytes it is given.
import { IngestError } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** Rejects text that is empty or not prose; returns it unchanged otherwise. */
export function checkText(text: string, file: string): string {
  if (text.replace(/^\uFEFF/, '').trim().length === 0) throw new IngestError(file, 'the file is empty');
  if (text.includes('\u0000')) throw new IngestError(file, 'the file is binary (it contains NUL bytes), not text');
  const sample = text.slice(0, 65536);
  const control = sample.match(/[\u0001-\u0008\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  if (control > sample.length * 0.05) {
    throw new IngestError(file, `the file is binary (${control} control characters in its first ${sample.length}), not text`);
  }
  return text;
}

/**
 * Decodes a file's bytes as UTF-8 and checks the text. The text keeps its BOM and line
 * breaks exactly as in the file, because every stored offset points into it.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new IngestError(file, 'the file is empty');
  if (bytes.includes(0)) throw new IngestError(file, 'the file is binary (it contains NUL bytes), not text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // Teletype-era corpora (Reuters-21578) carry the odd stray byte inside a record; the SGML
    // reader drops the replacement character, so such a file is decoded leniently.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).includes('<REUTERS')) {
      return checkText(lenient.decode(bytes), file);
    }
    const at = firstInvalidUtf8(bytes);
    throw new IngestError(file, `the file is not valid UTF-8 (bad byte 0x${bytes[at]?.toString(16)} at offset ${at})`);
  }
  return checkText(text, file);
}

/** Byte offset of the first invalid sequence: where lenient decoding first substitutes U+FFFD. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const lenient = buffer.toString('utf8');
  for (let i = lenient.indexOf('\uFFFD'); i !== -1; i = lenient.indexOf('\uFFFD', i + 1)) {
    const at = Buffer.byteLength(lenient.slice(0, i));
    // A U+FFFD written in the file itself is valid UTF-8 (EF BF BD); keep looking past it.
    if (!(buffer[at] === 0xef && buffer[at + 1] === 0xbf && buffer[at + 2] === 0xbd)) return at;
  }
  return 0;
}
