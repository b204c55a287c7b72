// Which file names are Keras model files; no reader is imported here, so any page may use it.

/** The kind of Keras file a name has: a Keras 3 `.keras` archive or a legacy HDF5 file. */
export type KerasFileKind = 'keras' | 'h5';

/** The kind of Keras model file a file name denotes, or undefined for anything else. */
export function kerasFileKind(name: string): KerasFileKind | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.keras')) return 'keras';
  if (lower.endsWith('.h5') || lower.endsWith('.hdf5')) return 'h5';
  return undefined;
}

/** True for a Python pickle, which no browser can read (a pickled Keras Tokenizer, say). */
export function isPickleName(name: string): boolean {
  return /\.(pickle|pkl|p)$/i.test(name);
}

/** The one-line answer to a pickled tokenizer. */
export function pickleMessage(name: string): string {
  return `${name} is a Python pickle, which cannot be read outside Python: save the tokenizer with tokenizer.to_json() instead, or type word ids.`;
}
