// The lab's tfjs backend from the page's URL (?backend=cpu|wasm|webgl); 'auto' otherwise.
import type { LabBackend } from '$lib/tf/train-client.js';

const BACKENDS: readonly LabBackend[] = ['auto', 'webgl', 'wasm', 'cpu'];

/** The backend a URL asks for, or 'auto' (WebGL, else wasm, else cpu). */
export function labBackendFrom(url: URL): LabBackend {
  const wanted = url.searchParams.get('backend');
  return BACKENDS.find((name) => name === wanted) ?? 'auto';
}
