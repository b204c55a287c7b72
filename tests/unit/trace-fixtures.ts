// Traces for the parser and schema tests: valid ones of every shape, and bad ones that each break
// exactly one rule, with the JSON path the complaint must name.
import type { CellKind, Direction, Trace, TraceLayer, TraceStep } from '$lib/core/trace/types.js';

/** One layer of a made-up trace. */
export interface LayerSpec {
  name: string;
  cell: CellKind;
  units: number;
  direction?: Direction;
  /** Keep an input vector x of this length on every step. */
  inputLength?: number;
}

/** mulberry32: a tiny seeded generator, so every run builds the same traces. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A structurally valid trace. Its numbers are seeded noise in the right ranges, not cell maths: the parser checks shape, not arithmetic. */
export function makeTrace(tokenCount: number, specs: LayerSpec[], masked: number[] = []): Trace {
  const random = seeded(tokenCount * 31 + specs.length);
  const vector = (n: number, low = -1, high = 1) =>
    Array.from({ length: n }, () => low + (high - low) * random());
  const gate = (n: number) => vector(n, 0, 1);
  const layers = specs.map((spec): TraceLayer => {
    const { name, cell, units, direction = 'forward', inputLength } = spec;
    const steps = Array.from({ length: tokenCount }, (_, t): TraceStep => {
      const step: TraceStep = { h: vector(units), gates: {}, masked: masked.includes(t) };
      if (cell === 'lstm') {
        step.c = vector(units, -3, 3);
        step.gates = {
          input: gate(units),
          forget: gate(units),
          candidate: vector(units),
          output: gate(units)
        };
      }
      if (cell === 'gru') {
        step.gates = { update: gate(units), reset: gate(units), candidate: vector(units) };
      }
      if (inputLength !== undefined) step.x = vector(inputLength);
      return step;
    });
    return { name, cell, direction, units, steps };
  });
  return {
    format: 'unrolled-trace',
    version: 1,
    tokens: Array.from({ length: tokenCount }, (_, t) => ({ text: `w${t}`, id: t + 2 })),
    layers,
    output: [0.25, 0.75],
    influence: vector(tokenCount, 0, 2),
    check: { maxAbsDiff: 3.6e-7, against: 'seeded noise, not a model', backend: 'cpu' }
  };
}

// Tests break traces in ways the types forbid, so the copies they change are untyped on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Untyped = any;

/** A deep copy changed by `change`, typed loosely so tests can break it in any way. */
export function broken(trace: Trace, change: (trace: Untyped) => void): unknown {
  const copy = structuredClone(trace);
  change(copy);
  return copy;
}

/** Three tokens through a Bidirectional LSTM (inputs kept), a GRU and a SimpleRNN; token 2 is padding. */
export function stackTrace(): Trace {
  const trace = makeTrace(
    3,
    [
      { name: 'bi', cell: 'lstm', units: 4, direction: 'forward', inputLength: 5 },
      { name: 'bi', cell: 'lstm', units: 4, direction: 'backward', inputLength: 5 },
      { name: 'gru', cell: 'gru', units: 3 },
      { name: 'rnn', cell: 'simple_rnn', units: 2 }
    ],
    [2]
  );
  Object.assign(trace.layers[2]!, { resetAfter: true, recurrentActivation: 'sigmoid' });
  return trace;
}

/** Valid traces covering every cell kind and optional field. */
export const VALID_TRACES: { name: string; make: () => Trace }[] = [
  {
    name: 'a SimpleRNN layer',
    make: () => makeTrace(4, [{ name: 'simple_rnn', cell: 'simple_rnn', units: 3 }])
  },
  {
    name: 'an LSTM layer with its activations named',
    make: () => {
      const trace = makeTrace(2, [{ name: 'lstm', cell: 'lstm', units: 5 }]);
      Object.assign(trace.layers[0]!, { activation: 'tanh', recurrentActivation: 'hardSigmoid' });
      return trace;
    }
  },
  {
    name: 'a GRU layer in the tfjs form',
    make: () => makeTrace(3, [{ name: 'gru', cell: 'gru', units: 2 }])
  },
  { name: 'a stack with a Bidirectional LSTM, inputs kept and padding', make: stackTrace },
  {
    name: 'a lone backward layer (go_backwards)',
    make: () => makeTrace(2, [{ name: 'rev', cell: 'gru', units: 2, direction: 'backward' }])
  },
  {
    name: 'a one-token trace checked in relative mode',
    make: () => {
      const trace = makeTrace(1, [{ name: 'relu_rnn', cell: 'simple_rnn', units: 1 }]);
      trace.layers[0]!.activation = 'relu';
      trace.check.mode = 'relative';
      return trace;
    }
  },
  {
    name: 'a trace made with interventions',
    make: () => {
      const trace = makeTrace(3, [{ name: 'lstm', cell: 'lstm', units: 2 }]);
      trace.interventions = [
        { layer: 'lstm', set: 'forget', value: 1, units: 'all', steps: [2, 3] },
        { layer: 'lstm', set: 'h', value: 0, units: [1], steps: 'all' },
        { token: 1, text: 'France', id: 7, replaced: { text: 'Ireland', id: 9 } }
      ];
      Object.assign(trace.check, { compared: 'partial', skipped: ['lstm (forward) from token 2'] });
      return trace;
    }
  }
];

/** A trace that breaks one rule; `path` is where the complaint must point, `schema` whether TRACE_SCHEMA alone can see it. */
export interface BadTrace {
  rule: string;
  path: string;
  schema: boolean;
  /** False when the value cannot be written as JSON at all (NaN, Infinity). */
  json?: boolean;
  make: () => unknown;
}

const stack = (change: (trace: Untyped) => void) => () => broken(stackTrace(), change);
const pair = (a: LayerSpec, b: LayerSpec) => () => makeTrace(2, [a, b]);

/** Each entry breaks exactly one rule of the format (layers: 0 bi-forward LSTM, 1 bi-backward LSTM, 2 GRU, 3 SimpleRNN). */
export const BAD_TRACES: BadTrace[] = [
  // What the schema can say.
  { rule: 'root must be an object', path: '', schema: true, make: () => [stackTrace()] },
  {
    rule: 'format must be "unrolled-trace"',
    path: 'format',
    schema: true,
    make: stack((t) => (t.format = 'layers-model'))
  },
  { rule: 'version must be 1', path: 'version', schema: true, make: stack((t) => (t.version = 2)) },
  {
    rule: 'no unknown top-level property',
    path: 'model',
    schema: true,
    make: stack((t) => (t.model = 'x'))
  },
  {
    rule: 'tokens is not empty',
    path: 'tokens',
    schema: true,
    make: stack((t) => (t.tokens = []))
  },
  {
    rule: 'token id is an integer ≥ 0',
    path: 'tokens[1].id',
    schema: true,
    make: stack((t) => (t.tokens[1].id = -1))
  },
  {
    rule: 'token id is an integer',
    path: 'tokens[1].id',
    schema: true,
    make: stack((t) => (t.tokens[1].id = 1.5))
  },
  {
    rule: 'token text is required',
    path: 'tokens[0].text',
    schema: true,
    make: stack((t) => delete t.tokens[0].text)
  },
  { rule: 'layers is required', path: 'layers', schema: true, make: stack((t) => delete t.layers) },
  {
    rule: 'cell is a known kind',
    path: 'layers[2].cell',
    schema: true,
    make: stack((t) => (t.layers[2].cell = 'transformer'))
  },
  {
    rule: 'direction is forward or backward',
    path: 'layers[3].direction',
    schema: true,
    make: stack((t) => (t.layers[3].direction = 'sideways'))
  },
  {
    rule: 'units is a positive integer',
    path: 'layers[3].units',
    schema: true,
    make: stack((t) => (t.layers[3].units = 0))
  },
  {
    rule: 'name is not empty',
    path: 'layers[3].name',
    schema: true,
    make: stack((t) => (t.layers[3].name = ''))
  },
  {
    rule: 'LSTM steps have c',
    path: 'layers[0].steps[1].c',
    schema: true,
    make: stack((t) => delete t.layers[0].steps[1].c)
  },
  {
    rule: 'GRU steps have no c',
    path: 'layers[2].steps[0].c',
    schema: true,
    make: stack((t) => (t.layers[2].steps[0].c = [0, 0, 0]))
  },
  {
    rule: 'SimpleRNN steps have no c',
    path: 'layers[3].steps[0].c',
    schema: true,
    make: stack((t) => (t.layers[3].steps[0].c = [0, 0]))
  },
  {
    rule: 'LSTM steps have a forget gate',
    path: 'layers[1].steps[2].gates.forget',
    schema: true,
    make: stack((t) => delete t.layers[1].steps[2].gates.forget)
  },
  {
    rule: 'LSTM steps have no update gate',
    path: 'layers[0].steps[0].gates.update',
    schema: true,
    make: stack((t) => (t.layers[0].steps[0].gates.update = [0, 0, 0, 0]))
  },
  {
    rule: 'GRU steps have no input gate',
    path: 'layers[2].steps[1].gates.input',
    schema: true,
    make: stack((t) => (t.layers[2].steps[1].gates.input = [0, 0, 0]))
  },
  {
    rule: 'GRU steps have a reset gate',
    path: 'layers[2].steps[1].gates.reset',
    schema: true,
    make: stack((t) => delete t.layers[2].steps[1].gates.reset)
  },
  {
    rule: 'SimpleRNN steps have no gates',
    path: 'layers[3].steps[0].gates.input',
    schema: true,
    make: stack((t) => (t.layers[3].steps[0].gates.input = [0, 0]))
  },
  {
    rule: 'h holds numbers',
    path: 'layers[0].steps[0].h[2]',
    schema: true,
    make: stack((t) => (t.layers[0].steps[0].h[2] = '0.5'))
  },
  {
    rule: 'h is an array',
    path: 'layers[0].steps[0].h',
    schema: true,
    make: stack((t) => (t.layers[0].steps[0].h = { 0: 0.5 }))
  },
  {
    rule: 'gates hold numbers',
    path: 'layers[2].steps[0].gates.update[1]',
    schema: true,
    make: stack((t) => (t.layers[2].steps[0].gates.update[1] = null))
  },
  {
    rule: 'masked is required',
    path: 'layers[2].steps[2].masked',
    schema: true,
    make: stack((t) => delete t.layers[2].steps[2].masked)
  },
  {
    rule: 'masked is a boolean',
    path: 'layers[3].steps[1].masked',
    schema: true,
    make: stack((t) => (t.layers[3].steps[1].masked = 'no'))
  },
  {
    rule: 'no unknown step property',
    path: 'layers[0].steps[0].y',
    schema: true,
    make: stack((t) => (t.layers[0].steps[0].y = [1]))
  },
  {
    rule: 'resetAfter only on GRU',
    path: 'layers[0].resetAfter',
    schema: true,
    make: stack((t) => (t.layers[0].resetAfter = false))
  },
  {
    rule: 'resetAfter is a boolean',
    path: 'layers[2].resetAfter',
    schema: true,
    make: stack((t) => (t.layers[2].resetAfter = 'yes'))
  },
  {
    rule: 'no recurrentActivation on SimpleRNN',
    path: 'layers[3].recurrentActivation',
    schema: true,
    make: stack((t) => (t.layers[3].recurrentActivation = 'sigmoid'))
  },
  {
    rule: 'influence is never negative',
    path: 'influence[1]',
    schema: true,
    make: stack((t) => (t.influence[1] = -0.5))
  },
  {
    rule: 'output is not empty',
    path: 'output',
    schema: true,
    make: stack((t) => (t.output = []))
  },
  {
    rule: 'maxAbsDiff is ≥ 0',
    path: 'check.maxAbsDiff',
    schema: true,
    make: stack((t) => (t.check.maxAbsDiff = -1e-7))
  },
  {
    rule: 'check mode is absolute or relative',
    path: 'check.mode',
    schema: true,
    make: stack((t) => (t.check.mode = 'fuzzy'))
  },
  {
    rule: 'check names its backend',
    path: 'check.backend',
    schema: true,
    make: stack((t) => delete t.check.backend)
  },
  {
    rule: 'x is not empty',
    path: 'layers[0].steps[0].x',
    schema: true,
    make: stack((t) => (t.layers[0].steps[0].x = []))
  },
  // What only parseTrace can say.
  {
    rule: 'one step per token',
    path: 'layers[1].steps',
    schema: false,
    make: stack((t) => t.layers[1].steps.pop())
  },
  {
    rule: 'h has units numbers',
    path: 'layers[0].steps[1].h',
    schema: false,
    make: stack((t) => t.layers[0].steps[1].h.pop())
  },
  {
    rule: 'c has units numbers',
    path: 'layers[1].steps[0].c',
    schema: false,
    make: stack((t) => t.layers[1].steps[0].c.push(0))
  },
  ...['input', 'forget', 'candidate', 'output'].map((gate) => ({
    rule: `the LSTM ${gate} gate has units numbers`,
    path: `layers[0].steps[2].gates.${gate}`,
    schema: false,
    make: stack((t) => t.layers[0].steps[2].gates[gate].pop())
  })),
  ...['update', 'reset', 'candidate'].map((gate) => ({
    rule: `the GRU ${gate} gate has units numbers`,
    path: `layers[2].steps[0].gates.${gate}`,
    schema: false,
    make: stack((t) => t.layers[2].steps[0].gates[gate].push(0.5))
  })),
  {
    rule: 'influence has one number per token',
    path: 'influence',
    schema: false,
    make: stack((t) => t.influence.pop())
  },
  {
    rule: 'the two entries of a Bidirectional layer are adjacent',
    path: 'layers[3].name',
    schema: false,
    make: stack((t) => t.layers.push(...t.layers.splice(1, 1)))
  },
  {
    rule: 'a Bidirectional layer lists forward first',
    path: 'layers[1].direction',
    schema: false,
    make: stack((t) => t.layers.unshift(...t.layers.splice(1, 1)))
  },
  {
    rule: 'two adjacent entries of one name read opposite ways',
    path: 'layers[1].direction',
    schema: false,
    make: stack((t) => (t.layers[1].direction = 'forward'))
  },
  {
    rule: 'a name appears at most twice',
    path: 'layers[2].name',
    schema: false,
    make: stack((t) => t.layers.splice(2, 0, structuredClone(t.layers[1])))
  },
  {
    rule: 'both entries of a Bidirectional layer share the cell',
    path: 'layers[1].cell',
    schema: false,
    make: pair(
      { name: 'bi', cell: 'gru', units: 3 },
      { name: 'bi', cell: 'simple_rnn', units: 3, direction: 'backward' }
    )
  },
  {
    rule: 'both entries of a Bidirectional layer share units',
    path: 'layers[1].units',
    schema: false,
    make: pair(
      { name: 'bi', cell: 'lstm', units: 4 },
      { name: 'bi', cell: 'lstm', units: 3, direction: 'backward' }
    )
  },
  {
    rule: 'x is kept on every step or none (missing)',
    path: 'layers[0].steps[1].x',
    schema: false,
    make: stack((t) => delete t.layers[0].steps[1].x)
  },
  {
    rule: 'x is kept on every step or none (extra)',
    path: 'layers[2].steps[1].x',
    schema: false,
    make: stack((t) => (t.layers[2].steps[1].x = [1, 2]))
  },
  {
    rule: 'every x of a layer has one length',
    path: 'layers[1].steps[2].x',
    schema: false,
    make: stack((t) => t.layers[1].steps[2].x.pop())
  },
  // Values JSON cannot even carry, from callers that hand over objects.
  ...[NaN, Infinity, -Infinity].map((bad) => ({
    rule: `numbers are finite (${bad})`,
    path: 'layers[1].steps[0].gates.candidate[3]',
    schema: false,
    json: false,
    make: stack((t) => (t.layers[1].steps[0].gates.candidate[3] = bad))
  })),
  {
    rule: 'maxAbsDiff is finite',
    path: 'check.maxAbsDiff',
    schema: false,
    json: false,
    make: stack((t) => (t.check.maxAbsDiff = NaN))
  },
  {
    rule: 'an intervention names units from 0',
    path: 'interventions[0]',
    schema: true,
    make: stack(
      (t) => (t.interventions = [{ layer: 'gru', set: 'h', value: 0, units: [-1], steps: 'all' }])
    )
  },
  {
    rule: "an intervention's steps run from ≤ to",
    path: 'interventions[0]',
    schema: false,
    make: stack(
      (t) => (t.interventions = [{ layer: 'gru', set: 'h', value: 0, units: 'all', steps: [5, 3] }])
    )
  }
];

/** The JSON path a validateTrace message names ('' for the root), or undefined when it names none. */
export function problemPath(message: string): string | undefined {
  if (message.startsWith('Trace version ')) return 'version';
  if (message.startsWith('Trace is invalid: ')) return '';
  return /^Trace is invalid at (.+?): /.exec(message)?.[1];
}
