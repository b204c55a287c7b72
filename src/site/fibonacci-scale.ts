// The shipped fibonacci network's weights, read at prerender from its model files, for the /fibonacci scale slider.
import { activationName } from '$lib/core/activations.js';
import type { CellSpec } from '$lib/core/cells/weights.js';
import { readManifestWeights, type ManifestWeight } from '$lib/core/weights-manifest.js';

/** The recurrent cell of the fibonacci model as plain arrays (so it travels in the page's data). */
export interface FibonacciCell {
  kernel: number[];
  recurrentKernel: number[];
  bias: number[];
  units: number;
  inputSize: number;
  /** The cell activation, as the model's config names it. */
  activation: string;
  /** The embedding of the starting impulse (id 1): the input at step 1; later inputs are id 0's. */
  impulse: number[];
  zero: number[];
}

/** Fetches /models/fibonacci/model.json and its weights and returns the cell's weights. */
export async function loadFibonacciCell(fetch: typeof globalThis.fetch): Promise<FibonacciCell> {
  const model = await (await fetch('/models/fibonacci/model.json')).json();
  const manifest = model.weightsManifest as { paths: string[]; weights: ManifestWeight[] }[];
  const files = await Promise.all(
    manifest
      .flatMap((group) => group.paths)
      .map(async (file) => {
        const response = await fetch(`/models/fibonacci/${file.replace(/^\.\//, '')}`);
        return new Uint8Array(await response.arrayBuffer());
      })
  );
  const joined = new Uint8Array(files.reduce((n, f) => n + f.length, 0));
  files.reduce((at, file) => (joined.set(file, at), at + file.length), 0);
  const weights = readManifestWeights(manifest, joined.buffer);
  const get = (name: string) => weights.get(name) ?? { shape: [0], values: new Float32Array() };
  const embeddings = get('embedding/embeddings');
  const kernel = get('fibonacci/kernel');
  const width = embeddings.shape[1] ?? 1;
  const layers = (model.modelTopology?.config?.layers ?? []) as {
    class_name: string;
    config: { activation?: string };
  }[];
  const recurrent = layers.find((layer) => layer.class_name === 'SimpleRNN');
  return {
    kernel: Array.from(kernel.values),
    recurrentKernel: Array.from(get('fibonacci/recurrent_kernel').values),
    bias: Array.from(get('fibonacci/bias').values),
    units: kernel.shape[1] ?? 0,
    inputSize: kernel.shape[0] ?? 0,
    activation: recurrent?.config.activation ?? 'tanh',
    zero: Array.from(embeddings.values.slice(0, width)),
    impulse: Array.from(embeddings.values.slice(width, 2 * width))
  };
}

/** The cell as the core replays it (linear SimpleRNN). */
export function fibonacciSpec(cell: FibonacciCell): CellSpec {
  return {
    kind: 'simple_rnn',
    activation: activationName(cell.activation) ?? 'tanh',
    recurrentActivation: 'hardSigmoid',
    weights: {
      inputSize: cell.inputSize,
      units: cell.units,
      kernel: Float32Array.from(cell.kernel),
      recurrentKernel: Float32Array.from(cell.recurrentKernel),
      bias: Float32Array.from(cell.bias)
    }
  };
}

/** The inputs the chapter feeds: the impulse once, then zeros, for `steps` steps. */
export function fibonacciInputs(cell: FibonacciCell, steps: number): Float32Array {
  return Float32Array.from(
    Array.from({ length: steps }, (_, t) => (t === 0 ? cell.impulse : cell.zero)).flat()
  );
}
