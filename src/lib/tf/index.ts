// unrolled/tf: the tfjs adapter, the only part of unrolled that imports TensorFlow.js.
export {};
