// How a sentence's words break into subword pieces: words in rows, their pieces as chips with ids under them.
import type { TableData } from '../table-data.js';

/** A piece as the tokenizers' encodeWithSpans report it (only these fields are read). */
export interface SplitPiece {
  /** The piece as the vocabulary holds it, e.g. "Ire" or "land_". */
  text: string;
  /** The id the model receives (-1 when the word reaches the model as nothing). */
  id: number;
  /** First UTF-16 index in the sentence. */
  start: number;
  /** One past the last UTF-16 index in the sentence. */
  end: number;
  /** True when the piece is one byte of a character the vocabulary does not cover. */
  byteFallback?: boolean;
  /** True when the vocabulary did not know the piece. */
  oov?: boolean;
}

/** A word of the sentence and the pieces (by index) that spell it. */
export interface SplitWord {
  /** The word as typed. */
  text: string;
  /** First UTF-16 index in the sentence. */
  start: number;
  /** One past its last UTF-16 index. */
  end: number;
  /** Indices into the piece list, in order. */
  pieces: number[];
}

// Runs of letters, marks, digits, apostrophes and "_" are words; other runs of non-space characters
// (punctuation, emoji) are words of their own.
const WORDS = /[\p{L}\p{M}\p{N}'’_]+|[^\s\p{L}\p{M}\p{N}'’_]+/gu;

function firstVisible(sentence: string, piece: SplitPiece): number {
  for (let i = piece.start; i < piece.end; i++) {
    if (!/\s/.test(sentence[i] ?? ' ')) return i;
  }
  return -1;
}

/** Groups pieces under the words they spell: by their first non-space character; spaces join the word before. */
export function splitWords(sentence: string, pieces: readonly SplitPiece[]): SplitWord[] {
  const words: SplitWord[] = [...sentence.matchAll(WORDS)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    pieces: []
  }));
  const orphans: number[] = [];
  pieces.forEach((piece, index) => {
    const at = firstVisible(sentence, piece);
    let word = at < 0 ? undefined : words.find((w) => at >= w.start && at < w.end);
    if (!word) word = words.findLast((w) => w.start <= piece.start);
    if (word) word.pieces.push(index);
    else orphans.push(index);
  });
  // Pieces before the first word (leading spaces) belong to it.
  words[0]?.pieces.unshift(...orphans);
  return words;
}

/** For each piece index, the other words (by text) that use the same id, when two or more words share it. */
export function sharedPieces(
  words: readonly SplitWord[],
  pieces: readonly SplitPiece[]
): Map<number, string[]> {
  const wordsById = new Map<number, Set<string>>();
  for (const word of words) {
    for (const index of word.pieces) {
      const piece = pieces[index];
      // A byte is shared by every word that falls back to it: that says nothing about meaning.
      if (!piece || piece.byteFallback || piece.id < 0) continue;
      const set = wordsById.get(piece.id) ?? new Set<string>();
      set.add(word.text);
      wordsById.set(piece.id, set);
    }
  }
  const shared = new Map<number, string[]>();
  for (const word of words) {
    for (const index of word.pieces) {
      const users = wordsById.get(pieces[index]?.id ?? -1);
      if (users && users.size > 1) {
        shared.set(
          index,
          [...users].filter((text) => text !== word.text)
        );
      }
    }
  }
  return shared;
}

/** A piece's text as drawn: spaces made visible. */
export function pieceLabel(text: string): string {
  return text.length === 0 ? '\u2205' : text.replace(/ /g, '\u2423');
}

/** One piece chip. */
export interface PieceChip {
  /** Index in the piece list (the token step). */
  index: number;
  /** Left edge. */
  x: number;
  /** Width. */
  width: number;
  /** Text drawn in the chip. */
  label: string;
  /** The id drawn under it. */
  idText: string;
  /** Other words that hold the same piece (empty when not shared). */
  sharedWith: string[];
  /** True for a byte-fallback piece. */
  byteFallback: boolean;
  /** True for a piece the vocabulary did not know. */
  oov: boolean;
}

/** A word (or the part of one that fits on a row) with its chips. */
export interface WordBlock {
  /** Index of the word. */
  word: number;
  /** The word's text as drawn (shortened when it cannot fit); '' on a continued row. */
  label: string;
  /** Left edge. */
  x: number;
  /** Top of the row. */
  y: number;
  /** Width of the block. */
  width: number;
  /** The bracket under the word that spans its pieces. */
  bracket: string;
  /** The chips. */
  chips: PieceChip[];
}

/** Everything SubwordSplit draws. */
export interface SplitLayout {
  /** Width of the drawing. */
  width: number;
  /** Height of the drawing. */
  height: number;
  /** Word blocks in reading order. */
  blocks: WordBlock[];
  /** Offsets inside a row: word baseline, chip top, chip height, chip text baseline, id baseline. */
  row: { word: number; chipY: number; chipHeight: number; chipText: number; id: number };
}

/** Monospace character widths at the font sizes used (0.6 em), so text can be measured without a DOM. */
export const SPLIT_FONT = { word: 13, chip: 13, id: 11, charEm: 0.6 };
const PAD = 6;
const GAP = 4;
const WORD_GAP = 14;
const MARGIN = 4;
const ROW = { word: 14, chipY: 26, chipHeight: 22, chipText: 41, id: 62 };
const ROW_HEIGHT = 74;

function textWidth(text: string, size: number): number {
  return [...text].length * size * SPLIT_FONT.charEm;
}

function chipFor(
  piece: SplitPiece,
  index: number,
  shared: Map<number, string[]>
): Omit<PieceChip, 'x'> {
  const label = pieceLabel(piece.text);
  const idText = piece.id < 0 ? '—' : String(piece.id);
  const width =
    Math.max(textWidth(label, SPLIT_FONT.chip), textWidth(idText, SPLIT_FONT.id)) + 2 * PAD;
  return {
    index,
    width,
    label,
    idText,
    sharedWith: shared.get(index) ?? [],
    byteFallback: piece.byteFallback === true,
    oov: piece.oov === true
  };
}

function shortenTo(text: string, width: number): string {
  const max = Math.max(1, Math.floor(width / (SPLIT_FONT.word * SPLIT_FONT.charEm)));
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Lays the words out in rows that fit `width`; a word too long for a row continues on the next. */
export function splitLayout(
  sentence: string,
  pieces: readonly SplitPiece[],
  width: number
): SplitLayout {
  const words = splitWords(sentence, pieces);
  const shared = sharedPieces(words, pieces);
  const usable = Math.max(80, width - 2 * MARGIN);
  const blocks: WordBlock[] = [];
  let x = MARGIN;
  let y = MARGIN;
  let widest = 0;
  const place = (block: Omit<WordBlock, 'x' | 'y' | 'bracket'>) => {
    if (x > MARGIN && x + block.width > MARGIN + usable) {
      x = MARGIN;
      y += ROW_HEIGHT;
    }
    const chips = block.chips.map((chip) => ({ ...chip, x: chip.x + x }));
    const bracketY = y + ROW.word + 5;
    const bracket = block.label === '' ? '' : `M${x + 1},${bracketY}v4H${x + block.width - 1}v-4`;
    blocks.push({ ...block, chips, x, y, bracket });
    x += block.width + WORD_GAP;
    widest = Math.max(widest, x - WORD_GAP);
  };
  words.forEach((word, w) => {
    let segment: PieceChip[] = [];
    let used = 0;
    let first = true;
    const flush = () => {
      const labelWidth = first ? textWidth(word.text, SPLIT_FONT.word) : 0;
      const chipsWidth = Math.max(0, used - GAP);
      const blockWidth = Math.min(usable, Math.max(labelWidth, chipsWidth, 8));
      // Centre the chips under a longer word.
      const shift = (blockWidth - chipsWidth) / 2;
      place({
        word: w,
        label: first ? shortenTo(word.text, usable) : '',
        width: blockWidth,
        chips: segment.map((chip) => ({ ...chip, x: chip.x + Math.max(0, shift) }))
      });
      segment = [];
      used = 0;
      first = false;
    };
    for (const index of word.pieces) {
      const piece = pieces[index];
      if (!piece) continue;
      const chip = chipFor(piece, index, shared);
      if (used > 0 && used + chip.width > usable) flush();
      segment.push({ ...chip, x: used });
      used += chip.width + GAP;
    }
    flush();
  });
  return {
    width: Math.max(widest + MARGIN, Math.min(width, 120)),
    height: y + ROW_HEIGHT,
    blocks,
    row: ROW
  };
}

function pieceList(word: SplitWord, pieces: readonly SplitPiece[]): string {
  if (word.pieces.length === 0) return 'no piece';
  return word.pieces
    .map((index) => {
      const piece = pieces[index];
      return piece ? `${pieceLabel(piece.text)} (${piece.id < 0 ? 'dropped' : piece.id})` : '';
    })
    .join(' + ');
}

/** The numbers behind the figure: one row per piece with its word, id, span and flags. */
export function splitData(sentence: string, pieces: readonly SplitPiece[]): TableData {
  const words = splitWords(sentence, pieces);
  const shared = sharedPieces(words, pieces);
  const rows: TableData['rows'] = [];
  for (const word of words) {
    for (const index of word.pieces) {
      const piece = pieces[index];
      if (!piece) continue;
      rows.push([
        word.text,
        piece.text,
        piece.id,
        piece.start,
        piece.end,
        (shared.get(index) ?? []).join(' '),
        piece.byteFallback === true
      ]);
    }
  }
  return {
    columns: ['word', 'piece', 'id', 'start', 'end', 'also in', 'byte fallback'],
    rows
  };
}

/** A text alternative: every word → its pieces (up to `limit` words), then which pieces are shared and why that matters. */
export function describeSubwordSplit(
  sentence: string,
  pieces: readonly SplitPiece[],
  limit = 40
): string {
  const words = splitWords(sentence, pieces);
  if (words.length === 0) return 'No words.';
  const shared = sharedPieces(words, pieces);
  const listed = words.slice(0, limit).map((word) => `${word.text} → ${pieceList(word, pieces)}`);
  const lines = [
    `${words.length} word${words.length === 1 ? '' : 's'} in ${pieces.length} piece${pieces.length === 1 ? '' : 's'} (ids in brackets): ${listed.join('; ')}${words.length > limit ? `; and ${words.length - limit} more words (see the numbers)` : ''}.`
  ];
  const seen = new Set<number>();
  const sharedLines: string[] = [];
  for (const [index, others] of shared) {
    const piece = pieces[index];
    if (!piece || seen.has(piece.id)) continue;
    seen.add(piece.id);
    const owner = words.find((word) => word.pieces.includes(index))?.text ?? '';
    sharedLines.push(
      `"${pieceLabel(piece.text)}" (${piece.id}) is in ${[owner, ...others].join(', ')}`
    );
  }
  if (sharedLines.length > 0) {
    lines.push(
      `Shared pieces: ${sharedLines.join('; ')}. The model receives the same id for each, so a piece on its own cannot say which word it came from: the meaning is only in the sequence of pieces.`
    );
  }
  const spelled = words.filter((word) =>
    word.pieces.some((index) => pieces[index]?.byteFallback === true)
  );
  if (spelled.length > 0) {
    lines.push(
      `Spelled with byte fallback (not in the vocabulary): ${spelled.map((word) => word.text).join(', ')}.`
    );
  }
  return lines.join(' ');
}
