// Where the built site serves tfjs's wasm binaries, for workers that may fall back to the wasm backend.
/* eslint-disable no-restricted-imports -- URLs of the .wasm files Vite emits, no tfjs code */
import plain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
/* eslint-enable no-restricted-imports */

/** The wasm backend's files, by the names tfjs asks for. */
export const WASM_PATHS = {
  'tfjs-backend-wasm.wasm': plain,
  'tfjs-backend-wasm-simd.wasm': simd,
  'tfjs-backend-wasm-threaded-simd.wasm': threaded
};
