// The figures of a page that hydrate after it (HydrateLater), so that the page says it is ready for keys only once
// they are: the layout's data-hydrated mark waits for them. Apart from hydrate-later.ts, whose prerender half the
// layout must not load.

const pending = new Set<Promise<void>>();

/** Registers a figure that will hydrate later; call the returned function once it has. */
export function islandPending(): () => void {
  let done!: () => void;
  const hydrated = new Promise<void>((resolve) => (done = resolve));
  pending.add(hydrated);
  void hydrated.then(() => pending.delete(hydrated));
  return done;
}

/** Resolves once every figure registered so far has hydrated (the page's own hydration has already run). */
export async function islandsHydrated(): Promise<void> {
  while (pending.size > 0) await Promise.all(pending);
}
