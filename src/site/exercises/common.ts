// Small helpers the exercise builders share: quoting a number with its source, picking the best item, naming models.
import type { FigureLink, Quote } from './types.js';

/** A printed number with the value and source it came from. */
export function quote(value: number, shown: (value: number) => string, source: string): Quote {
  return { text: shown(value), value, source };
}

/** A whole number as printed on the site: 98881 → "98,881". */
export const whole = (value: number) => value.toLocaleString('en-US');

/** The mean of some numbers (0 for none). */
export const mean = (values: readonly number[]) =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0;

/** The item with the highest score (lowest = true: the lowest); the first on a tie. */
export function argBest<T>(
  items: readonly T[],
  score: (item: T) => number,
  lowest = false
): T | undefined {
  let best: T | undefined;
  for (const item of items)
    if (best === undefined || (lowest ? score(item) < score(best) : score(item) > score(best)))
      best = item;
  return best;
}

/** How the memory models are named in questions. */
export const CELL_NAMES: Record<string, string> = {
  'memory-rnn': 'Plain RNN',
  'memory-lstm': 'LSTM',
  'memory-gru': 'GRU'
};

/** The query and hash of a figure link, e.g. "?step=4&unit=all" (the page puts the resolved path before it). */
export function linkSuffix(link: FigureLink): string {
  const query = new URLSearchParams(
    Object.entries(link.query).map(([key, value]) => [key, String(value)])
  ).toString();
  return `${query ? `?${query}` : ''}${link.hash ? `#${link.hash}` : ''}`;
}

/** The href of a figure link, without the site's base path. */
export const linkHref = (link: FigureLink) => link.path + linkSuffix(link);

/** A step as the chapters' controls say it: 1-based, with its token, e.g. 'step 4 (“Ireland”)'. */
export function stepText(step: number, token: string | undefined): string {
  return `step ${step + 1}${token ? ` (“${token.trim()}”)` : ''}`;
}

/** Options in a fixed order that does not give the answer away: sorted by their text. */
export const shuffled = (options: readonly string[]) =>
  [...options].sort((a, b) => a.localeCompare(b));
