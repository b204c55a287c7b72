// Turns what a user hands the tracer (token ids, tokens with text, or float vectors) into the model's input tensor.
import * as tf from '@tensorflow/tfjs';
import { UnrolledError } from '../core/errors.js';
import type { TraceToken } from '../core/trace/types.js';
import type { ContainerLike, GraphNode } from './internals.js';
import {
  inputEmbeddingNode,
  sideInputSpecsOf,
  sideTensors,
  tracedInputIndex,
  type SideInputSpec
} from './side-inputs.js';

/**
 * One input sequence: token ids (optionally with their text), or a sequence of feature vectors; for a model with
 * several inputs, `sideInputs` gives the others (flat numbers each, in InputSpec.sideInputs order; default zeros).
 */
export type TraceInput = (
  | { ids: readonly number[]; texts?: readonly string[] }
  | { tokens: readonly TraceToken[] }
  | { values: readonly (readonly number[])[] }
) & { sideInputs?: readonly (readonly number[])[] };

/** What the model expects as input, read from its first input's shape. */
export interface InputSpec {
  /** 'ids' for [batch, steps] integer inputs, 'vectors' for [batch, steps, features]. */
  kind: 'ids' | 'vectors';
  /** The fixed number of steps, when the model has one. */
  steps: number | null;
  /** Features per step, for vector inputs. */
  features: number | null;
  /** The vocabulary size of the Embedding reading the ids, when known (ids must be below it). */
  vocabularySize: number | null;
  /** The traced input's position among the model's inputs. @default 0 */
  index?: number;
  /** The model's other inputs, held fixed during a trace. @default none (a model with one input) */
  sideInputs?: SideInputSpec[];
}

/** Reads the input kind, length and vocabulary size a model expects (of the input its recurrent layers read). */
export function inputSpecOf(
  container: ContainerLike,
  embedding: GraphNode | undefined = undefined
): InputSpec {
  const index = tracedInputIndex(container);
  const reader = embedding ?? inputEmbeddingNode(container, index);
  const shape = container.inputs[index]!.shape;
  const vocabulary = reader ? Number(reader.outboundLayer.getConfig().inputDim) : NaN;
  const sideInputs = sideInputSpecsOf(container, index);
  if (shape.length === 2) {
    return {
      kind: 'ids',
      steps: shape[1] ?? null,
      features: null,
      vocabularySize: vocabulary || null,
      index,
      sideInputs
    };
  }
  if (shape.length === 3) {
    return {
      kind: 'vectors',
      steps: shape[1] ?? null,
      features: shape[2] ?? null,
      vocabularySize: null,
      index,
      sideInputs
    };
  }
  throw new UnrolledError(
    'bad-input',
    `The model's input has shape [${shape.join(', ')}]; unrolled traces sequences ([batch, steps] ids or [batch, steps, features]).`
  );
}

/** A prepared input: the traced tensor, the trace's tokens, and the model's other inputs (empty for one input). */
export interface PreparedInput {
  /** [1, steps] ids or [1, steps, features] vectors; the caller disposes it. */
  tensor: tf.Tensor;
  /** The tokens as traced. */
  tokens: TraceToken[];
  /** The side inputs' [1, …] tensors, in InputSpec.sideInputs order; the caller disposes them. */
  sides: tf.Tensor[];
}

/** Builds the [1, steps] or [1, steps, features] input tensor (and any side inputs) and the trace's token list; throws clear errors on bad input. */
export function prepareInput(spec: InputSpec, input: TraceInput): PreparedInput {
  const specs = spec.sideInputs ?? [];
  if (specs.length === 0 && input.sideInputs !== undefined && input.sideInputs.length > 0) {
    throw new UnrolledError('bad-input', 'This model has one input; sideInputs are not read.');
  }
  const steps =
    'values' in input
      ? input.values.length
      : 'tokens' in input
        ? input.tokens.length
        : input.ids.length;
  // The side inputs are made first, and freed when the sequence itself is refused.
  const sides = specs.length > 0 ? sideTensors(specs, steps, input.sideInputs) : [];
  try {
    return { ...prepareSequence(spec, input), sides };
  } catch (error) {
    for (const side of sides) side.dispose();
    throw error;
  }
}

function prepareSequence(
  spec: InputSpec,
  input: TraceInput
): { tensor: tf.Tensor; tokens: TraceToken[] } {
  if ('values' in input) {
    if (spec.kind !== 'vectors') {
      throw new UnrolledError(
        'bad-input',
        'This model reads token ids; give ids or tokens, not vectors.'
      );
    }
    const steps = input.values.length;
    checkLength(spec, steps);
    const features = input.values[0]?.length ?? 0;
    if (spec.features !== null && features !== spec.features) {
      throw new UnrolledError(
        'bad-input',
        `Each step needs ${spec.features} features, got ${features}.`
      );
    }
    const flat = new Float32Array(steps * features);
    input.values.forEach((row, t) => {
      if (row.length !== features) {
        throw new UnrolledError(
          'bad-input',
          `Step ${t} has ${row.length} features; step 0 has ${features}.`
        );
      }
      row.forEach((value, f) => {
        if (!Number.isFinite(value)) {
          throw new UnrolledError(
            'bad-input',
            `Step ${t}, feature ${f} is not a finite number (${value}).`
          );
        }
        flat[t * features + f] = value;
      });
    });
    const tokens = input.values.map((_, t) => ({ text: `t${t + 1}`, id: t }));
    return { tensor: tf.tensor3d(flat, [1, steps, features]), tokens };
  }
  if (spec.kind !== 'ids') {
    throw new UnrolledError(
      'bad-input',
      `This model reads vectors of ${spec.features ?? 'some'} features per step; give values, not token ids.`
    );
  }
  const tokens: TraceToken[] =
    'tokens' in input
      ? input.tokens.map(({ text, id }) => ({ text, id }))
      : input.ids.map((id, i) => ({ text: input.texts?.[i] ?? `#${id}`, id }));
  checkLength(spec, tokens.length);
  tokens.forEach(({ id }, t) => {
    const limit = spec.vocabularySize;
    if (!Number.isInteger(id) || id < 0 || (limit !== null && id >= limit)) {
      throw new UnrolledError(
        'bad-input',
        `Token ${t} has id ${id}, outside the model's vocabulary (ids 0 to ${limit === null ? 'N' : limit - 1}).`
      );
    }
  });
  return {
    tensor: tf.tensor2d(
      tokens.map(({ id }) => id),
      [1, tokens.length],
      'float32'
    ),
    tokens
  };
}

function checkLength(spec: InputSpec, steps: number): void {
  if (steps === 0)
    throw new UnrolledError('bad-input', 'The input sequence is empty: give at least one token.');
  if (spec.steps !== null && steps !== spec.steps) {
    throw new UnrolledError(
      'bad-input',
      `This model reads exactly ${spec.steps} steps, got ${steps}: pad or cut the sequence to ${spec.steps}.`
    );
  }
}
