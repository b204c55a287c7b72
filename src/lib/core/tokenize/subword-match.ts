import { UNDERSCORE_ESCAPE, unitLength, type SubwordUnit } from './subword-units.js';

/** A run of units covered by one vocabulary subword, or (subword undefined) one unit left to byte fallback. */
export interface UnitMatch {
  /** Index of the first unit covered. */
  from: number;
  /** One past the last unit covered. */
  to: number;
  /** The vocabulary subword, or undefined for byte fallback. */
  subword: string | undefined;
}

/** A set of subwords ready for greedy matching: membership, every prefix, and the longest length. */
export class SubwordSet {
  readonly #subwords: ReadonlySet<string>;
  // Every prefix of every subword, so a match attempt stops as soon as no longer subword can follow.
  readonly #prefixes = new Set<string>();
  /** The longest subword, in code points (at least the escape's 7, as in TFDS). */
  readonly maxLength: number;

  constructor(subwords: Iterable<string>) {
    this.#subwords = new Set(subwords);
    let longest = UNDERSCORE_ESCAPE.length;
    for (const subword of this.#subwords) {
      for (let end = 1; end <= subword.length; end++) this.#prefixes.add(subword.slice(0, end));
      longest = Math.max(longest, [...subword].length);
    }
    this.maxLength = longest;
  }

  /** True when the text is a subword. */
  has(text: string): boolean {
    return this.#subwords.has(text);
  }

  /** True when some subword starts with the text. */
  hasPrefix(text: string): boolean {
    return this.#prefixes.has(text);
  }
}

// Matches end only between units, so a subword never splits an escaped "_" (TFDS could, and then
// decoded wrongly); a lone escaped "_" always falls back to its byte, as in TFDS.
/** Greedy longest match of units against a vocabulary, left to right (TFDS's _token_to_subwords). */
export function matchUnits(units: readonly SubwordUnit[], vocabulary: SubwordSet): UnitMatch[] {
  const matches: UnitMatch[] = [];
  for (let from = 0; from < units.length;) {
    let text = '';
    let length = 0;
    let best = -1;
    let bestText = '';
    for (let to = from; to < units.length; to++) {
      const unit = units[to];
      if (!unit) break;
      length += unitLength(unit);
      text += unit.text;
      if (length > vocabulary.maxLength || !vocabulary.hasPrefix(text)) break;
      if (text !== UNDERSCORE_ESCAPE && vocabulary.has(text)) {
        best = to + 1;
        bestText = text;
      }
    }
    if (best > 0) {
      matches.push({ from, to: best, subword: bestText });
      from = best;
    } else {
      matches.push({ from, to: from + 1, subword: undefined });
      from += 1;
    }
  }
  return matches;
}
