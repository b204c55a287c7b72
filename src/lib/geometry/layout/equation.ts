// The equations of a recurrent cell as TeX, with one unit's numbers at the current step filled in from the trace, each
// symbol and number tagged with the cell term it stands for (so a diagram and the equations can highlight together).
import type { KatexOptions } from 'katex';
import { activation as activationFunction, activationName } from '../../core/activations.js';
import type { CellKind, Trace, TraceLayer } from '../../core/trace/types.js';
import type { TableData } from '../table-data.js';
import { layerTitle } from '../layer-choice.js';
import { activationDefinition, activationTex } from './activation-label.js';
import { clampStep, fixed, quotedToken, stateBefore } from './cell-step.js';
import type { CellTerm } from './cell-terms.js';
import { gruForm, gruFormSentence, type GruForm } from './gru-cell.js';

/**
 * How the equations are rendered: MathML for screen readers next to the HTML, and trust for \htmlData only (the one
 * extension the terms need; our TeX never contains anything else untrusted).
 */
export const KATEX_OPTIONS: KatexOptions = {
  output: 'htmlAndMathml',
  throwOnError: false,
  trust: (context) => context.command === '\\htmlData',
  strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'warn')
};

/** One line of a cell's equations. */
export interface EquationRow {
  /** The term the row defines (what its left-hand side is). */
  term: CellTerm;
  /** What the row computes, in words, e.g. "forget gate". */
  name: string;
  /** TeX, with \htmlData{term=…}{…} around every symbol and number that stands for a term. */
  tex: string;
  /** The same line as plain text with the numbers, for the text alternative. */
  text: string;
  /** The value the trace recorded for the left-hand side. */
  value: number;
  /** The left-hand side recomputed from the numbers on the right, for rows that combine other terms. */
  computed?: number;
}

/** A cell's equations at one step for one unit. */
export interface EquationModel {
  cell: CellKind;
  /** GRU only: which form the layer computes. */
  form?: GruForm;
  /** The unit whose numbers are filled in (clamped into the layer). */
  unit: number;
  /** The step (clamped into the layer). */
  t: number;
  /** True when the step was masked: the state carried over. */
  masked: boolean;
  rows: EquationRow[];
  /** TeX definitions of the activations a reader may not know. */
  definitions: string[];
  /** Plain-language notes: how to read ⊙, the GRU form, a masked step. */
  notes: string[];
}

/** Wraps TeX in a tag naming its term (KaTeX renders it as a span with data-term). */
export function mark(term: CellTerm, tex: string): string {
  return `\\htmlData{term=${term}}{${tex}}`;
}

/** A number for TeX with `digits` decimals ("-0.410"; never "-0.000"). */
export function texNumber(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** Options of the equations. */
export interface EquationOptions {
  /** Decimals of the numbers filled in. @default 3 */
  digits?: number;
}

/** The equations of a layer's cell at step `step` with unit `unit`'s numbers filled in. */
export function equationModel(
  layer: TraceLayer,
  step: number,
  unit: number,
  options: EquationOptions = {}
): EquationModel {
  const digits = options.digits ?? 3;
  const t = clampStep(step, layer.steps.length);
  const k = Math.min(Math.max(0, layer.units - 1), Math.max(0, Math.round(unit)));
  const at = layer.steps[t];
  const masked = at?.masked ?? false;
  const before = stateBefore(layer, t);
  const p = layer.direction === 'forward' ? 't-1' : 't+1';
  const pText = layer.direction === 'forward' ? 't−1' : 't+1';
  const numbers = {
    tex: (value: number) => texNumber(value, digits),
    // Negative numbers after a product sign read better in parentheses.
    texFactor: (value: number) =>
      value < 0 && texNumber(value, digits) !== texNumber(0, digits)
        ? `(${texNumber(value, digits)})`
        : texNumber(value, digits),
    text: (value: number) => fixed(value, digits),
    textFactor: (value: number) =>
      value < 0 && fixed(value, digits) !== fixed(0, digits)
        ? `(${fixed(value, digits)})`
        : fixed(value, digits)
  };
  const gateFn = layer.recurrentActivation ?? 'sigmoid';
  const cellFn = layer.activation ?? 'tanh';
  const context: RowContext = {
    layer,
    k,
    p,
    pText,
    masked,
    gate: activationTex(gateFn),
    act: activationTex(cellFn),
    gateName: gateFn,
    actName: cellFn,
    n: numbers,
    value: (vector: readonly number[] | undefined) => vector?.[k] ?? 0,
    gates: (at?.gates ?? {}) as Record<string, number[] | undefined>,
    h: at?.h ?? [],
    c: at?.c ?? [],
    hBefore: before.h,
    cBefore: before.c
  };
  const rows =
    layer.cell === 'lstm'
      ? lstmRows(context)
      : layer.cell === 'gru'
        ? gruRows(context, gruForm(layer))
        : simpleRows(context);
  const used = layer.cell === 'simple_rnn' ? [cellFn] : [gateFn, cellFn];
  const definitions = [...new Set(used)]
    .map((name) => activationDefinition(name))
    .filter((tex): tex is string => tex !== undefined);
  const notes = [
    layer.cell === 'simple_rnn'
      ? `The numbers are unit ${k}'s at step ${t + 1}; x_t is the input vector, W, U and b the layer's weights and bias.`
      : `⊙ multiplies element by element; the numbers are unit ${k}'s at step ${t + 1}.`
  ];
  if (layer.cell === 'gru') notes.push(gruFormSentence(gruForm(layer)));
  if (masked)
    notes.push(
      'This step was masked: the gates were computed but not used; the state carried over.'
    );
  return {
    cell: layer.cell,
    form: layer.cell === 'gru' ? gruForm(layer) : undefined,
    unit: k,
    t,
    masked,
    rows,
    definitions,
    notes
  };
}

interface RowContext {
  layer: TraceLayer;
  k: number;
  /** The step before, as a TeX subscript (t-1 or t+1) and as text. */
  p: string;
  pText: string;
  masked: boolean;
  /** TeX of the gate and cell activations. */
  gate: string;
  act: string;
  /** Names of the gate and cell activations, for plain text. */
  gateName: string;
  actName: string;
  n: {
    tex: (v: number) => string;
    texFactor: (v: number) => string;
    text: (v: number) => string;
    textFactor: (v: number) => string;
  };
  value: (vector: readonly number[] | undefined) => number;
  gates: Record<string, number[] | undefined>;
  h: readonly number[];
  c: readonly number[];
  hBefore: readonly number[];
  cBefore: readonly number[];
}

/** A gate row: symbol = activation(inner) = value. */
function gateRow(
  c: RowContext,
  term: CellTerm,
  name: string,
  symbol: string,
  symbolText: string,
  fn: string,
  inner: string,
  value: number
): EquationRow {
  return {
    term,
    name,
    tex: `${mark(term, symbol)} = ${fn}\\left(${inner}\\right) = ${mark(term, c.n.tex(value))}`,
    text: `${[name, symbolText].filter(Boolean).join(' ')} = ${fn === c.act ? c.actName : c.gateName}(…) = ${c.n.text(value)}`,
    value
  };
}

/** A row where the state carried over because the step was masked. */
function carriedRow(c: RowContext, term: CellTerm, name: string, symbol: string, value: number) {
  return {
    term,
    name,
    tex: `${mark(term, `${symbol}_t`)} = ${mark(term, `${symbol}_{${c.p}}`)} = ${mark(term, c.n.tex(value))}`,
    text: `${name} ${symbol} = ${symbol} at ${c.pText} = ${c.n.text(value)} (masked step)`,
    value,
    computed: value
  };
}

function lstmRows(c: RowContext): EquationRow[] {
  const f = c.value(c.gates.forget);
  const i = c.value(c.gates.input);
  const g = c.value(c.gates.candidate);
  const o = c.value(c.gates.output);
  const cBefore = c.value(c.cBefore);
  const cNow = c.value(c.c);
  const h = c.value(c.h);
  const inner = (s: string) => `x_t W_${s} + ${mark('hidden', `h_{${c.p}}`)} U_${s} + b_${s}`;
  const rows = [
    gateRow(c, 'forget', 'forget gate', 'f_t', 'f', c.gate, inner('f'), f),
    gateRow(c, 'input', 'input gate', 'i_t', 'i', c.gate, inner('i'), i),
    gateRow(c, 'candidate', 'candidate', '\\tilde{c}_t', '', c.act, inner('c'), g),
    gateRow(c, 'output', 'output gate', 'o_t', 'o', c.gate, inner('o'), o)
  ];
  if (c.masked) {
    rows.push(carriedRow(c, 'cell', 'cell state', 'c', cBefore));
    rows.push(carriedRow(c, 'hidden', 'hidden state', 'h', c.value(c.hBefore)));
    return rows;
  }
  const n = c.n;
  rows.push({
    term: 'cell',
    name: 'cell state',
    tex:
      `${mark('cell', 'c_t')} = ${mark('forget', 'f_t')} \\odot ${mark('cell', `c_{${c.p}}`)} + ` +
      `${mark('input', 'i_t')} \\odot ${mark('candidate', '\\tilde{c}_t')} = ` +
      `${mark('forget', n.tex(f))} \\cdot ${mark('cell', n.texFactor(cBefore))} + ` +
      `${mark('input', n.tex(i))} \\cdot ${mark('candidate', n.texFactor(g))} = ${mark('cell', n.tex(cNow))}`,
    text: `cell state c = f × c at ${c.pText} + i × candidate = ${n.text(f)} × ${n.textFactor(cBefore)} + ${n.text(i)} × ${n.textFactor(g)} = ${n.text(cNow)}`,
    value: cNow,
    computed: f * cBefore + i * g
  });
  const squash = activationName(c.actName) ? activationFunction(c.actName) : undefined;
  rows.push({
    term: 'hidden',
    name: 'hidden state',
    tex:
      `${mark('hidden', 'h_t')} = ${mark('output', 'o_t')} \\odot ${c.act}(${mark('cell', 'c_t')}) = ` +
      `${mark('output', n.tex(o))} \\cdot ${c.act}(${mark('cell', n.tex(cNow))}) = ${mark('hidden', n.tex(h))}`,
    text: `hidden state h = o × ${c.actName}(c) = ${n.text(o)} × ${c.actName}(${n.text(cNow)}) = ${n.text(h)}`,
    value: h,
    computed: squash ? o * squash(cNow) : undefined
  });
  return rows;
}

function gruRows(c: RowContext, form: GruForm): EquationRow[] {
  const z = c.value(c.gates.update);
  const r = c.value(c.gates.reset);
  const candidate = c.value(c.gates.candidate);
  const hBefore = c.value(c.hBefore);
  const h = c.value(c.h);
  const hp = mark('hidden', `h_{${c.p}}`);
  const keras = form === 'keras-reset-after';
  const inner = (s: string) =>
    keras ? `x_t W_${s} + b_${s} + ${hp} U_${s} + b'_${s}` : `x_t W_${s} + ${hp} U_${s} + b_${s}`;
  const candidateInner = keras
    ? `x_t W_h + b_h + ${mark('reset', 'r_t')} \\odot \\left(${hp} U_h + b'_h\\right)`
    : `x_t W_h + \\left(${mark('reset', 'r_t')} \\odot ${hp}\\right) U_h + b_h`;
  const rows = [
    gateRow(c, 'update', 'update gate', 'z_t', 'z', c.gate, inner('z'), z),
    gateRow(c, 'reset', 'reset gate', 'r_t', 'r', c.gate, inner('r'), r),
    gateRow(c, 'candidate', 'candidate', '\\tilde{h}_t', '', c.act, candidateInner, candidate)
  ];
  if (c.masked) {
    rows.push(carriedRow(c, 'hidden', 'hidden state', 'h', hBefore));
    return rows;
  }
  const n = c.n;
  rows.push({
    term: 'hidden',
    name: 'hidden state',
    tex:
      `${mark('hidden', 'h_t')} = ${mark('update', 'z_t')} \\odot ${hp} + ` +
      `(1 - ${mark('update', 'z_t')}) \\odot ${mark('candidate', '\\tilde{h}_t')} = ` +
      `${mark('update', n.tex(z))} \\cdot ${mark('hidden', n.texFactor(hBefore))} + ` +
      `(1 - ${mark('update', n.tex(z))}) \\cdot ${mark('candidate', n.texFactor(candidate))} = ${mark('hidden', n.tex(h))}`,
    text: `hidden state h = z × h at ${c.pText} + (1 − z) × candidate = ${n.text(z)} × ${n.textFactor(hBefore)} + (1 − ${n.text(z)}) × ${n.textFactor(candidate)} = ${n.text(h)}`,
    value: h,
    computed: z * hBefore + (1 - z) * candidate
  });
  return rows;
}

function simpleRows(c: RowContext): EquationRow[] {
  const hBefore = c.value(c.hBefore);
  const h = c.value(c.h);
  if (c.masked) return [carriedRow(c, 'hidden', 'hidden state', 'h', hBefore)];
  const hp = mark('hidden', `h_{${c.p}}`);
  return [
    {
      term: 'hidden',
      name: 'hidden state',
      tex:
        `${mark('hidden', 'h_t')} = ${c.act}\\left(x_t W + ${hp} U + b\\right) = ${mark('hidden', c.n.tex(h))}` +
        `\\quad \\text{with } ${hp} = ${mark('hidden', c.n.tex(hBefore))}`,
      text: `hidden state h = ${c.actName}(x W + h at ${c.pText} U + b) = ${c.n.text(h)}, with h at ${c.pText} = ${c.n.text(hBefore)}`,
      value: h
    }
  ];
}

/** A text alternative: the layer, unit and step, then every row with its numbers. */
export function describeEquation(trace: Trace, layer: TraceLayer, model: EquationModel): string {
  const head = `Equations of ${layerTitle(layer)} for unit ${model.unit} at step ${model.t + 1} (${quotedToken(trace, model.t)}):`;
  return [head, `${model.rows.map((row) => row.text).join('; ')}.`, ...model.notes].join(' ');
}

/** The rows as a table: term, what it is, the equation as text, and the trace's value. */
export function equationTable(model: EquationModel): TableData {
  return {
    columns: ['term', 'name', 'equation', 'value'],
    rows: model.rows.map((row) => [row.term, row.name, row.text, row.value])
  };
}
