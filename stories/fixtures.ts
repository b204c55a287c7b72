// The traces stories draw. Every one is a real trace of a real tfjs model (see scripts/make-fixture-traces.ts);
// "untrained" traces come from seeded random weights and say so in the stories that use them.
import type { Trace } from '../src/lib/core/trace/types.js';
import fibonacci from '../tests/fixtures/traces/fibonacci-30.json';
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
