import { UnrolledError } from '../errors.js';
import { matchUnits, SubwordSet } from './subword-match.js';
import { subwordsFileText } from './subwords-file.js';
import {
  isMixedAlphanumeric,
  prepareSubwordTokens,
  ReservedTokens,
  UNDERSCORE_ESCAPE,
  type SubwordUnit
} from './subword-units.js';
import type { SubwordPiece, Tokenizer } from './types.js';
import { decodeUtf8, utf8Bytes } from './utf8.js';

/** Ids after the subwords: one per byte value, for characters the vocabulary does not cover. */
export const BYTE_FALLBACK_IDS = 256;

const SPACE_BYTE = 0x20;
const UNDERSCORE_BYTE = 0x5f;

function bytesOf(unit: SubwordUnit): number[] {
  if (unit.kind === 'word-end') return [SPACE_BYTE];
  if (unit.kind === 'underscore') return [UNDERSCORE_BYTE];
  return utf8Bytes(unit.text);
}

// How a byte-fallback piece is shown: the character when it is one byte on its own, else its hex.
function byteLabel(byte: number, bytes: readonly number[]): string {
  if (bytes.length === 1) return String.fromCharCode(byte);
  return `<0x${byte.toString(16).toUpperCase().padStart(2, '0')}>`;
}

// Ids: 0 is padding, subwords are 1..n (a trailing "_" ends a word), then 256 byte-fallback ids,
// so any text round-trips.
/** A subword tokenizer that behaves like tfds.deprecated.text.SubwordTextEncoder. */
export class SubwordTokenizer implements Tokenizer {
  /** Always 'subword'. */
  readonly kind = 'subword' as const;
  /** The vocabulary in id order (id = position + 1); empty strings are dropped as TFDS does. */
  readonly subwords: readonly string[];
  readonly #idOf = new Map<string, number>();
  readonly #set: SubwordSet;
  readonly #reserved: ReservedTokens;

  constructor(subwords: readonly string[]) {
    this.subwords = subwords.filter((subword) => subword !== '');
    // A repeated subword keeps its last id, like the dict TFDS builds.
    this.subwords.forEach((subword, i) => this.#idOf.set(subword, i + 1));
    this.#set = new SubwordSet(this.subwords);
    // TFDS keeps subwords that mix word and non-word characters (like "<EOS>") whole when splitting text.
    this.#reserved = new ReservedTokens(this.subwords.filter(isMixedAlphanumeric));
  }

  /** 1 (padding) + subwords + 256 bytes, as TFDS's vocab_size. */
  get vocabSize(): number {
    return 1 + this.subwords.length + BYTE_FALLBACK_IDS;
  }

  /** The id of a byte-fallback byte (0..255). */
  byteId(byte: number): number {
    return 1 + this.subwords.length + byte;
  }

  /** The ids for a text, as TFDS's encode. */
  encode(text: string): number[] {
    return this.encodeWithSpans(text).map((piece) => piece.id);
  }

  /** Every piece in order: subwords with their vocabulary text ("land_"), or one piece per fallback byte. */
  encodeWithSpans(text: string): SubwordPiece[] {
    const pieces: SubwordPiece[] = [];
    for (const units of prepareSubwordTokens(text, this.#reserved)) {
      for (const { from, to, subword } of matchUnits(units, this.#set)) {
        const first = units[from];
        const last = units[to - 1];
        if (!first || !last) continue;
        const id = subword === undefined ? undefined : this.#idOf.get(subword);
        if (subword !== undefined && id !== undefined) {
          pieces.push({
            text: subword,
            id,
            start: first.start,
            end: last.end,
            oov: false,
            byteFallback: false
          });
          continue;
        }
        const bytes = bytesOf(first);
        for (const byte of bytes) {
          pieces.push({
            text: byteLabel(byte, bytes),
            id: this.byteId(byte),
            start: first.start,
            end: first.end,
            oov: true,
            byteFallback: true
          });
        }
      }
    }
    return pieces;
  }

  /** Text from ids, as TFDS's decode; 0 (padding) is skipped anywhere, runs of bytes decode as UTF-8. */
  decode(ids: readonly number[]): string {
    const parts: string[] = [];
    let bytes: number[] = [];
    const flushBytes = () => {
      if (bytes.length > 0) parts.push(decodeUtf8(bytes));
      bytes = [];
    };
    for (const id of ids) {
      if (id === 0) continue;
      if (!Number.isInteger(id) || id < 0 || id >= this.vocabSize) {
        throw new UnrolledError('bad-input', `subword id ${id} is outside [0, ${this.vocabSize})`);
      }
      const subword = this.subwords[id - 1];
      if (subword === undefined) {
        bytes.push(id - 1 - this.subwords.length);
        continue;
      }
      flushBytes();
      const wordEnd = subword.endsWith('_');
      const body = wordEnd ? subword.slice(0, -1) : subword;
      parts.push(body.replaceAll(UNDERSCORE_ESCAPE, '_') + (wordEnd ? ' ' : ''));
    }
    flushBytes();
    return parts.join('');
  }

  /** The vocabulary as a TFDS .subwords file. */
  serialize(): string {
    return subwordsFileText(this.subwords);
  }
}
