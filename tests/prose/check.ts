// The prose check: every figure a chapter prints must equal what its source names in the shipped files, at the
// precision printed, and every other number in the prose must be one the allow-list explains.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFigure, type FigureFormat } from '../../src/site/figure.js';
import { resolveSource, type FileReader } from '../../src/site/figure-sources.js';
import { readProse, type ChapterProse } from './walk.js';

/** A number the prose may write without a source, and why. */
export interface Allowed {
  pattern: RegExp;
  why: string;
  /** Only on these chapters (all when absent). */
  chapters?: string[];
}

/** The chapters whose prose is checked figure by figure, by route (/exercises has its own check in exercises.test.ts). */
export const PROSE_CHAPTERS = [
  '/',
  '/tokens',
  '/fibonacci',
  '/rnn',
  '/memory',
  '/vanishing',
  '/train',
  '/lstm',
  '/stacked',
  '/gru',
  '/models'
];

/** Numbers that are not measurements: notation, definitions and mathematics. Keep it short; each says why. */
export const ALLOWED: Allowed[] = [
  { pattern: /[tn]\s?[−+]\s?[12]\b/g, why: 'index arithmetic in notation: t−1, n−2, n+1' },
  { pattern: /\(1 − z\)/g, why: 'the GRU update written out: 1 − z' },
  { pattern: /between −1 and 1/g, why: 'the range of tanh, by definition' },
  { pattern: /between 0 and 1/g, why: 'the range of a sigmoid gate, by definition' },
  { pattern: /1 keeps it, 0 erases it/g, why: 'what the ends of a gate mean' },
  { pattern: /\b[Nn]ear [01]\b/g, why: 'the ends of a gate' },
  { pattern: /at most 1\b/g, why: 'the largest slope of tanh' },
  { pattern: /above 1 it explodes, below 1 it vanishes/g, why: 'the eigenvalue threshold' },
  { pattern: /grow past 1\b/g, why: 'the bound that h has and c has not' },
  { pattern: /\bgate at 0\b/g, why: 'a what-if clamp the reader can choose' },
  { pattern: /1, 1, 2, 3, 5, 8, 13/g, why: 'the Fibonacci sequence: mathematics, not a model' },
  { pattern: /a 1 once/g, why: "the Fibonacci network's starting impulse" },
  { pattern: /\bseed \d+/g, why: 'the name of a training run' },
  { pattern: /“unknown” id, 1\b/g, why: 'Keras reserves id 1 for the out-of-vocabulary token' }
];

/** A shipped file by its path under static/ without .json, read once. */
export function staticReader(root = 'static'): FileReader {
  const cache = new Map<string, unknown>();
  return (file) => {
    if (!cache.has(file))
      cache.set(file, JSON.parse(readFileSync(join(root, `${file}.json`), 'utf8')));
    return cache.get(file);
  };
}

/** The prerendered HTML of a chapter; throws one line when the site has not been built. */
export function builtChapter(route: string, build = process.env.PROSE_BUILD ?? 'build'): string {
  const file = join(build, route === '/' ? 'index.html' : `${route.slice(1)}.html`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: run "npm run build" before the prose check.`);
  }
}

/** Every problem in one chapter's prose, one line each (empty when its prose is true to the files). */
export function proseProblems(
  route: string,
  prose: ChapterProse,
  read: FileReader,
  allowed: readonly Allowed[] = ALLOWED
): string[] {
  const problems: string[] = [];
  for (const figure of prose.figures) {
    let expected: string;
    try {
      expected = formatFigure(resolveSource(figure.source, read), figure.format as FigureFormat);
    } catch (error) {
      problems.push(
        `${route}: "${figure.text}" names ${figure.source}: ${(error as Error).message}`
      );
      continue;
    }
    if (expected !== figure.text)
      problems.push(
        `${route}: "${figure.text}" is printed for ${figure.source}, whose files now give "${expected}"`
      );
  }
  const covered: [number, number][] = [];
  for (const entry of allowed) {
    if (entry.chapters && !entry.chapters.includes(route)) continue;
    for (const match of prose.text.matchAll(entry.pattern))
      covered.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  }
  for (const bare of prose.bare) {
    if (covered.some(([from, to]) => bare.index >= from && bare.index < to)) continue;
    problems.push(`${route}: ${bare.number} is typed without a source: “…${bare.context}…”`);
  }
  return problems;
}

/** The problems of a built chapter, read from build/ against the files `read` gives. */
export function chapterProblems(
  route: string,
  read: FileReader,
  build = process.env.PROSE_BUILD ?? 'build'
): string[] {
  return proseProblems(route, readProse(builtChapter(route, build)), read);
}
