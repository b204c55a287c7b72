// The LSTM cell diagram at one step, in a wide layout and a compact one for phones: c_{t−1} → × f → + i⊙c̃ → c_t along
// the top, the four gates in a row, tanh(c) × o → h_t, and h_{t−1} with x_t feeding the gates from below.
import { NODE_RADIUS as R, wire, type CellColours, type CellDiagram } from './cell-diagram.js';
import { COMPACT_PARTS, WIDE_PARTS } from './cell-parts.js';
import { fixed, percent } from './cell-step.js';
import { lstmSentences, lstmSummary, lstmUnit, type LstmStep } from './lstm-cell.js';
import {
  gateFeeds,
  inputText,
  stepDiagram,
  stepPartMakers,
  stepText,
  type CellPlan,
  type StateStrip
} from './step-parts.js';

/** Options of the LSTM diagram. */
export interface LstmDiagramOptions {
  colours: CellColours;
  /** The focused unit, if any. */
  unit?: number;
  /** The layer's cell activation. @default 'tanh' */
  activation?: string;
  /** The layer's gate activation. @default 'sigmoid' */
  recurrentActivation?: string;
  /** The compact layout for narrow screens. @default false */
  compact?: boolean;
}

type Gate = 'forget' | 'input' | 'candidate' | 'output';

/** Where everything goes in one layout. */
interface LstmPlan extends CellPlan<Gate, StateStrip> {
  /** Where the x_t label starts. */
  input: { x: number; y: number };
}

function widePlan(): LstmPlan {
  const [width, height, top, line, bus] = [700, 392, 206, 60, 340];
  const cx = { forget: 190, input: 300, candidate: 410, output: 530 };
  const [product, productY, tanhY, readY, x] = [355, 140, 106, 164, 150];
  const right = width - 16 - WIDE_PARTS.stripWidth;
  const left = 16 + WIDE_PARTS.stripWidth;
  const bottom = top + WIDE_PARTS.gateHeight;
  return {
    width,
    height,
    sizes: WIDE_PARTS,
    gateTop: top,
    cx,
    strips: {
      cBefore: { x: 16, cy: line },
      hBefore: { x: 16, cy: bus },
      c: { x: right, cy: line },
      h: { x: right, cy: readY }
    },
    nodes: [
      { x: cx.forget, y: line, op: '×', term: 'forget' },
      { x: product, y: line, op: '+', term: 'cell' },
      { x: product, y: productY, op: '×', term: 'input' },
      { x: cx.output, y: tanhY, op: 'tanh', term: 'cell' },
      { x: cx.output, y: readY, op: '×', term: 'output' }
    ],
    wires: [
      wire([left, line, cx.forget - R, line], 'cell'),
      wire([cx.forget + R, line, product - R, line], 'cell'),
      wire([product + R, line, right - 4, line], 'cell'),
      wire([cx.forget, top, cx.forget, line + R], 'forget'),
      wire([cx.input, top, cx.input, productY, product - R, productY], 'input'),
      wire([cx.candidate, top, cx.candidate, productY, product + R, productY], 'candidate'),
      wire([product, productY - R, product, line + R], 'input'),
      wire([cx.output, line, cx.output, tanhY - R], 'cell'),
      wire([cx.output, tanhY + R, cx.output, readY - R], 'cell'),
      wire([cx.output, top, cx.output, readY + R], 'output'),
      wire([cx.output + R, readY, right - 4, readY], 'hidden'),
      wire([left, bus, cx.output, bus], 'hidden', false),
      wire([x, height - 26, x, bus], undefined, false),
      ...gateFeeds(cx, bus, bottom)
    ],
    dots: [
      { x: cx.output, y: line },
      { x, y: bus },
      { x: cx.forget, y: bus },
      { x: cx.input, y: bus },
      { x: cx.candidate, y: bus }
    ],
    input: { x: x + 8, y: height - 8 }
  };
}

function compactPlan(): LstmPlan {
  const [width, height, top, line, bus] = [380, 400, 206, 70, 336];
  const cx = { forget: 51, input: 143, candidate: 235, output: 327 };
  const [cross, product, productY, branch, tanhY, readY, hY, feed, x] = [
    120, 189, 140, 250, 110, 150, 112, 116, 150
  ];
  const strip = COMPACT_PARTS.stripWidth;
  const right = width - 8 - strip;
  const bottom = top + COMPACT_PARTS.gateHeight;
  const hBeforeY = 378;
  return {
    width,
    height,
    sizes: COMPACT_PARTS,
    gateTop: top,
    cx,
    strips: {
      cBefore: { x: 8, cy: line },
      hBefore: { x: 8, cy: hBeforeY },
      c: { x: right, cy: line },
      h: { x: right, cy: hY }
    },
    nodes: [
      { x: cross, y: line, op: '×', term: 'forget' },
      { x: product, y: line, op: '+', term: 'cell' },
      { x: product, y: productY, op: '×', term: 'input' },
      { x: branch, y: tanhY, op: 'tanh', term: 'cell' },
      { x: cx.output, y: readY, op: '×', term: 'output' }
    ],
    wires: [
      wire([8 + strip, line, cross - R, line], 'cell'),
      wire([cross + R, line, product - R, line], 'cell'),
      wire([product + R, line, right - 4, line], 'cell'),
      wire([cx.forget, top, cx.forget, 104, cross, 104, cross, line + R], 'forget'),
      wire([cx.input, top, cx.input, productY, product - R, productY], 'input'),
      wire([cx.candidate, top, cx.candidate, productY, product + R, productY], 'candidate'),
      wire([product, productY - R, product, line + R], 'input'),
      wire([branch, line, branch, tanhY - R], 'cell'),
      wire([branch, tanhY + R, branch, readY, cx.output - R, readY], 'cell'),
      wire([cx.output, top, cx.output, readY + R], 'output'),
      wire([cx.output, readY - R, cx.output, hY + 12], 'hidden'),
      wire([8 + strip, hBeforeY, feed, hBeforeY, feed, bus], 'hidden', false),
      wire([cx.forget, bus, cx.output, bus], 'hidden', false),
      wire([x, height - 20, x, bus], undefined, false),
      ...gateFeeds(cx, bus, bottom)
    ],
    dots: [
      { x: branch, y: line },
      { x: feed, y: bus },
      { x, y: bus },
      { x: cx.input, y: bus },
      { x: cx.candidate, y: bus }
    ],
    input: { x: x + 8, y: height - 6 }
  };
}

const PLANS = { wide: widePlan(), compact: compactPlan() } as const;

/** The LSTM cell diagram at one step. */
export function lstmDiagram(step: LstmStep, options: LstmDiagramOptions): CellDiagram {
  const plan = options.compact ? PLANS.compact : PLANS.wide;
  const values = lstmUnit(step, options.unit);
  const summary = lstmSummary(step);
  const { unit, gate, state } = stepPartMakers(
    plan,
    options,
    step,
    lstmSentences(summary),
    values ? options.unit : undefined
  );

  const [lo, hi] = summary.candidate;
  return stepDiagram(
    plan,
    step,
    [
      state('cBefore', 'cell state before this step', step.cBefore, values?.cBefore),
      state('hBefore', 'hidden state before this step', step.hBefore, values?.hBefore),
      gate('forget', 'f', 'Forget gate', `keeps ${percent(summary.keeps)}`, values?.f),
      gate('input', 'i', 'Input gate', `writes ${percent(summary.writes)}`, values?.i),
      gate('candidate', 'c̃', 'Candidate', `${fixed(lo)}…${fixed(hi)}`, values?.g),
      gate('output', 'o', 'Output gate', `reads ${percent(summary.reads)}`, values?.o),
      state('c', 'cell state after this step', step.c, values?.c),
      state('h', 'hidden state after this step, the output', step.h, values?.h)
    ],
    [stepText(plan.sizes, step, unit), inputText(plan.input, step.token)]
  );
}
