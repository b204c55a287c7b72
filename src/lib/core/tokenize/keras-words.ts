/** How a Keras Tokenizer cuts text into words (its constructor arguments of the same names). */
export interface KerasTextOptions {
  /** Characters replaced by `split` before splitting. */
  filters: string;
  /** Lower-case the text first. */
  lower: boolean;
  /** The separator words are split on. */
  split: string;
  /** Every character is a token (filters are then not applied, as in Keras). */
  charLevel: boolean;
}

/** One word Keras would produce, with the UTF-16 span of the original text it came from. */
export interface WordSpan {
  /** The word as Keras looks it up (lower-cased, filtered). */
  word: string;
  /** First UTF-16 index in the original text. */
  start: number;
  /** One past the last UTF-16 index in the original text. */
  end: number;
}

// The text Keras works on after lower() and translate(), with, for every UTF-16 unit of it, the
// span of the original character it came from.
interface Normalised {
  text: string;
  from: number[];
  to: number[];
}

function normalise(text: string, options: KerasTextOptions): Normalised {
  const filters = new Set(options.charLevel ? [] : [...options.filters]);
  // Whole-string lower-casing gets the final sigma right; per-character lengths align it with the
  // original, because that context rule never changes a length.
  const lowered = options.lower ? text.toLowerCase() : text;
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (let i = 0; i < text.length;) {
    const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const original = text.slice(i, i + width);
    const length = options.lower ? original.toLowerCase().length : width;
    for (const char of lowered.slice(at, at + length)) {
      const kept = filters.has(char) ? options.split : char;
      out.push(kept);
      for (let unit = 0; unit < kept.length; unit++) {
        from.push(i);
        to.push(i + width);
      }
    }
    at += length;
    i += width;
  }
  return { text: out.join(''), from, to };
}

function span(normalised: Normalised, first: number, afterLast: number): WordSpan {
  return {
    word: normalised.text.slice(first, afterLast),
    start: normalised.from[first] ?? 0,
    end: normalised.to[afterLast - 1] ?? 0
  };
}

/** Keras's text_to_word_sequence (or its char_level split), each word with its span in the original text. */
export function kerasWordSpans(text: string, options: KerasTextOptions): WordSpan[] {
  const normalised = normalise(text, options);
  const words: WordSpan[] = [];
  if (options.charLevel) {
    for (let i = 0; i < normalised.text.length;) {
      const width = (normalised.text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      words.push(span(normalised, i, i + width));
      i += width;
    }
    return words;
  }
  // Python's str.split(sep): cut at each occurrence, left to right; Keras then drops empty words.
  for (let at = 0; at <= normalised.text.length;) {
    const found = normalised.text.indexOf(options.split, at);
    const end = found === -1 ? normalised.text.length : found;
    if (end > at) words.push(span(normalised, at, end));
    if (found === -1) break;
    at = found + options.split.length;
  }
  return words;
}

/** The words alone, as Keras's text_to_word_sequence returns them (a fast path for fitting large corpora). */
export function kerasWords(text: string, options: KerasTextOptions): string[] {
  const lowered = options.lower ? text.toLowerCase() : text;
  if (options.charLevel) return [...lowered];
  const filtered =
    options.filters === ''
      ? lowered
      : lowered.replace(filterPattern(options.filters), () => options.split);
  return filtered.split(options.split).filter((word) => word !== '');
}

function filterPattern(filters: string): RegExp {
  const chars = [...filters].map((char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
  return new RegExp(`[${chars.join('')}]`, 'gu');
}
