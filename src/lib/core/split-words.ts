/** Splits a sentence into words and punctuation marks, dropping whitespace ("Ireland, so" → ["Ireland", ",", "so"]). */
export function splitWords(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{M}\p{N}'’]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
}
