// Where an element finds the shipped models, their meta.json and precomputed traces: on the unrolled site the
// script came from (its /elements/ folder sits at the site's root), or under an explicit `base`.
import { UnrolledError } from '../core/errors.js';
import { SHIPPED_MODELS, SITE_SENTENCES } from '../core/site-sentences.js';

export { SHIPPED_MODELS };
const shipped: readonly string[] = SHIPPED_MODELS;

/** The site to load shipped files from: `base` (resolved against the page) when given, else the script's site. */
export function siteBase(base: string | undefined, scriptUrl: string, pageUrl: string): URL {
  const given = base?.trim();
  if (given) return new URL(given.endsWith('/') ? given : `${given}/`, pageUrl);
  return new URL('../', scriptUrl);
}

/** A model an element was asked for: a shipped one (with its meta.json), or any model.json by URL. */
export type ModelRef =
  | { shipped: true; id: string; modelUrl: URL; metaUrl: URL }
  | { shipped: false; id: string; modelUrl: URL };

/** Reads a `model` attribute: a shipped id, or a URL (relative to the page) of a model.json. */
export function modelRef(model: string, base: URL, pageUrl: string): ModelRef {
  const id = model.trim();
  if (shipped.includes(id)) {
    return {
      shipped: true,
      id,
      modelUrl: new URL(`models/${id}/model.json`, base),
      metaUrl: new URL(`models/${id}/meta.json`, base)
    };
  }
  // A bare word that is not a shipped id is a typo far more often than a file next to the page.
  if (!id.includes('/') && !id.endsWith('.json')) {
    throw new UnrolledError(
      'bad-input',
      `“${id.slice(0, 40)}” is not a shipped model (${SHIPPED_MODELS.join(', ')}) or a URL of a model.json.`
    );
  }
  return { shipped: false, id, modelUrl: new URL(id, pageUrl) };
}

/** The precomputed trace of a shipped model on `text` (its own example sentence when text is empty), if there is one. */
export function precomputedTraceUrl(id: string, text: string, base: URL): URL | undefined {
  const wanted = text.trim();
  const sentence = SITE_SENTENCES.find(
    (one) => one.model === id && (wanted === '' || one.text === wanted)
  );
  return sentence && new URL(`traces/${sentence.name}.json`, base);
}

/** `path` resolved against `against` (a page or a file's URL), as a fresh URL. */
export function resolveUrl(path: string, against: string | URL): URL {
  return new URL(path, against);
}
