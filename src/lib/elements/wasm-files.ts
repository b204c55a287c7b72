// The wasm backend's binaries inside the elements bundle (a library build inlines them as data: URLs),
// loaded only when a training starts: the training element's worker finds them with no server, offline
// too, on the page's origin or another.
/* eslint-disable no-restricted-imports -- the .wasm files' URLs, no tfjs code */
import plain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
/* eslint-enable no-restricted-imports */

// A relative asset URL resolves against this script, not the page that loaded it.
const simdUrl = new URL(simd, import.meta.url).href;

/** The single-threaded wasm files, as absolute URLs. */
export const ELEMENT_WASM_PATHS = {
  'tfjs-backend-wasm.wasm': new URL(plain, import.meta.url).href,
  'tfjs-backend-wasm-simd.wasm': simdUrl,
  // tfjs wants every name in the map; the lab's worker turns threads off, so this one is never fetched.
  'tfjs-backend-wasm-threaded-simd.wasm': simdUrl
};
