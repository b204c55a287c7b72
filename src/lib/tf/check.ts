// Checks a trace against tfjs itself: per-step outputs of every recurrent direction and the model's final outputs.
import * as tf from '@tensorflow/tfjs';
import { isBounded } from '../core/activations.js';
import { referenceRun } from '../core/cells/reference.js';
import type { CellSpec } from '../core/cells/weights.js';
import { maxDistance } from '../core/trace/verdict.js';
import type { TraceCheck } from '../core/trace/types.js';
import type {
  ContainerLike,
  GraphNode,
  LayerLike,
  RecurrentLayerLike,
  SymbolicTensorLike
} from './internals.js';
import type { CheckScope } from './intervene.js';
import { cellSpecOf } from './extract.js';
import type { ReplayedDirection } from './replay.js';

interface ProbeTarget {
  /** The tfjs layer of one direction. */
  layer: RecurrentLayerLike;
  /** Its probe output index in the check model. */
  output: number;
}

type LayerClass = { fromConfig(cls: unknown, config: Record<string, unknown>): LayerLike };

let probeCount = 0;

/** A twin of a recurrent layer that returns every step (and nothing else), with the same weights. */
function probeOf(
  layer: RecurrentLayerLike,
  input: SymbolicTensorLike
): { probe: LayerLike; output: unknown } {
  const config: Record<string, unknown> = {
    ...layer.getConfig(),
    name: `${layer.name}__unrolled_probe_${++probeCount}`,
    returnSequences: true,
    returnState: false,
    stateful: false,
    // The probe's weights are copied from the layer: skip the (slow, noisy) orthogonal initialisation.
    kernelInitializer: 'zeros',
    recurrentInitializer: 'zeros',
    biasInitializer: 'zeros'
  };
  delete config.batchInputShape;
  delete config.inputShape;
  const cls = layer.constructor as unknown as LayerClass;
  const probe = cls.fromConfig(cls, config);
  const output = probe.apply(input);
  probe.setWeights(layer.getWeights());
  return { probe, output };
}

/** A second model over the same inputs that also outputs every recurrent direction's per-step outputs. */
export class ModelCheck {
  private readonly model: tf.LayersModel;
  private readonly probes: ProbeTarget[] = [];
  private readonly outputCount: number;
  private readonly referenceSpecs = new Map<RecurrentLayerLike, CellSpec>();

  /** Builds probes for the recurrent nodes of the model's own graph (nodes inside nested models are checked through the final output). */
  constructor(container: ContainerLike, recurrentNodes: GraphNode[]) {
    const outputs: unknown[] = [];
    for (const node of recurrentNodes) {
      const layer = node.outboundLayer as RecurrentLayerLike & {
        forwardLayer?: RecurrentLayerLike;
        backwardLayer?: RecurrentLayerLike;
      };
      const directions = layer.forwardLayer ? [layer.forwardLayer, layer.backwardLayer!] : [layer];
      for (const direction of directions) {
        const { output } = probeOf(direction, node.inputTensors[0]!);
        this.probes.push({ layer: direction, output: outputs.length });
        outputs.push(output);
      }
    }
    this.outputCount = container.outputs.length;
    this.model = tf.model({
      inputs: container.inputs as unknown as tf.SymbolicTensor[],
      outputs: [...outputs, ...container.outputs] as tf.SymbolicTensor[]
    });
  }

  /**
   * Runs tfjs on the input and compares: each replayed direction's states (processing order) with its probe's outputs,
   * and the trace's final outputs with the model's. With interventions, `scope` says what tfjs can still be compared on.
   */
  compare(
    input: tf.Tensor | tf.Tensor[],
    replayed: ReplayedDirection[],
    finalOutputs: Float32Array[],
    scope?: CheckScope
  ): TraceCheck {
    const relative = replayed.some(
      ({ spec }) =>
        !isBounded(spec.activation) ||
        (spec.kind !== 'simple_rnn' && !isBounded(spec.recurrentActivation))
    );
    const results = tf.tidy(() => {
      const predicted = this.model.predict(input);
      return (Array.isArray(predicted) ? predicted : [predicted]).map(
        (t) => t.dataSync() as Float32Array
      );
    });
    let worst = 0;
    const reference = { replay: 0, tfjs: 0 };
    for (const probe of this.probes) {
      const direction = replayed.find((r) => r.layer === probe.layer);
      if (!direction) continue;
      const theirs = results[probe.output]!;
      worst = Math.max(
        worst,
        maxDistance(direction.run.h, theirs, relative, scope?.limit(direction) ?? theirs.length)
      );
      // The float64 reference replays the weights as they are: an intervened run has no exact twin.
      if (scope) continue;
      const exact = this.exact(probe.layer, direction);
      reference.replay = Math.max(reference.replay, maxDistance(direction.run.h, exact, relative));
      reference.tfjs = Math.max(reference.tfjs, maxDistance(theirs, exact, relative));
    }
    const firstOutput = results.length - this.outputCount;
    if (scope?.outputs !== false)
      finalOutputs.forEach((mine, i) => {
        worst = Math.max(worst, maxDistance(mine, results[firstOutput + i]!, relative));
      });
    return {
      maxAbsDiff: worst,
      against: `tfjs ${tf.version.tfjs} model.predict: per-step outputs of every recurrent layer and the model's final output`,
      backend: tf.getBackend(),
      mode: relative ? 'relative' : 'absolute',
      ...scope?.report,
      ...(this.probes.length > 0 && !scope ? { reference } : {})
    };
  }

  // The float64 replay of a direction, from the weights tfjs holds (read afresh, not the replay's own
  // spec, so a misread weight or activation in the replay shows up as distance from exact).
  private exact(layer: RecurrentLayerLike, direction: ReplayedDirection): Float64Array {
    let spec = this.referenceSpecs.get(layer);
    if (!spec) {
      spec = cellSpecOf(layer);
      this.referenceSpecs.set(layer, spec);
    }
    return referenceRun(spec, direction.inputs, direction.run.steps, direction.options);
  }

  /** Frees the probe layers' weights. */
  dispose(): void {
    for (const layer of this.model.layers) {
      if (layer.name.includes('__unrolled_probe_')) layer.dispose();
    }
  }
}
