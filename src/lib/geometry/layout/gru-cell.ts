// What GruCell says: one GRU step's update and reset gates and candidate, the mix h_t = z⊙h_{t−1} + (1−z)⊙h̃ with its
// plain-language figures (means over units), its text alternative and table. The drawing is in gru-diagram.ts.
import type { GruGates, TraceStates, TraceLayer } from '../../core/trace/types.js';
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

/** Which GRU: Keras's reset_after (reset applied after the recurrent product) or tfjs's own (before it). */
export type GruForm = 'keras-reset-after' | 'tfjs';

/** The form of a GRU layer, from its resetAfter flag. */
export function gruForm(layer: TraceLayer): GruForm {
  return layer.resetAfter === true ? 'keras-reset-after' : 'tfjs';
}

/** A sentence naming the form and where the reset gate acts. */
export function gruFormSentence(form: GruForm): string {
  return form === 'keras-reset-after'
    ? 'Keras reset_after form: the reset gate scales the recurrent product h·U_h (plus its bias), after the product.'
    : 'tfjs form: the reset gate scales the previous state h before the recurrent product with U_h.';
}

/** Every number of one GRU step, with the state it started from. */
export interface GruStep extends StepPlace {
  update: number[];
  reset: number[];
  candidate: number[];
  /** The hidden state before this step (zeros at the start). */
  hBefore: number[];
  h: number[];
}

/** The numbers of a GRU layer at step t (clamped into the layer). */
export function gruStep(trace: TraceStates, layer: TraceLayer, step: number): GruStep {
  const { place, at, gates } = stepAt<GruGates>(trace, layer, step);
  return {
    ...place,
    update: gates.update ?? [],
    reset: gates.reset ?? [],
    candidate: gates.candidate ?? [],
    hBefore: stateBefore(layer, place.t).h,
    h: at?.h ?? []
  };
}

/** The step in a few numbers. */
export interface GruSummary {
  /** Mean update gate: the share of the old state kept. */
  keeps: number;
  /** 1 − keeps: the share taken from the candidate. */
  takes: number;
  /** Mean reset gate: the share of the old state let into the candidate. */
  lets: number;
  candidate: [number, number];
  h: [number, number];
}

/** Means over units of the gates, and the ranges of the candidate and h. */
export function gruSummary(step: GruStep): GruSummary {
  const keeps = mean(step.update);
  return {
    keeps,
    takes: 1 - keeps,
    lets: mean(step.reset),
    candidate: extentOf(step.candidate),
    h: extentOf(step.h)
  };
}

/** The plain-language sentence for each part, e.g. "keeps 70% of the old state on average". */
export function gruSentences(summary: GruSummary): {
  update: string;
  reset: string;
  candidate: string;
} {
  return {
    update: `keeps ${percent(summary.keeps)} of the old state and takes ${percent(summary.takes)} from the candidate, on average`,
    reset: `lets ${percent(summary.lets)} of the old state into the candidate on average`,
    candidate: `proposes values from ${fixed(summary.candidate[0])} to ${fixed(summary.candidate[1])}`
  };
}

/** One unit's exact numbers at the step. */
export interface GruUnit {
  z: number;
  r: number;
  candidate: number;
  hBefore: number;
  h: number;
}

/** Unit `unit`'s numbers, or undefined when the layer has no such unit. */
export function gruUnit(step: GruStep, unit: number | undefined): GruUnit | undefined {
  return unitValues(step, unit, {
    z: step.update,
    r: step.reset,
    candidate: step.candidate,
    hBefore: step.hBefore,
    h: step.h
  });
}

/** A one-paragraph text alternative: the layer and its form, the step, the figures, the range of h, the focused unit. */
export function describeGruCell(
  trace: TraceStates,
  layer: TraceLayer,
  step: GruStep,
  unit?: number
): string {
  const summary = gruSummary(step);
  const sentences = gruSentences(summary);
  const values = gruUnit(step, unit);
  return describeStep(
    trace,
    layer,
    step,
    [
      `the update gate ${sentences.update};`,
      `the reset gate ${sentences.reset}, and the candidate ${sentences.candidate}.`,
      `The hidden state h now ranges from ${fixed(summary.h[0])} to ${fixed(summary.h[1])}.`,
      gruFormSentence(gruForm(layer))
    ],
    values &&
      `Unit ${unit}: z = ${fixed(values.z, 3)}, r = ${fixed(values.r, 3)}, candidate = ${fixed(values.candidate, 3)}, h went from ${fixed(values.hBefore, 3)} to ${fixed(values.h, 3)}.`
  );
}

/** The step's numbers as a table, one row per unit. */
export function gruTable(step: GruStep): TableData {
  return unitTable(step.h, {
    'update z': step.update,
    'reset r': step.reset,
    candidate: step.candidate,
    [`h ${step.before}`]: step.hBefore,
    'h t': step.h
  });
}

/** A short summary spoken after a deliberate step: "update keeps 70%, reset lets 55% through." */
export function gruAnnouncement(step: GruStep): string {
  const summary = gruSummary(step);
  return `${quote(step.token)}: update keeps ${percent(summary.keeps)} of the old state, reset lets ${percent(summary.lets)} through.`;
}
