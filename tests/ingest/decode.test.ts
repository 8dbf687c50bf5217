import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/ingest/decode.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeSource', () => {
  it('returns UTF-8 text unchanged, BOM included, so offsets match the file', () => {
    const text = '\uFEFFTitle\r\n\r\n“Quoted,” she said.';
    expect(decodeSource(new TextEncoder().encode(text), 'a.txt')).toBe(text);
  });

  it('rejects empty, binary and non-UTF-8 files with the reason', () => {
    expect(() => decodeSource(bytes(), 'empty.txt')).toThrow('empty.txt: the file is empty');
    expect(() => decodeSource(new TextEncoder().encode(' \n\t\n'), 'blank.txt')).toThrow('blank.txt: the file is empty');
    expect(() => decodeSource(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), 'image.png')).toThrow(
      'image.png: the file is binary (it contains NUL bytes), not text',
    );
    // "café" in Latin-1: 0xE9 is not valid UTF-8 on its own.
    expect(() => decodeSource(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x78), 'latin1.txt')).toThrow(
      'latin1.txt: the file is not valid UTF-8 (bad byte 0xe9 at offset 3)',
    );
  });
});
