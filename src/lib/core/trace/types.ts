// The Trace: what a recurrent model did at every step of one input, as plain JSON-ready data (format version 1).

/** The kind of recurrent cell a trace layer ran. */
export type CellKind = 'simple_rnn' | 'lstm' | 'gru';

/** Every cell kind, in the order the site introduces them. */
export const CELL_KINDS: readonly CellKind[] = ['simple_rnn', 'lstm', 'gru'];

/** Which way a layer read the sequence; a Bidirectional layer appears as one entry of each. */
export type Direction = 'forward' | 'backward';

/** LSTM gate activations at one step, one number per unit. */
export interface LstmGates {
  /** i: how much of the candidate is written into the cell state. */
  input: number[];
  /** f: how much of the previous cell state is kept. */
  forget: number[];
  /** g (c̃): the candidate values, after the cell activation. */
  candidate: number[];
  /** o: how much of the squashed cell state is read out as h. */
  output: number[];
}

/** GRU gate activations at one step, one number per unit. */
export interface GruGates {
  /** z: how much of the previous state is kept (h = z⊙h₋₁ + (1−z)⊙h̃). */
  update: number[];
  /** r: how much of the previous state feeds the candidate. */
  reset: number[];
  /** h̃: the candidate state, after the activation. */
  candidate: number[];
}

/** A SimpleRNN has no gates: its step records an empty object. */
export type NoGates = Record<string, never>;

/** Gate activations of any cell kind. */
export type Gates = LstmGates | GruGates | NoGates;

/** What one layer held after reading one token. */
export interface TraceStep {
  /** Hidden state h_t (the layer's output at this step). */
  h: number[];
  /** Cell state c_t; LSTM only. */
  c?: number[];
  /** Gate activations at this step (empty for SimpleRNN). */
  gates: Gates;
  /** True when the input was masked here (padding): every state was carried over unchanged. */
  masked: boolean;
  /** The input vector x_t the cell received at this step, when the trace was asked to keep inputs. */
  x?: number[];
}

/** One direction of one recurrent layer. */
export interface TraceLayer {
  /** The layer's name in the model (a Bidirectional layer's name for both of its entries). */
  name: string;
  /** The cell kind. */
  cell: CellKind;
  /** Reading direction; steps are aligned to tokens either way. */
  direction: Direction;
  /** Number of units (length of h, c and every gate vector). */
  units: number;
  /** steps[t] belongs to tokens[t], in both directions. */
  steps: TraceStep[];
  /** The cell's activation (tanh unless configured). */
  activation?: string;
  /** The gates' activation (tfjs default hardSigmoid, Keras default sigmoid); absent for SimpleRNN. */
  recurrentActivation?: string;
  /** GRU only: true for the Keras reset_after form (reset gate applied after the recurrent product). */
  resetAfter?: boolean;
}

/** One input token as the model received it. */
export interface TraceToken {
  /** Text of the token (a word, a subword piece, or a placeholder like "#3" for raw ids). */
  text: string;
  /** The id fed to the model (or the step index for float-sequence inputs). */
  id: number;
}

/** How the trace was checked against the real model. */
export interface TraceCheck {
  /** Largest difference between the trace's numbers and tfjs's own for the same input. */
  maxAbsDiff: number;
  /** What the trace was compared with, e.g. "tfjs 4.22.0 model.predict, per-step outputs of every recurrent layer". */
  against: string;
  /** The tfjs backend that produced both sides, e.g. "cpu" or "wasm". */
  backend: string;
  /** "absolute" for bounded activations; "relative" (difference / max(1, |value|)) when unbounded activations are involved. */
  mode?: 'absolute' | 'relative';
  /** With interventions: "all" (nothing changed what tfjs computes), "partial" or "none" (nothing left to compare). Absent means "all". */
  compared?: 'all' | 'partial' | 'none';
  /** With interventions: what was left out of the comparison because an intervention changed it, e.g. "lstm (forward) from token 4". */
  skipped?: string[];
  /** Distances from a float64 replay of the same weights (same mode as maxAbsDiff), per-step outputs of every recurrent layer. */
  reference?: TraceReference;
}

/** How far the trace and tfjs each are from exact arithmetic (a float64 replay of the same weights). */
export interface TraceReference {
  /** Largest distance of the trace's per-step outputs from the float64 values. */
  replay: number;
  /** Largest distance of tfjs's per-step outputs from the float64 values. */
  tfjs: number;
}

/** What a state intervention sets: a gate (clamped while the cell runs) or a state (overwritten after the step). */
export type InterventionTarget =
  'input' | 'forget' | 'candidate' | 'output' | 'update' | 'reset' | 'h' | 'c';

/** Sets a gate or a state of one recurrent layer to `value`, for chosen units and steps, while the replay runs. */
export interface StateIntervention {
  /** The recurrent layer's name (a Bidirectional wrapper's name sets both halves unless `direction` says which). */
  layer: string;
  /** Only this half of a Bidirectional layer. */
  direction?: Direction;
  /** The gate or state; "h" on an LSTM also sets c to the same value (so 0 silences the unit). */
  set: InterventionTarget;
  /** The value it is set to. */
  value: number;
  /** Units, numbered from 0, or "all". */
  units: 'all' | number[];
  /** Steps (tokens), numbered from 1, as an inclusive range [from, to], or "all". */
  steps: 'all' | [number, number];
}

/** Replaces one input token by another: the trace is the trace of the changed sentence. */
export interface TokenSwap {
  /** The token's position, numbered from 1. */
  token: number;
  /** The new token's text (looked up in the tokenizer when no id is given). */
  text?: string;
  /** The new token's id. */
  id?: number;
  /** The token that was replaced (filled in by the tracer). */
  replaced?: TraceToken;
}

/** One what-if edit of a trace. */
export type Intervention = StateIntervention | TokenSwap;

/** A full trace of one input through a model (format "unrolled-trace", version 1). */
export interface Trace {
  format: 'unrolled-trace';
  version: 1;
  /** The input tokens, in order. */
  tokens: TraceToken[];
  /** Every recurrent layer in model order; a Bidirectional layer as two entries, forward first. */
  layers: TraceLayer[];
  /** The model's own final output for this input, flattened (class probabilities or a sigmoid score). */
  output: number[];
  /** How much each token mattered to the answer: |integrated gradient| of the answer's logit over the token's input vector. */
  influence: number[];
  /** The check against the real model. */
  check: TraceCheck;
  /** How strongly one output depends on each step of every recurrent layer, when the trace was asked for it. */
  gradients?: TraceGradients;
  /** The interventions the trace was made with (absent: none), as applied: token swaps with their ids. */
  interventions?: Intervention[];
}

/** Gradient norms of one output with respect to one step of one recurrent layer. */
export interface GradientStep {
  /** ‖∂y/∂x_t‖: the step's input vector. */
  dx: number;
  /** ‖∂y/∂h_t‖: the hidden state after the step (its whole effect: through the layer's output and later steps). */
  dh: number;
  /** ‖∂y/∂c_t‖: the cell state after the step; LSTM only. */
  dc?: number;
}

/** Gradient norms for one direction of one recurrent layer, in the order of `Trace.layers`. */
export interface TraceGradientLayer {
  /** The layer's name, as in `Trace.layers`. */
  name: string;
  /** Reading direction, as in `Trace.layers`. */
  direction: Direction;
  /** steps[t] belongs to tokens[t]. */
  steps: GradientStep[];
}

/** The gradient of one output y with respect to every step of every recurrent layer (exact back-propagation). */
export interface TraceGradients {
  /** Which entry of the flattened output y is (by default the top class, or the single score). */
  output: number;
  /** "logit": y is that entry's pre-activation in a final softmax/sigmoid Dense layer; "output": the entry itself. */
  of: 'logit' | 'output';
  /** One entry per entry of `Trace.layers`, same order. */
  layers: TraceGradientLayer[];
}

/** A trace before its check and influence: what replaying the model gives (a client's state, never a file). */
export type TraceStates = Omit<Trace, 'influence' | 'check'>;

/** A trace as it streams in from a tracer: its states first, then its check, then its influence. */
export type PartialTrace = TraceStates & Partial<Pick<Trace, 'influence' | 'check'>>;
