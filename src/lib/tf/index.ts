// unrolled/tf: the tfjs adapter, the only part of unrolled that imports TensorFlow.js.
export { Tracer, traceModel, type TraceOptions, type Replay } from './tracer.js';
export { prepareInput, inputSpecOf, type TraceInput, type InputSpec } from './input.js';
export type { SideInputSpec } from './side-inputs.js';
export { cellSpecOf, layerRole, type LayerRole } from './extract.js';
export { ModelCheck } from './check.js';
export { influenceOf, influenceTarget } from './influence.js';
export { benchmarkTrace, median, type BenchResult } from './benchmark.js';
export { randomInput } from './random-input.js';
export {
  loadModel,
  handlerFor,
  readModelFiles,
  modelFromArtifacts,
  type ModelSource,
  type ModelInMemory,
  type LoadModelOptions,
  type ModelFileReader
} from './load.js';
export { saveModel, type SaveTarget } from './save.js';
export {
  registerKerasGru,
  KerasGRU,
  KerasGRUCell,
  kerasGru,
  type KerasGRULayerArgs
} from './keras-gru.js';
export { parseModelJson, SUPPORTED_RECURRENT } from './validate-weights.js';
export { evaluateModel, type EvaluateOptions } from './evaluate.js';
export type { ModelMeta } from './models/meta.js';
export { fibonacciModel } from './models/fibonacci.js';
export * from './train/index.js';
export {
  GradientTracer,
  toTraceGradients,
  type GradientOptions,
  type ModelGradients,
  type DirectionGradients
} from './gradients/gradient-tracer.js';
export { benchmarkGradients, type GradientBenchResult } from './gradients/benchmark.js';
