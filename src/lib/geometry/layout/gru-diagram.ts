// The GRU cell diagram at one step, in a wide layout and a compact one for phones: h_{t−1} → × z → + (1−z)⊙h̃ → h_t
// along the top, the reset gate scaling h_{t−1} on its way into the candidate, and x_t with h_{t−1} feeding the gates.
import { activationSymbol } from './activation-label.js';
import {
  maskedText,
  NODE_RADIUS as R,
  stepLabel,
  text,
  wire,
  type CellColours,
  type CellDiagram,
  type DiagramDot,
  type DiagramNode,
  type DiagramText,
  type DiagramWire
} from './cell-diagram.js';
import { COMPACT_PARTS, gatePart, statePart, WIDE_PARTS, type PartSizes } from './cell-parts.js';
import { extentOf, fixed, percent, quote } from './cell-step.js';
import { gruSentences, gruSummary, gruUnit, type GruForm, type GruStep } from './gru-cell.js';

/** Options of the GRU diagram. */
export interface GruDiagramOptions {
  colours: CellColours;
  /** Which form the layer computes. */
  form: GruForm;
  /** The focused unit, if any. */
  unit?: number;
  /** The layer's cell activation. @default 'tanh' */
  activation?: string;
  /** The layer's gate activation. @default 'sigmoid' */
  recurrentActivation?: string;
  /** The compact layout for narrow screens. @default false */
  compact?: boolean;
}

type Gate = 'reset' | 'update' | 'candidate';

/** Where everything goes in one layout. */
interface GruPlan {
  width: number;
  height: number;
  sizes: PartSizes;
  gateTop: number;
  cx: Record<Gate, number>;
  strips: Record<'hBefore' | 'h', { x: number; cy: number }>;
  nodes: DiagramNode[];
  wires: DiagramWire[];
  dots: DiagramDot[];
  /** Where the labels go: x_t, the reset product, the share taken, the form note. */
  at: Record<'input' | 'reset' | 'takes' | 'form', { x: number; y: number }>;
}

function widePlan(): GruPlan {
  const [width, height, top, line, bus] = [700, 392, 206, 60, 340];
  const cx = { reset: 170, update: 300, candidate: 470 };
  const [oneMinus, mixY, resetY, detour, down, x] = [385, 130, 166, 400, 72, 110];
  const right = width - 16 - WIDE_PARTS.stripWidth;
  const bottom = top + WIDE_PARTS.gateHeight;
  const gateLeft = cx.candidate - WIDE_PARTS.gateWidth / 2;
  return {
    width,
    height,
    sizes: WIDE_PARTS,
    gateTop: top,
    cx,
    strips: { hBefore: { x: 16, cy: line }, h: { x: right, cy: line } },
    nodes: [
      { x: cx.update, y: line, op: '×', term: 'update' },
      { x: cx.candidate, y: line, op: '+', term: 'hidden' },
      { x: oneMinus, y: mixY, op: '1−', term: 'update' },
      { x: cx.candidate, y: mixY, op: '×', term: 'candidate' },
      { x: cx.reset, y: resetY, op: '×', term: 'reset' }
    ],
    wires: [
      wire([16 + WIDE_PARTS.stripWidth, line, cx.update - R, line], 'hidden'),
      wire([cx.update + R, line, cx.candidate - R, line], 'hidden'),
      wire([cx.candidate + R, line, right - 4, line], 'hidden'),
      wire([cx.update, top, cx.update, line + R], 'update'),
      wire([cx.update, mixY, oneMinus - R, mixY], 'update'),
      wire([oneMinus + R, mixY, cx.candidate - R, mixY], 'update'),
      wire([cx.candidate, top, cx.candidate, mixY + R], 'candidate'),
      wire([cx.candidate, mixY - R, cx.candidate, line + R], 'candidate'),
      wire([cx.reset, line, cx.reset, resetY - R], 'hidden'),
      wire([cx.reset, top, cx.reset, resetY + R], 'reset'),
      wire([cx.reset + R, resetY, detour, resetY, detour, top + 48, gateLeft, top + 48], 'reset'),
      wire([down, line + 8, down, bus, cx.candidate, bus], 'hidden', false),
      wire([x, height - 26, x, bus], undefined, false),
      ...(['reset', 'update', 'candidate'] as const).map((gate) =>
        wire([cx[gate], bus, cx[gate], bottom + 2])
      )
    ],
    dots: [
      { x: cx.update, y: mixY },
      { x: cx.reset, y: line },
      { x, y: bus },
      { x: cx.reset, y: bus },
      { x: cx.update, y: bus }
    ],
    at: {
      input: { x: x + 8, y: height - 8 },
      reset: { x: cx.reset + R + 6, y: resetY - 7 },
      takes: { x: oneMinus, y: mixY - R - 6 },
      form: { x: width - 16, y: height - 8 }
    }
  };
}

function compactPlan(): GruPlan {
  const [width, height, top, line, bus] = [380, 396, 206, 70, 330];
  const cx = { reset: 56, update: 160, candidate: 264 };
  const [oneMinus, mixY, resetY, entry, down, x] = [212, 140, 166, 236, 20, 108];
  const strip = COMPACT_PARTS.stripWidth;
  const right = width - 8 - strip;
  const bottom = top + COMPACT_PARTS.gateHeight;
  return {
    width,
    height,
    sizes: COMPACT_PARTS,
    gateTop: top,
    cx,
    strips: { hBefore: { x: 8, cy: line }, h: { x: right, cy: line } },
    nodes: [
      { x: cx.update, y: line, op: '×', term: 'update' },
      { x: cx.candidate, y: line, op: '+', term: 'hidden' },
      { x: oneMinus, y: mixY, op: '1−', term: 'update' },
      { x: cx.candidate, y: mixY, op: '×', term: 'candidate' },
      { x: cx.reset, y: resetY, op: '×', term: 'reset' }
    ],
    wires: [
      wire([8 + strip, line, cx.update - R, line], 'hidden'),
      wire([cx.update + R, line, cx.candidate - R, line], 'hidden'),
      wire([cx.candidate + R, line, right - 4, line], 'hidden'),
      wire([cx.update, top, cx.update, line + R], 'update'),
      wire([cx.update, mixY, oneMinus - R, mixY], 'update'),
      wire([oneMinus + R, mixY, cx.candidate - R, mixY], 'update'),
      wire([cx.candidate, top, cx.candidate, mixY + R], 'candidate'),
      wire([cx.candidate, mixY - R, cx.candidate, line + R], 'candidate'),
      wire([cx.reset, line + 8, cx.reset, resetY - R], 'hidden'),
      wire([cx.reset, top, cx.reset, resetY + R], 'reset'),
      wire([cx.reset + R, resetY, entry, resetY, entry, top], 'reset'),
      wire([down, line + 8, down, bus, cx.candidate, bus], 'hidden', false),
      wire([x, height - 26, x, bus], undefined, false),
      ...(['reset', 'update', 'candidate'] as const).map((gate) =>
        wire([cx[gate], bus, cx[gate], bottom + 2])
      )
    ],
    dots: [
      { x: cx.update, y: mixY },
      { x, y: bus },
      { x: cx.reset, y: bus },
      { x: cx.update, y: bus }
    ],
    at: {
      input: { x: x + 8, y: height - 26 },
      reset: { x: cx.reset + R + 4, y: resetY - 7 },
      takes: { x: oneMinus, y: mixY - R - 6 },
      form: { x: width - 8, y: height - 6 }
    }
  };
}

const PLANS = { wide: widePlan(), compact: compactPlan() } as const;

/** How exact numbers of a focused unit are written in the diagram. */
const exact = (value: number) => fixed(value, 4);

/** The GRU cell diagram at one step. */
export function gruDiagram(step: GruStep, options: GruDiagramOptions): CellDiagram {
  const plan = options.compact ? PLANS.compact : PLANS.wide;
  const { colours, unit: chosen, form } = options;
  const values = gruUnit(step, chosen);
  const unit = values ? chosen : undefined;
  const summary = gruSummary(step);
  const sentences = gruSentences(summary);
  const gateActivation = activationSymbol(options.recurrentActivation ?? 'sigmoid');
  const cellActivation = activationSymbol(options.activation ?? 'tanh');
  const range = (list: readonly number[]) => {
    const [lo, hi] = extentOf(list);
    return `${list.length} values from ${fixed(lo)} to ${fixed(hi)}`;
  };
  const unitNote = (symbol: string, value: number | undefined) =>
    value === undefined ? '' : ` Unit ${unit}: ${symbol} = ${exact(value)}.`;

  const gate = (term: Gate, symbol: string, title: string, figure: string, value?: number) => {
    const activation = term === 'candidate' ? cellActivation : gateActivation;
    const list = step[term];
    return gatePart({
      term,
      cx: plan.cx[term],
      top: plan.gateTop,
      title: plan.sizes.compact || term === 'candidate' ? term : `${term} ${symbol}`,
      activation,
      values: list,
      colour: term === 'candidate' ? colours.state : colours.gate,
      figure,
      unit,
      unitValue: value === undefined ? undefined : exact(value),
      ariaLabel: `${title} ${symbol} (${activation}): ${sentences[term]}; ${range(list)}.${unitNote(symbol, value)}`,
      detail: `${title} ${symbol}: ${sentences[term]} (${range(list)}).`,
      sizes: plan.sizes
    });
  };

  const state = (id: 'hBefore' | 'h', what: string, list: readonly number[], value?: number) => {
    const sub = id === 'hBefore' ? step.before : 't';
    return statePart({
      id: id === 'hBefore' ? 'h-before' : 'h',
      term: 'hidden',
      ...plan.strips[id],
      label: { base: 'h', sub },
      values: list,
      colour: colours.state,
      unit,
      unitValue: value === undefined ? undefined : exact(value),
      ariaLabel: `${what} (h at ${sub}): ${range(list)}.${unitNote('h', value)}`,
      detail: `${what[0]!.toUpperCase()}${what.slice(1)}, h at ${sub}: ${range(list)}.`,
      sizes: plan.sizes
    });
  };

  const b = step.before;
  const keras = form === 'keras-reset-after';
  const { at } = plan;
  const [lo, hi] = summary.candidate;
  const texts: DiagramText[] = [
    text(plan.sizes.compact ? 8 : 16, 18, { base: stepLabel(step, unit) }, 'start', 'muted', 12),
    text(
      at.reset.x,
      at.reset.y,
      keras ? { base: 'r ⊙ (h', sub: b, tail: 'U + b′)' } : { base: 'r ⊙ h', sub: b },
      'start',
      'muted',
      12
    ),
    text(
      at.takes.x,
      at.takes.y,
      { base: `takes ${percent(summary.takes)}` },
      'middle',
      'muted',
      12
    ),
    text(
      at.input.x,
      at.input.y,
      { base: 'x', sub: 't', tail: ` ${quote(step.token)}` },
      'start',
      'normal',
      13
    ),
    text(
      at.form.x,
      at.form.y,
      { base: keras ? 'Keras reset_after form: r after ·U' : 'tfjs form: r before ·U' },
      'end',
      'muted',
      12
    )
  ];
  if (step.masked) texts.push(maskedText(plan.width, plan.sizes.compact));
  return {
    width: plan.width,
    height: plan.height,
    parts: [
      state('hBefore', 'hidden state before this step', step.hBefore, values?.hBefore),
      gate('reset', 'r', 'Reset gate', `uses ${percent(summary.lets)}`, values?.r),
      gate('update', 'z', 'Update gate', `keeps ${percent(summary.keeps)}`, values?.z),
      gate('candidate', 'h̃', 'Candidate', `${fixed(lo)}…${fixed(hi)}`, values?.candidate),
      state('h', 'hidden state after this step, the output', step.h, values?.h)
    ],
    nodes: plan.nodes,
    wires: plan.wires,
    dots: plan.dots,
    texts,
    masked: step.masked
  };
}
