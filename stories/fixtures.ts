// The traces stories draw. Every one is a real trace of a real tfjs model (see scripts/make-fixture-traces.ts);
// "untrained" traces come from seeded random weights and say so in the stories that use them.
import type { Trace } from '../src/lib/core/trace/types.js';
import fibonacci from '../tests/fixtures/traces/fibonacci-30.json';
import memoryGru from '../static/traces/memory-gru-ireland.json';
import memoryLstm from '../static/traces/memory-lstm-ireland.json';
import memoryRnn from '../static/traces/memory-rnn-ireland.json';
import sentimentBilstm from '../static/traces/sentiment-bilstm-review.json';
import sentimentGru from '../static/traces/sentiment-gru-review.json';
import sentimentStacked from '../static/traces/sentiment-stacked-bilstm-review.json';
import memoryGruMeta from '../static/models/memory-gru/meta.json';
import memoryLstmMeta from '../static/models/memory-lstm/meta.json';
import memoryRnnMeta from '../static/models/memory-rnn/meta.json';
import bigru from '../tests/fixtures/traces/untrained-bigru-ireland.json';
import gruOneToken from '../tests/fixtures/traces/untrained-gru-1-token.json';
import gru200 from '../tests/fixtures/traces/untrained-gru-200-tokens.json';
import kerasGru from '../tests/fixtures/traces/untrained-keras-gru-ireland.json';
import stackedGru from '../tests/fixtures/traces/untrained-stacked-bigru-ireland.json';
import bilstm from '../tests/fixtures/traces/untrained-bilstm-ireland.json';
import gru from '../tests/fixtures/traces/untrained-gru-ireland.json';
import lstm from '../tests/fixtures/traces/untrained-lstm-ireland.json';
import oneToken from '../tests/fixtures/traces/untrained-lstm-1-token.json';
import long from '../tests/fixtures/traces/untrained-lstm-200-tokens.json';
import rnn from '../tests/fixtures/traces/untrained-rnn-ireland.json';
import stacked from '../tests/fixtures/traces/untrained-stacked-bilstm-ireland.json';

/** Named traces for stories. */
export const traces = {
  lstmIreland: lstm as Trace,
  gruIreland: gru as Trace,
  rnnIreland: rnn as Trace,
  bilstmIreland: bilstm as Trace,
  stackedIreland: stacked as Trace,
  lstmOneToken: oneToken as Trace,
  lstm200: long as Trace,
  gruOneToken: gruOneToken as Trace,
  gru200: gru200 as Trace,
  bigruIreland: bigru as Trace,
  stackedBigruIreland: stackedGru as Trace,
  /** A Keras-form GRU (reset_after=True) loaded through unrolled's KerasGRU layer. */
  kerasGruIreland: kerasGru as Trace,
  /** The shipped fibonacci network (fixed weights, not trained) fed 1, 0, 0, … for 30 steps. */
  fibonacci30: fibonacci as Trace
};

/** The note stories show under figures drawn from untrained models. */
export const UNTRAINED_NOTE =
  'Illustrative: a real trace of a tfjs model with random, untrained weights.';

/** Traces of the trained models unrolled ships (static/traces, made by scripts/make-site-traces.ts). */
export const shipped = {
  /** memory-rnn on "I lived in Ireland, so at school they made me learn how to speak". */
  memoryRnn: memoryRnn as Trace,
  /** memory-lstm on the Ireland sentence. */
  memoryLstm: memoryLstm as Trace,
  /** memory-gru on the Ireland sentence. */
  memoryGru: memoryGru as Trace,
  /** sentiment-bilstm (the notebook's Bidirectional LSTM) on "the acting was great but the plot was not good". */
  sentimentBilstm: sentimentBilstm as Trace,
  /** sentiment-stacked-bilstm (two Bidirectional LSTMs) on the same review. */
  sentimentStacked: sentimentStacked as Trace,
  /** sentiment-gru (Bidirectional GRU) on the same review. */
  sentimentGru: sentimentGru as Trace
};

/** The memory models' meta.json (labels and held-out evaluation per distance bucket). */
export const memoryMeta = [memoryRnnMeta, memoryLstmMeta, memoryGruMeta];

/** The note stories show under figures drawn from the shipped, trained models. */
export const SHIPPED_NOTE =
  'A real trace of a trained model unrolled ships (static/models), on its example sentence.';
