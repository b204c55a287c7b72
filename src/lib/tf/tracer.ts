// The tracer: per-step states and gates of every recurrent layer of a tfjs model, checked against the model.
import * as tf from '@tensorflow/tfjs';
import type { CellSpec } from '../core/cells/weights.js';
import { UnrolledError } from '../core/errors.js';
import type { InterventionLayer } from '../core/trace/intervention.js';
import type { Intervention, Trace, TraceCheck, TraceToken } from '../core/trace/types.js';
import { ModelCheck } from './check.js';
import { cellSpecOf, layerRole } from './extract.js';
import { runGraph } from './graph.js';
import { influenceInPieces, influenceOf, influenceTarget } from './influence.js';
import { inputSpecOf, prepareInput, type InputSpec, type TraceInput } from './input.js';
import { checkScope, intervene } from './intervene.js';
import {
  internalsOf,
  isContainer,
  type BidirectionalLike,
  type ContainerLike,
  type GraphNode,
  type RecurrentLayerLike
} from './internals.js';
import {
  replayBidirectional,
  replayRecurrent,
  type EditLookup,
  type ReplayedDirection
} from './replay.js';
import { feedOf, type SideFeed } from './side-inputs.js';
import { traceLayersOf } from './trace-layers.js';

/** Options of one trace. */
export interface TraceOptions {
  /** Record each step's input vector x_t in the trace. @default false */
  includeInputs?: boolean;
  /** What-if edits applied while the replay runs (clamped gates, silenced units, swapped tokens). @default none */
  interventions?: readonly Intervention[];
}

/** An input ready to trace: its tensor and tokens, with any interventions resolved. */
export interface PreparedTrace {
  /** The model's input (the counterfactual sentence when tokens were swapped); the caller disposes it. */
  tensor: tf.Tensor;
  /** The tokens as traced. */
  tokens: TraceToken[];
  /** The model's other inputs, held fixed (empty for a model with one input); the caller disposes them. */
  sides: tf.Tensor[];
  /** Each direction's edits (undefined: no gate or state intervention). */
  editsOf?: EditLookup;
  /** The interventions as applied, for the trace (undefined: none given). */
  interventions?: Intervention[];
}

/** The replay part of a trace: what every recurrent direction did, and the final outputs computed from it. */
export interface Replay {
  /** Every replayed direction, in model order (a Bidirectional layer's forward half first). */
  directions: ReplayedDirection[];
  /** The model's outputs computed from the replayed layers, flattened. */
  outputs: Float32Array[];
}

function collectRecurrentNodes(container: ContainerLike, into: GraphNode[] = []): GraphNode[] {
  const depths = Object.keys(container.nodesByDepth)
    .map(Number)
    .sort((a, b) => b - a);
  for (const depth of depths) {
    for (const node of container.nodesByDepth[depth]!) {
      const layer = node.outboundLayer;
      if (isContainer(layer)) collectRecurrentNodes(layer, into);
      else if (layerRole(layer) !== 'other') into.push(node);
    }
  }
  return into;
}

/** The layer graph of a model; a Sequential model keeps it in an inner functional model, built on first use. */
export function graphOf(model: tf.LayersModel): ContainerLike {
  const sequential = internalsOf<{ model?: tf.LayersModel; build(): void }>(model);
  if (model.getClassName() === 'Sequential') {
    if (!sequential.model) sequential.build();
    return internalsOf<ContainerLike>(sequential.model);
  }
  return internalsOf<ContainerLike>(model);
}

/** Traces inputs through one tfjs LayersModel; prepares weights and the check model once, then traces many inputs. */
export class Tracer {
  /** The model being traced. */
  readonly model: tf.LayersModel;
  /** What the model expects as input. */
  readonly input: InputSpec;
  private readonly container: ContainerLike;
  private readonly specs = new Map<RecurrentLayerLike, CellSpec>();
  private readonly topLevelRecurrent: GraphNode[];
  private readonly allRecurrent: GraphNode[];
  private modelCheck: ModelCheck | undefined;

  /** Inspects the model; throws a typed error when a recurrent layer cannot be instrumented. */
  constructor(model: tf.LayersModel) {
    this.model = model;
    this.container = graphOf(model);
    const all = collectRecurrentNodes(this.container);
    if (all.length === 0) {
      throw new UnrolledError(
        'unsupported-layer',
        'The model has no SimpleRNN, LSTM, GRU or Bidirectional layer: nothing to trace.'
      );
    }
    this.allRecurrent = all;
    const own = new Set(Object.values(this.container.nodesByDepth).flat());
    this.topLevelRecurrent = all.filter((node) => own.has(node));
    this.input = inputSpecOf(this.container);
  }

  private specOf = (layer: RecurrentLayerLike): CellSpec => {
    let spec = this.specs.get(layer);
    if (!spec) {
      spec = cellSpecOf(layer);
      this.specs.set(layer, spec);
    }
    return spec;
  };

  /** Every recurrent direction interventions can name: layer name, direction, cell and units. */
  interventionLayers(): InterventionLayer[] {
    return this.allRecurrent.flatMap((node) => {
      const layer = node.outboundLayer;
      const halves =
        layerRole(layer) === 'bidirectional'
          ? [(layer as BidirectionalLike).forwardLayer, (layer as BidirectionalLike).backwardLayer]
          : [layer as RecurrentLayerLike];
      return halves.map((half) => {
        const spec = this.specOf(half);
        return {
          name: layer.name,
          direction: half.goBackwards ? ('backward' as const) : ('forward' as const),
          cell: spec.kind,
          units: spec.weights.units
        };
      });
    });
  }

  /** The input tensor and tokens of a trace, with token swaps applied and edits resolved; throws on bad input. */
  prepare(input: TraceInput, options: TraceOptions = {}): PreparedTrace {
    if (options.interventions === undefined) return prepareInput(this.input, input);
    const intervened = intervene(input, options.interventions, this.interventionLayers());
    return {
      ...prepareInput(this.input, intervened.input),
      editsOf: intervened.edited ? intervened.editsOf : undefined,
      interventions: intervened.applied
    };
  }

  // Where the traced tensor goes among the model's inputs, with the side inputs held fixed.
  private feed(sides: readonly tf.Tensor[]): SideFeed | undefined {
    return sides.length > 0 ? { index: this.input.index ?? 0, sides } : undefined;
  }

  /** Runs the model with every recurrent layer replayed in plain arrays (other layers by tfjs), with any edits and side inputs. */
  replay(tensor: tf.Tensor, editsOf?: EditLookup, sides: readonly tf.Tensor[] = []): Replay {
    const directions: ReplayedDirection[] = [];
    const inputs = feedOf(tensor, this.feed(sides));
    const outputs = tf.tidy(() => {
      // A layer after a merge (Concatenate, Add, Dot…) reads what tfjs computed for it, as every non-recurrent layer does.
      const results = runGraph(this.container, inputs, (node, inputs, masks) => {
        const layer = node.outboundLayer;
        const role = layerRole(layer);
        if (role === 'other') return undefined;
        const mask = masks[0] ?? null;
        const result =
          role === 'bidirectional'
            ? replayBidirectional(layer as BidirectionalLike, inputs, mask, this.specOf, editsOf)
            : replayRecurrent(layer as RecurrentLayerLike, inputs, mask, this.specOf, editsOf);
        directions.push(...result.replayed);
        return result.outputs;
      });
      return results.map(([output]) => Float32Array.from(output.dataSync()));
    });
    return { directions, outputs };
  }

  /** Traces one input: every recurrent layer's states and gates per token, the output, influence and the check. */
  trace(input: TraceInput, options: TraceOptions = {}): Trace {
    const { tensor, tokens, sides, editsOf, interventions } = this.prepare(input, options);
    try {
      const { directions, outputs } = this.replay(tensor, editsOf, sides);
      const output = outputs[0] ?? new Float32Array();
      const check = this.check(tensor, directions, outputs, editsOf, sides);
      const influence = this.influence(tensor, output, sides);
      const trace: Trace = {
        format: 'unrolled-trace',
        version: 1,
        tokens,
        layers: traceLayersOf(directions, options.includeInputs === true),
        output: Array.from(output),
        influence,
        check
      };
      if (interventions) trace.interventions = interventions;
      return trace;
    } finally {
      tensor.dispose();
      for (const side of sides) side.dispose();
    }
  }

  /** Compares a replay with tfjs's own run of the same input (with edits: only what they left unchanged). */
  check(
    tensor: tf.Tensor,
    directions: ReplayedDirection[],
    outputs: Float32Array[],
    editsOf?: EditLookup,
    sides: readonly tf.Tensor[] = []
  ): TraceCheck {
    this.modelCheck ??= new ModelCheck(this.container, this.topLevelRecurrent);
    const scope = editsOf ? checkScope(directions, editsOf) : undefined;
    return this.modelCheck.compare(feedOf(tensor, this.feed(sides)), directions, outputs, scope);
  }

  /** Each token's influence on the output's top class (or single score), by tfjs's gradients. */
  influence(
    tensor: tf.Tensor,
    output: ArrayLike<number>,
    sides: readonly tf.Tensor[] = []
  ): number[] {
    return influenceOf(this.container, tensor, influenceTarget(output), this.feed(sides));
  }

  /** The same influence a few gradient path points at a time: yields between pieces, returns the influence. */
  influenceInPieces(
    tensor: tf.Tensor,
    output: ArrayLike<number>,
    sides: readonly tf.Tensor[] = []
  ): Generator<void, number[], void> {
    return influenceInPieces(
      this.container,
      tensor,
      influenceTarget(output),
      undefined,
      this.feed(sides)
    );
  }

  /** Frees what the tracer built (the check model's probe layers); the traced model itself is left alone. */
  dispose(): void {
    this.modelCheck?.dispose();
    this.modelCheck = undefined;
  }
}

const tracers = new WeakMap<tf.LayersModel, Tracer>();

/** Traces one input through a model (reusing a cached Tracer for that model). */
export function traceModel(
  model: tf.LayersModel,
  input: TraceInput,
  options?: TraceOptions
): Trace {
  let tracer = tracers.get(model);
  if (!tracer) {
    tracer = new Tracer(model);
    tracers.set(model, tracer);
  }
  return tracer.trace(input, options);
}
