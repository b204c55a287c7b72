// What GruCell says: one GRU step's update and reset gates and candidate, the mix h_t = z⊙h_{t−1} + (1−z)⊙h̃ with its
// plain-language figures (means over units), its text alternative and table. The drawing is in gru-diagram.ts.
import type { GruGates, Trace, TraceLayer } from '../../core/trace/types.js';
import type { TableData } from '../table-data.js';
import { layerTitle } from '../layer-choice.js';
import {
  beforeSubscript,
  clampStep,
  extentOf,
  fixed,
  mean,
  percent,
  quote,
  quotedToken,
  stateBefore
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
export interface GruStep {
  /** The step (token index). */
  t: number;
  /** Number of steps. */
  count: number;
  /** The token's text. */
  token: string;
  /** True when the step was masked (its gates computed but not used). */
  masked: boolean;
  /** How the step before is written: t−1 forward, t+1 backward. */
  before: 't−1' | 't+1';
  update: number[];
  reset: number[];
  candidate: number[];
  /** The hidden state before this step (zeros at the start). */
  hBefore: number[];
  h: number[];
}

/** The numbers of a GRU layer at step t (clamped into the layer). */
export function gruStep(trace: Trace, layer: TraceLayer, step: number): GruStep {
  const t = clampStep(step, layer.steps.length);
  const at = layer.steps[t];
  const gates = (at?.gates ?? {}) as Partial<GruGates>;
  return {
    t,
    count: layer.steps.length,
    token: trace.tokens[t]?.text ?? '',
    masked: at?.masked ?? false,
    before: beforeSubscript(layer.direction),
    update: gates.update ?? [],
    reset: gates.reset ?? [],
    candidate: gates.candidate ?? [],
    hBefore: stateBefore(layer, t).h,
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
  if (unit === undefined || !(unit >= 0 && unit < step.h.length)) return undefined;
  return {
    z: step.update[unit] ?? 0,
    r: step.reset[unit] ?? 0,
    candidate: step.candidate[unit] ?? 0,
    hBefore: step.hBefore[unit] ?? 0,
    h: step.h[unit] ?? 0
  };
}

/** A one-paragraph text alternative: the layer and its form, the step, the figures, the range of h, the focused unit. */
export function describeGruCell(
  trace: Trace,
  layer: TraceLayer,
  step: GruStep,
  unit?: number
): string {
  const summary = gruSummary(step);
  const sentences = gruSentences(summary);
  const parts = [
    `${layerTitle(layer)}, step ${step.t + 1} of ${step.count} (${quotedToken(trace, step.t)}):`,
    `the update gate ${sentences.update};`,
    `the reset gate ${sentences.reset}, and the candidate ${sentences.candidate}.`,
    `The hidden state h now ranges from ${fixed(summary.h[0])} to ${fixed(summary.h[1])}.`,
    gruFormSentence(gruForm(layer))
  ];
  if (step.masked) parts.push('This step was masked: the state carried over unchanged.');
  const values = gruUnit(step, unit);
  if (values) {
    parts.push(
      `Unit ${unit}: z = ${fixed(values.z, 3)}, r = ${fixed(values.r, 3)}, candidate = ${fixed(values.candidate, 3)}, h went from ${fixed(values.hBefore, 3)} to ${fixed(values.h, 3)}.`
    );
  }
  return parts.join(' ');
}

/** The step's numbers as a table, one row per unit. */
export function gruTable(step: GruStep): TableData {
  return {
    columns: ['unit', 'update z', 'reset r', 'candidate', `h ${step.before}`, 'h t'],
    rows: step.h.map((h, unit) => [
      unit,
      step.update[unit] ?? null,
      step.reset[unit] ?? null,
      step.candidate[unit] ?? null,
      step.hBefore[unit] ?? null,
      h
    ])
  };
}

/** A short summary spoken after a deliberate step: "update keeps 70%, reset lets 55% through." */
export function gruAnnouncement(step: GruStep): string {
  const summary = gruSummary(step);
  return `${quote(step.token)}: update keeps ${percent(summary.keeps)} of the old state, reset lets ${percent(summary.lets)} through.`;
}
