// The view state a copied link should reopen (step, unit, …) lives in the query string. Steps are written
// 1-based, as the controls say them ("step 4 of 14"); the functions here return 0-based indices.
import { goto } from '$app/navigation';
import { navigating, page } from '$app/state';

/** A whole number from the query parameter `key`, if present and within [min, max]; otherwise undefined. */
export function intFromUrl(url: URL, key: string, min: number, max: number): number | undefined {
  const raw = url.searchParams.get(key);
  if (raw === null || !/^-?\d{1,9}$/.test(raw.trim())) return undefined;
  const value = Number(raw);
  return value >= min && value <= max ? value : undefined;
}

/** The 0-based step from `?step=` (written 1-based), clamped to the trace's `count` steps; `fallback` when absent. */
export function stepFromUrl(url: URL, count: number, fallback = 0, key = 'step'): number {
  const raw = url.searchParams.get(key);
  if (raw === null || !/^\d{1,9}$/.test(raw.trim())) return fallback;
  return Math.min(Math.max(0, count - 1), Math.max(0, Number(raw) - 1));
}

/** The 0-based unit from `?unit=` (written 0-based, as the figures label units), if it names one of `units`. */
export function unitFromUrl(url: URL, units: number, key = 'unit'): number | undefined {
  return intFromUrl(url, key, 0, units - 1);
}

/** The query string after setting `params` on `search`: undefined removes a key; keys keep their order. */
export function mergeQuery(
  search: URLSearchParams,
  params: Record<string, string | number | undefined>
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

const WRITE_DELAY = 250;
let pending: Record<string, string | number | undefined> = {};
let pendingPath = '';
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Sets query parameters (undefined removes one) without a new history entry, focus change or scroll. Debounced:
 * calls within 250 ms are merged into one navigation, so stepping through a sentence does not flood history.
 */
export function writeQuery(params: Record<string, string | number | undefined>): void {
  if (page.url.pathname !== pendingPath) pending = {};
  pending = { ...pending, ...params };
  pendingPath = page.url.pathname;
  clearTimeout(timer);
  timer = setTimeout(() => {
    // A write left by a page the reader is leaving (or has left) would pull them back to it.
    const leaving = navigating.to !== null && navigating.to.url.pathname !== pendingPath;
    if (leaving || page.url.pathname !== pendingPath) {
      pending = {};
      return;
    }
    const current = page.url.searchParams;
    const next = mergeQuery(current, pending);
    pending = {};
    if (next.toString() === current.toString()) return;
    const query = next.toString();
    // A query-only URL keeps the current path (and any base path): nothing to resolve.
    // eslint-disable-next-line svelte/no-navigation-without-resolve
    goto(query ? `?${query}` : page.url.pathname, {
      replaceState: true,
      keepFocus: true,
      noScroll: true
    }).catch(() => {
      // Navigating away while a write was pending is not an error worth showing.
    });
  }, WRITE_DELAY);
}
