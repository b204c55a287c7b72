// The lab's tfjs backend from the page's URL (?backend=cpu|wasm|webgl); 'auto' otherwise.
import { labBackendOf, type LabBackend } from '$lib/core/train/lab-settings.js';

/** The backend a URL asks for, or 'auto' (wasm, else cpu). */
export function labBackendFrom(url: URL): LabBackend {
  return labBackendOf(url.searchParams.get('backend'));
}
