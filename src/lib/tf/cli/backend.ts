// Choosing the tfjs backend in Node, quietly.
import * as tf from '@tensorflow/tfjs';
import { quietNodeBackend } from '../node-fs.js';
import { UsageError } from './args.js';

/** The backends the CLI offers. */
export const BACKENDS = ['cpu', 'wasm'] as const;

/** A backend name. */
export type BackendName = (typeof BACKENDS)[number];

/** Checks a --backend value. */
export function backendName(value: string | true | undefined): BackendName {
  if (value === undefined) return 'cpu';
  if (value === true || !(BACKENDS as readonly string[]).includes(value)) {
    throw new UsageError(`--backend must be one of ${BACKENDS.join(', ')}.`);
  }
  return value as BackendName;
}

/** Switches tfjs to a backend, loading the wasm backend on demand, without tfjs's "install tfjs-node" banner. */
export async function useBackend(name: BackendName): Promise<void> {
  await tf.setBackend('cpu');
  quietNodeBackend();
  if (name === 'wasm') {
    await import('@tensorflow/tfjs-backend-wasm');
    if (!(await tf.setBackend('wasm'))) throw new Error('The wasm backend could not start.');
  }
  await tf.ready();
}
