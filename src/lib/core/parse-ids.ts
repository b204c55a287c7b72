// Word ids typed as text, for models that come without a tokenizer.

/** Comma- or space-separated whole numbers as token ids, or a message saying what is wrong. */
export function parseIds(text: string): { ids: number[] } | { error: string } {
  const parts = text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return { error: 'Type some word ids, for example 1, 2, 3.' };
  const bad = parts.find((part) => !/^\d+$/.test(part));
  if (bad !== undefined) {
    const shown = bad.length > 20 ? `${bad.slice(0, 20)}…` : bad;
    return {
      error: `Without a tokenizer the model reads word ids: “${shown}” is not a whole number ≥ 0.`
    };
  }
  return { ids: parts.map((part) => Number.parseInt(part, 10)) };
}
