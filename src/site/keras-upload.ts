// What the playground does with a Keras model file a reader hands it: the model file itself goes to
// the trace worker; a .keras archive's own vocabulary becomes the tokenizer. The zip reader loads
// only when such a file arrives.
import type { Tokenizer } from '$lib/core/tokenize/types.js';
import { isPickleName, kerasFileKind, pickleMessage } from '$lib/tf/keras-file/names.js';

export { isPickleName, pickleMessage };

/** A Keras model file among the reader's files, and the tokenizer its archive carries (if any). */
export interface KerasUpload {
  /** The .keras / .h5 / .hdf5 file. */
  model: File;
  /** The TextVectorization vocabulary of a .keras archive, as a tokenizer. */
  tokenizer?: Tokenizer;
}

/** The first Keras model file among `files` with its archive's tokenizer, or undefined when there is none. */
export async function kerasUpload(files: readonly File[]): Promise<KerasUpload | undefined> {
  const model = files.find((file) => kerasFileKind(file.name) !== undefined);
  if (model === undefined) return undefined;
  if (kerasFileKind(model.name) !== 'keras') return { model };
  const { archiveTokenizer } = await import('$lib/tf/keras-file/vocabulary.js');
  try {
    const tokenizer = await archiveTokenizer(new Uint8Array(await model.arrayBuffer()), model.name);
    return { model, tokenizer };
  } catch {
    // A damaged archive: loading the model will say what is wrong with it.
    return { model };
  }
}
