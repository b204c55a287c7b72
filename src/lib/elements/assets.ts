// Which shipped model or file an element means: shipped models and their precomputed traces come with the elements
// bundle (shipped-files.ts), or from a site named by an explicit `base`; any other model is a URL.
import { UnrolledError } from '../core/errors.js';
import { SHIPPED_MODELS, SITE_SENTENCES } from '../core/site-sentences.js';

export { SHIPPED_MODELS };
const shipped: readonly string[] = SHIPPED_MODELS;

/** The site to load shipped files from: `base` resolved against the page, or undefined (the bundle's own files). */
export function siteBase(base: string | undefined, pageUrl: string): URL | undefined {
  const given = base?.trim();
  if (given) return new URL(given.endsWith('/') ? given : `${given}/`, pageUrl);
  return undefined;
}

/** A model an element was asked for: a shipped one (read through ShippedFiles), or any model.json by URL. */
export type ModelRef =
  { shipped: true; id: string } | { shipped: false; id: string; modelUrl: URL };

/** Reads a `model` attribute: a shipped id, or a URL (relative to the page) of a model.json. */
export function modelRef(model: string, pageUrl: string): ModelRef {
  const id = model.trim();
  if (shipped.includes(id)) return { shipped: true, id };
  // A bare word that is not a shipped id is a typo far more often than a file next to the page.
  if (!id.includes('/') && !id.endsWith('.json')) {
    throw new UnrolledError(
      'bad-input',
      `“${id.slice(0, 40)}” is not a shipped model (${SHIPPED_MODELS.join(', ')}) or a URL of a model.json.`
    );
  }
  return { shipped: false, id, modelUrl: new URL(id, pageUrl) };
}

/** The path ('traces/….json') of a shipped model's precomputed trace on `text` (empty: its own example), if any. */
export function precomputedTracePath(id: string, text: string): string | undefined {
  const wanted = text.trim();
  const sentence = SITE_SENTENCES.find(
    (one) => one.model === id && (wanted === '' || one.text === wanted)
  );
  return sentence && `traces/${sentence.name}.json`;
}

/** `path` resolved against `against` (a page or a file's URL), as a fresh URL. */
export function resolveUrl(path: string, against: string | URL): URL {
  return new URL(path, against);
}
