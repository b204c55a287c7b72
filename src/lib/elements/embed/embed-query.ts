// From an embed URL's query to the attributes of its element. Query values are data: each is checked against
// what its attribute allows and later only ever set with setAttribute, never parsed as markup.
import { MAX_SENTENCE_CHARACTERS } from '../../core/model-input.js';
import { SHIPPED_MODELS } from '../../core/site-sentences.js';
import type { EmbedComponent } from './components.js';

/** The longest title kept, in characters. */
export const MAX_TITLE_CHARACTERS = 120;
/** The longest URL kept, in characters. */
const MAX_URL_CHARACTERS = 2048;
/** The most models a comparison may name. */
const MAX_MODELS = 6;

const QUANTITIES = ['h', 'c', 'input', 'forget', 'candidate', 'output', 'update', 'reset'];
const SORTS = ['index', 'change', 'final', 'mean'];
const THEMES = ['light', 'dark', 'auto'];
const shipped: readonly string[] = SHIPPED_MODELS;

/** The element's attributes, whether the text was cut, and the query names that were left out. */
export interface EmbedAttributes {
  /** Attribute name → value, in the order the query gave them ('' for a boolean attribute). */
  attributes: Record<string, string>;
  /** True when `text` was longer than MAX_SENTENCE_CHARACTERS and was cut. */
  truncated: boolean;
  /** Names that were unknown to this figure or whose value was not allowed. */
  ignored: string[];
}

/** `value` if it is an absolute http(s) URL of a sane length, else undefined (no javascript:, data:, …). */
export function httpUrl(value: string): string | undefined {
  if (value.length > MAX_URL_CHARACTERS) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `text` cut to `max` UTF-16 units without leaving half of a surrogate pair at the end. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

const oneOf = (allowed: readonly string[]) => (value: string) =>
  allowed.includes(value) ? value : undefined;
const wholeNumber = (min: number, max: number) => (value: string) =>
  /^\d{1,6}$/.test(value) && Number(value) >= min && Number(value) <= max
    ? String(Number(value))
    : undefined;

/** Each attribute's check: the value to set, or undefined to leave the attribute out. */
const CHECKS: Record<string, (value: string) => string | undefined> = {
  model: (value) => (shipped.includes(value) ? value : httpUrl(value)),
  tokenizer: httpUrl,
  'trace-src': httpUrl,
  text: (value) => (value.trim() === '' ? undefined : capText(value, MAX_SENTENCE_CHARACTERS)),
  step: wholeNumber(1, 100_000),
  layer: wholeNumber(0, 99),
  unit: wholeNumber(0, 9999),
  autoplay: (value) => (['', 'true', '1', 'autoplay'].includes(value) ? '' : undefined),
  theme: oneOf(THEMES),
  quantity: oneOf(QUANTITIES),
  sort: oneOf(SORTS),
  title: (value) => (value.trim() === '' ? undefined : capText(value.trim(), MAX_TITLE_CHARACTERS)),
  'figure-title': (value) =>
    value.trim() === '' ? undefined : capText(value.trim(), MAX_TITLE_CHARACTERS),
  models: (value) => {
    const ids = [...new Set(value.split(',').map((id) => id.trim()))].filter((id) =>
      shipped.includes(id)
    );
    return ids.length > 0 && ids.length <= MAX_MODELS ? ids.join(',') : undefined;
  }
};

/** The attributes `component`'s element gets from `query`: known names with allowed values, first value wins. */
export function embedAttributes(
  component: EmbedComponent,
  query: URLSearchParams
): EmbedAttributes {
  const attributes: Record<string, string> = {};
  const ignored: string[] = [];
  let truncated = false;
  for (const [name, raw] of query) {
    if (name in attributes || ignored.includes(name)) continue;
    const check = component.accepts.includes(name) ? CHECKS[name] : undefined;
    const value = check?.(raw);
    if (value === undefined) {
      ignored.push(name);
      continue;
    }
    attributes[name] = value;
    if (name === 'text' && value.length < raw.length) truncated = true;
  }
  return { attributes, truncated, ignored };
}
