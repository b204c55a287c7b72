// What LstmCell says: one LSTM step's gates and states, the plain-language figures (how much of the cell state is kept,
// written and read, as means over units), its text alternative and table. The drawing is in lstm-diagram.ts.
import type { LstmGates, TraceStates, TraceLayer } from '../../core/trace/types.js';
import type { TableData } from '../table-data.js';
import {
  describeStep,
  extentOf,
  fixed,
  mean,
  percent,
  quote,
  stateBefore,
  stepAt,
  unitTable,
  unitValues,
  type StepPlace
} from './cell-step.js';

/** Every number of one LSTM step, with the state it started from. */
export interface LstmStep extends StepPlace {
  forget: number[];
  input: number[];
  candidate: number[];
  output: number[];
  /** The cell state before this step (zeros at the start). */
  cBefore: number[];
  c: number[];
  /** The hidden state before this step. */
  hBefore: number[];
  h: number[];
}

/** The numbers of an LSTM layer at step t (clamped into the layer). */
export function lstmStep(trace: TraceStates, layer: TraceLayer, step: number): LstmStep {
  const { place, at, gates } = stepAt<LstmGates>(trace, layer, step);
  const before = stateBefore(layer, place.t);
  return {
    ...place,
    forget: gates.forget ?? [],
    input: gates.input ?? [],
    candidate: gates.candidate ?? [],
    output: gates.output ?? [],
    cBefore: before.c,
    c: at?.c ?? [],
    hBefore: before.h,
    h: at?.h ?? []
  };
}

/** The step in a few numbers: mean gate openings and the ranges of the candidate and states. */
export interface LstmSummary {
  /** Mean forget gate: the share of the cell state kept. */
  keeps: number;
  /** Mean input gate: the share of the candidate written. */
  writes: number;
  /** Mean output gate: the share of the squashed cell state read out. */
  reads: number;
  candidate: [number, number];
  c: [number, number];
  h: [number, number];
}

/** Means over units of the three gates, and the ranges of the candidate, c and h. */
export function lstmSummary(step: LstmStep): LstmSummary {
  return {
    keeps: mean(step.forget),
    writes: mean(step.input),
    reads: mean(step.output),
    candidate: extentOf(step.candidate),
    c: extentOf(step.c),
    h: extentOf(step.h)
  };
}

/** The plain-language sentence for each gate, e.g. "keeps 83% of the cell state on average". */
export function lstmSentences(summary: LstmSummary): {
  forget: string;
  input: string;
  candidate: string;
  output: string;
} {
  return {
    forget: `keeps ${percent(summary.keeps)} of the cell state on average`,
    input: `writes ${percent(summary.writes)} of the candidate into the cell state on average`,
    candidate: `proposes values from ${fixed(summary.candidate[0])} to ${fixed(summary.candidate[1])}`,
    output: `reads ${percent(summary.reads)} of the squashed cell state out as h on average`
  };
}

/** One unit's exact numbers at the step. */
export interface LstmUnit {
  f: number;
  i: number;
  g: number;
  o: number;
  cBefore: number;
  c: number;
  hBefore: number;
  h: number;
}

/** Unit `unit`'s numbers, or undefined when the layer has no such unit. */
export function lstmUnit(step: LstmStep, unit: number | undefined): LstmUnit | undefined {
  return unitValues(step, unit, {
    f: step.forget,
    i: step.input,
    g: step.candidate,
    o: step.output,
    cBefore: step.cBefore,
    c: step.c,
    hBefore: step.hBefore,
    h: step.h
  });
}

/** A one-paragraph text alternative: the layer, the step, the three figures, the ranges, and the focused unit. */
export function describeLstmCell(
  trace: TraceStates,
  layer: TraceLayer,
  step: LstmStep,
  unit?: number
): string {
  const summary = lstmSummary(step);
  const sentences = lstmSentences(summary);
  const values = lstmUnit(step, unit);
  return describeStep(
    trace,
    layer,
    step,
    [
      `the forget gate ${sentences.forget},`,
      `the input gate ${sentences.input} (the candidate ${sentences.candidate}),`,
      `and the output gate ${sentences.output}.`,
      `The cell state c now ranges from ${fixed(summary.c[0])} to ${fixed(summary.c[1])} and the hidden state h from ${fixed(summary.h[0])} to ${fixed(summary.h[1])}.`
    ],
    values &&
      `Unit ${unit}: f = ${fixed(values.f, 3)}, i = ${fixed(values.i, 3)}, candidate = ${fixed(values.g, 3)}, o = ${fixed(values.o, 3)}, c went from ${fixed(values.cBefore, 3)} to ${fixed(values.c, 3)}, h = ${fixed(values.h, 3)}.`
  );
}

/** The step's numbers as a table, one row per unit (the figure's "Show the numbers" and CSV). */
export function lstmTable(step: LstmStep): TableData {
  return unitTable(step.h, {
    'forget f': step.forget,
    'input i': step.input,
    'candidate c̃': step.candidate,
    'output o': step.output,
    [`c ${step.before}`]: step.cBefore,
    'c t': step.c,
    'h t': step.h
  });
}

/** A short summary spoken after a deliberate step: "forget keeps 83%, input writes 12%, output reads 40%." */
export function lstmAnnouncement(step: LstmStep): string {
  const summary = lstmSummary(step);
  return `${quote(step.token)}: forget keeps ${percent(summary.keeps)}, input writes ${percent(summary.writes)}, output reads ${percent(summary.reads)}.`;
}
