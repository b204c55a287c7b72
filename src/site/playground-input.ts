// Reading what a reader hands the playground: comma-separated ids, dropped files, and text worth a warning.

export { parseIds } from '$lib/core/parse-ids.js';

/** True when the text holds characters that take no space on screen (zero-width spaces, joiners, BOM). */
export function hasInvisibleCharacters(text: string): boolean {
  return /[\u200B-\u200F\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069]/.test(text);
}

/** True for a file that looks like a tokenizer rather than part of a model: a .subwords file, a pickle or tokenizer*.json. */
export function isTokenizerFile(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.endsWith('.subwords') ||
    /\.(pickle|pkl)$/.test(lower) ||
    (lower.includes('tokenizer') && lower.endsWith('.json'))
  );
}

/** Why a set of model files cannot be a tfjs model, or undefined when it might be (the worker checks the rest). */
export function modelFilesProblem(names: readonly string[]): string | undefined {
  if (names.length === 0) return 'Choose model.json and its weight files.';
  const json = names.filter((name) => name.toLowerCase().endsWith('.json'));
  if (json.length === 0)
    return 'No model.json among the files: choose model.json with its weight files.';
  if (json.length > 1)
    return `Several JSON files (${json.join(', ')}): choose one model.json, its weight files, and the tokenizer in its own field.`;
  return undefined;
}

/** Each word once, trimmed, blanks (a lone space piece) left out, in first-seen order. */
export function distinctWords(words: readonly string[]): string[] {
  return [...new Set(words.map((word) => word.trim()).filter((word) => word !== ''))];
}

/** Why a typed model.json address cannot be loaded (relative to `base`), or undefined when it can. */
export function modelUrlProblem(url: string, base: string): string | undefined {
  if (!url) return 'Type the address of a model.json.';
  try {
    const parsed = new URL(url, base);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      throw new Error('only http and https addresses can be loaded');
  } catch (error) {
    return `That address cannot be used: ${error instanceof Error ? error.message : String(error)}.`;
  }
  return undefined;
}
