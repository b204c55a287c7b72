// A model the training lab keeps in this browser for the playground: tfjs keeps the model in
// IndexedDB (indexeddb://…); its tokenizer waits in localStorage under the same URL.

/** The indexeddb:// URL the lab keeps a cell's model at. */
export function labModelUrl(cell: string): string {
  return `indexeddb://unrolled-lab-${cell.replace('_', '-')}`;
}

const key = (url: string) => `unrolled:tokenizer:${url}`;

/** Keeps the tokenizer text of a stored model. */
export function rememberTokenizer(url: string, text: string): void {
  localStorage.setItem(key(url), text);
}

/** The tokenizer of a stored model as a file (as if the reader had picked it), if one was kept. */
export function storedTokenizerFile(url: string): File | undefined {
  let text: string | null = null;
  try {
    text = localStorage.getItem(key(url));
  } catch {
    // Storage can be off (private modes, policies): the model is then read with word ids.
  }
  return text === null
    ? undefined
    : new File([text], 'tokenizer.json', { type: 'application/json' });
}
