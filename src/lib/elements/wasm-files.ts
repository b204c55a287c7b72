// The wasm backend's binaries inside the elements bundle (a library build inlines them as data: URLs),
// loaded only when a training starts: the training element's worker finds them with no server, offline
// too, on the page's origin or another.
/* eslint-disable no-restricted-imports -- the .wasm files' URLs, no tfjs code */
import plain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
/* eslint-enable no-restricted-imports */

/** The single-threaded wasm files (the lab's worker never asks for the threaded one), as absolute URLs. */
export const ELEMENT_WASM_PATHS = {
  // A relative asset URL resolves against this script, not the page that loaded it.
  'tfjs-backend-wasm.wasm': new URL(plain, import.meta.url).href,
  'tfjs-backend-wasm-simd.wasm': new URL(simd, import.meta.url).href
};
