// A component below the first screen is imported in a task of its own, after the page has hydrated: started during
// hydration, Vite's preload helper (link elements, stylesheet waits) ran inside hydration's one long task and made it
// 15–20 ms longer here, about four times that on Lighthouse's simulated phone.

/** A module's default export, imported once the current task has finished; `current` is undefined until then. */
export class LaterImport<T> {
  /** The default export once loaded. */
  current = $state.raw<T | undefined>();
  /** Whether the import failed (a chunk missing after a redeploy, the network gone). */
  failed = $state(false);
  /** Why it failed, when it did. */
  error = $state.raw<unknown>();

  constructor(load: () => Promise<{ default: T }>) {
    // Nothing to import while prerendering: the server renders the page without these parts, as before.
    if (typeof window === 'undefined') return;
    setTimeout(() =>
      load().then(
        (module) => (this.current = module.default),
        (error: unknown) => {
          this.error = error;
          this.failed = true;
        }
      )
    );
  }
}
