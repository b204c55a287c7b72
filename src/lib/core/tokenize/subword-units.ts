/** What a "_" typed by the user becomes inside subwords, where a bare "_" means "end of word" (TFDS's rule). */
export const UNDERSCORE_ESCAPE = '\\&undsc';

/** A character of the text, a user's "_" (escaped), or the word-end mark that stands for one following space. */
export type SubwordUnitKind = 'char' | 'underscore' | 'word-end';

/** The smallest thing a subword can cover: its text in the vocabulary's alphabet and its span in the original. */
export interface SubwordUnit {
  /** The character, UNDERSCORE_ESCAPE for a "_", or "_" for the word end. */
  text: string;
  /** What the unit stands for. */
  kind: SubwordUnitKind;
  /** First UTF-16 index in the original text. */
  start: number;
  /** One past the last UTF-16 index in the original text. */
  end: number;
}

// Python's \w in Unicode mode: str.isalnum() or "_". Combining marks are not word characters there.
const WORD_CHAR = /^[\p{L}\p{N}_]$/u;

/** True for a character Python's regex \w matches (letters, digits, "_"). */
export function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char);
}

/** True when the text has both word and non-word characters (TFDS's is_mixed_alphanum), like "<EOS>". */
export function isMixedAlphanumeric(text: string): boolean {
  let word = false;
  let other = false;
  for (const char of text) {
    if (isWordChar(char)) word = true;
    else other = true;
  }
  return word && other;
}

/** Finds reserved tokens in text: at each position the longest one that starts there. */
export class ReservedTokens {
  readonly #byFirstUnit = new Map<number, string[]>();

  constructor(tokens: Iterable<string>) {
    for (const token of new Set(tokens)) {
      if (token === '') continue;
      const first = token.charCodeAt(0);
      const list = this.#byFirstUnit.get(first) ?? [];
      list.push(token);
      this.#byFirstUnit.set(first, list);
    }
    for (const list of this.#byFirstUnit.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest reserved token starting at `at` and ending by `limit`, if any. */
  matchAt(text: string, at: number, limit: number): string | undefined {
    const candidates = this.#byFirstUnit.get(text.charCodeAt(at));
    return candidates?.find((token) => at + token.length <= limit && text.startsWith(token, at));
  }
}

interface RawToken {
  text: string;
  start: number;
  // The first half of a typed UNDERSCORE_ESCAPE never takes the following space (TFDS splits it that way).
  takesSpace: boolean;
}

// TFDS's Tokenizer(alphanum_only=False): reserved tokens first, then runs of word / non-word characters.
// A typed UNDERSCORE_ESCAPE is cut out before anything else and split in two ("\&", "undsc"), so that
// no token ever holds it and decoding can turn every escape back into "_".
function rawTokens(text: string, reserved: ReservedTokens): RawToken[] {
  const tokens: RawToken[] = [];
  let segmentStart = 0;
  while (segmentStart <= text.length) {
    const escape = text.indexOf(UNDERSCORE_ESCAPE, segmentStart);
    const segmentEnd = escape === -1 ? text.length : escape;
    scanSegment(text, segmentStart, segmentEnd, reserved, tokens);
    if (escape === -1) break;
    tokens.push({ text: '\\&', start: escape, takesSpace: false });
    tokens.push({ text: 'undsc', start: escape + 2, takesSpace: true });
    segmentStart = escape + UNDERSCORE_ESCAPE.length;
  }
  return tokens;
}

function scanSegment(
  text: string,
  from: number,
  to: number,
  reserved: ReservedTokens,
  out: RawToken[]
) {
  let runStart = -1;
  let runIsWord = false;
  const endRun = (at: number) => {
    if (runStart >= 0)
      out.push({ text: text.slice(runStart, at), start: runStart, takesSpace: true });
    runStart = -1;
  };
  for (let i = from; i < to;) {
    const hit = reserved.matchAt(text, i, to);
    if (hit !== undefined) {
      endRun(i);
      out.push({ text: hit, start: i, takesSpace: true });
      i += hit.length;
      continue;
    }
    const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const isWord = isWordChar(text.slice(i, i + width));
    if (runStart >= 0 && isWord !== runIsWord) endRun(i);
    if (runStart < 0) {
      runStart = i;
      runIsWord = isWord;
    }
    i += width;
  }
  endRun(to);
}

function unitsOf(token: RawToken): SubwordUnit[] {
  const units: SubwordUnit[] = [];
  for (let i = 0; i < token.text.length;) {
    const width = (token.text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const char = token.text.slice(i, i + width);
    const start = token.start + i;
    units.push(
      char === '_'
        ? { text: UNDERSCORE_ESCAPE, kind: 'underscore', start, end: start + 1 }
        : { text: char, kind: 'char', start, end: start + width }
    );
    i += width;
  }
  return units;
}

/** TFDS's tokenize + _prepare_tokens_for_encode: tokens of units; one following space becomes a word end ("hello_"). */
export function prepareSubwordTokens(text: string, reserved: ReservedTokens): SubwordUnit[][] {
  const tokens = rawTokens(text, reserved);
  const prepared: SubwordUnit[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const units = unitsOf(token);
    const next = tokens[i + 1];
    if (token.takesSpace && next?.text === ' ') {
      units.push({ text: '_', kind: 'word-end', start: next.start, end: next.start + 1 });
      i += 1;
    }
    prepared.push(units);
  }
  return prepared;
}

/** How many characters (code points) a unit adds to a subword: the escape counts as its 7 characters. */
export function unitLength(unit: SubwordUnit): number {
  return unit.kind === 'underscore' ? UNDERSCORE_ESCAPE.length : 1;
}
