// A module that a page needs only after the reader acts (answers, presses Start): imported on first use, once, so a
// figure's code is not part of the page's first load. A failed import is tried again on the next call.

/** `load` wrapped so every call shares one import; after a failure the next call imports again. */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/** Starts the import early (e.g. on the first choice) without waiting; a failure shows where the module is used. */
export function preload(load: () => Promise<unknown>): void {
  load().catch(() => undefined);
}
