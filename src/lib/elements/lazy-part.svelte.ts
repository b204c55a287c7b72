// An element's heavy part arrives as a chunk of its own after the element is on the page: the tag is defined at
// once by a small shell, and a page downloads only the parts of the elements it shows.

/** A lazily imported part: undefined until it arrives; `failed` when its script could not be loaded. */
export class LazyPart<T> {
  /** The loaded module. */
  value: T | undefined = $state.raw();
  /** True once loading has failed. */
  failed = $state(false);

  constructor(load: () => Promise<T>) {
    load().then(
      (value) => (this.value = value),
      () => (this.failed = true)
    );
  }
}
