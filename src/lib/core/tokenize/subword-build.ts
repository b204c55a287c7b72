import { UnrolledError } from '../errors.js';
import { matchUnits, SubwordSet } from './subword-match.js';
import { BYTE_FALLBACK_IDS, SubwordTokenizer } from './subword-tokenizer.js';
import {
  isMixedAlphanumeric,
  prepareSubwordTokens,
  ReservedTokens,
  UNDERSCORE_ESCAPE,
  unitLength,
  type SubwordUnit
} from './subword-units.js';
import { utf8Bytes } from './utf8.js';

/** Options of buildFromCorpus, with TFDS's defaults. */
export interface BuildOptions {
  /** Longest subword, in characters. Default 20. */
  maxSubwordLength?: number;
  /** Tokens kept whole and given the first ids, like "<EOS>": must mix word and non-word characters and not end in "_". */
  reservedTokens?: readonly string[];
  /** Read at most this many characters of the corpus. Default: all. */
  maxCorpusChars?: number;
}

// Refinement passes per vocabulary, as in TFDS.
const ITERATIONS = 4;

interface TokenCount {
  units: SubwordUnit[];
  count: number;
}

function check(target: number, maxLength: number, reserved: readonly string[]): void {
  const minimum = BYTE_FALLBACK_IDS + 2;
  if (!Number.isInteger(target) || target < minimum) {
    throw new UnrolledError(
      'bad-input',
      `targetVocabSize must be a whole number ≥ ${minimum}, not ${target}`
    );
  }
  if (!Number.isInteger(maxLength) || maxLength <= 0) {
    throw new UnrolledError(
      'bad-input',
      `maxSubwordLength must be a whole number > 0, not ${maxLength}`
    );
  }
  for (const token of reserved) {
    if (token.endsWith('_') || !isMixedAlphanumeric(token)) {
      throw new UnrolledError(
        'bad-input',
        `reserved token ${JSON.stringify(token)} must mix word and non-word characters (like "<EOS>") and not end in "_"`
      );
    }
  }
  if (new Set(reserved).size !== reserved.length) {
    throw new UnrolledError('bad-input', 'reserved tokens must not repeat');
  }
}

function* limitChars(texts: Iterable<string>, maxChars: number | undefined): Generator<string> {
  if (maxChars === undefined) {
    yield* texts;
    return;
  }
  let left = maxChars;
  for (const text of texts) {
    if (left <= 0) return;
    const chars = [...text];
    yield chars.length > left ? chars.slice(0, left).join('') : text;
    left -= chars.length;
  }
}

function tokenCounts(texts: Iterable<string>, reserved: readonly string[], maxChars?: number) {
  const matcher = new ReservedTokens(reserved);
  const counts = new Map<string, TokenCount>();
  for (const text of limitChars(texts, maxChars)) {
    for (const units of prepareSubwordTokens(text, matcher)) {
      const key = units.map((unit) => unit.text).join('');
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { units, count: 1 });
    }
  }
  return [...counts.values()];
}

// Python compares strings by code point; JS's < compares UTF-16 units, which differs above U+FFFF.
function compareCodePoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = (left[i]?.codePointAt(0) ?? 0) - (right[i]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

// Candidates are every run of units from the start of each current piece, up to maxLength characters.
function countCandidates(
  tokens: readonly TokenCount[],
  vocabulary: readonly string[],
  maxLength: number
) {
  const known = new SubwordSet(vocabulary);
  const counts = new Map<string, number>();
  for (const { units, count } of tokens) {
    for (const { from } of matchUnits(units, known)) {
      let text = '';
      let length = 0;
      for (let to = from; to < units.length; to++) {
        const unit = units[to];
        if (!unit) break;
        length += unitLength(unit);
        if (length > maxLength) break;
        text += unit.text;
        counts.set(text, (counts.get(text) ?? 0) + count);
      }
    }
  }
  return counts;
}

function keepable(subword: string, reserved: ReadonlySet<string>): boolean {
  // Single bytes are always in the vocabulary as fallback ids; a lone escape always encodes as its
  // byte; a newline could not be written to the .subwords file; reserved tokens are already first.
  return (
    utf8Bytes(subword).length > 1 &&
    subword !== UNDERSCORE_ESCAPE &&
    !subword.includes('\n') &&
    !reserved.has(subword)
  );
}

function buildOnce(
  tokens: readonly TokenCount[],
  minCount: number,
  maxLength: number,
  reserved: readonly string[]
) {
  const reservedSet = new Set(reserved);
  let subwords = [...reserved];
  for (let pass = 0; pass < ITERATIONS; pass++) {
    const counts = countCandidates(tokens, subwords, maxLength);
    const byLength = [...counts.keys()]
      .filter((subword) => (counts.get(subword) ?? 0) >= minCount && keepable(subword, reservedSet))
      .map((subword) => ({ subword, chars: [...subword] }))
      .sort((a, b) => b.chars.length - a.chars.length);
    // Longest first: taking a subword takes its count away from its prefixes, which are shorter.
    const chosen: { subword: string; count: number }[] = [];
    for (const { subword, chars } of byLength) {
      const count = counts.get(subword) ?? 0;
      if (count < minCount) continue;
      chosen.push({ subword, count });
      for (let end = 1; end < chars.length; end++) {
        const prefix = chars.slice(0, end).join('');
        const prefixCount = counts.get(prefix);
        if (prefixCount !== undefined) counts.set(prefix, prefixCount - count);
      }
    }
    chosen.sort((a, b) => b.count - a.count || compareCodePoints(b.subword, a.subword));
    subwords = [...reserved, ...chosen.map(({ subword }) => subword)];
  }
  return new SubwordTokenizer(subwords);
}

// As TFDS: a binary search over the minimum count a subword needs, stopping within 1% of the target
// or returning the closest size tried. A small corpus may not be able to fill the target.
/** Builds a subword vocabulary near targetVocabSize from a corpus, as TFDS's build_from_corpus (deterministic). */
export function buildFromCorpus(
  texts: Iterable<string>,
  targetVocabSize: number,
  options: BuildOptions = {}
): SubwordTokenizer {
  const { maxSubwordLength = 20, reservedTokens = [], maxCorpusChars } = options;
  check(targetVocabSize, maxSubwordLength, reservedTokens);
  const tokens = tokenCounts(texts, reservedTokens, maxCorpusChars);
  if (tokens.length === 0) return new SubwordTokenizer([...reservedTokens]);
  const build = (minCount: number) => buildOnce(tokens, minCount, maxSubwordLength, reservedTokens);
  const distance = (tokenizer: SubwordTokenizer) => Math.abs(tokenizer.vocabSize - targetVocabSize);

  const search = (low: number, high: number): SubwordTokenizer => {
    const middle = Math.floor((low + high) / 2);
    const tokenizer = build(middle);
    const closeEnough = distance(tokenizer) * 100 < targetVocabSize;
    if (closeEnough || low >= high || middle <= 1) return tokenizer;
    const next =
      tokenizer.vocabSize > targetVocabSize ? search(middle + 1, high) : search(low, middle - 1);
    return distance(tokenizer) < distance(next) ? tokenizer : next;
  };
  let lowest = Infinity;
  let highest = 0;
  for (const { count } of tokens) {
    lowest = Math.min(lowest, count);
    highest = Math.max(highest, count);
  }
  return search(Math.max(lowest, 1), highest);
}
