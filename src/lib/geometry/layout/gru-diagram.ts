// The GRU cell diagram at one step, in a wide layout and a compact one for phones: h_{t−1} → × z → + (1−z)⊙h̃ → h_t
// along the top, the reset gate scaling h_{t−1} on its way into the candidate, and x_t with h_{t−1} feeding the gates.
import {
  NODE_RADIUS as R,
  text,
  wire,
  type CellColours,
  type CellDiagram,
  type DiagramDot
} from './cell-diagram.js';
import { COMPACT_PARTS, WIDE_PARTS, type PartSizes } from './cell-parts.js';
import { fixed, percent } from './cell-step.js';
import { gruSentences, gruSummary, gruUnit, type GruForm, type GruStep } from './gru-cell.js';
import {
  gateFeeds,
  inputText,
  stepDiagram,
  stepPartMakers,
  stepText,
  type CellPlan
} from './step-parts.js';

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
interface GruPlan extends CellPlan<Gate, 'hBefore' | 'h'> {
  /** Where the labels go: x_t, the reset product, the share taken, the form note. */
  at: Record<'input' | 'reset' | 'takes' | 'form', { x: number; y: number }>;
}

/** The numbers that place a layout: the two layouts share every shape and differ only in these. */
interface GruLayout {
  width: number;
  height: number;
  sizes: PartSizes;
  /** Top of the gate row, the y of the state line, the y of the bus feeding the gates. */
  top: number;
  line: number;
  bus: number;
  cx: Record<Gate, number>;
  /** Where the 1−z node sits, the y of the mix row and of the reset product. */
  oneMinus: number;
  mixY: number;
  resetY: number;
  /** The x where h_{t−1} drops to the bus, and where x_t rises to it. */
  down: number;
  x: number;
  /** Margin of the state strips from the sides. */
  margin: number;
  /** Where the reset wire leaves the state line: on it (with a junction dot) or just below it. */
  resetFrom: number;
  /** The reset product's way into the candidate, after its first point. */
  resetPath: (gateLeft: number) => number[];
  /** Where the labels go. */
  at: GruPlan['at'];
}

/** A layout's plan from its numbers: the nodes, wires and dots are the same shapes in both layouts. */
function gruPlan(layout: GruLayout): GruPlan {
  const { width, height, sizes, top, line, bus, cx, oneMinus, mixY, resetY, down, x } = layout;
  const right = width - layout.margin - sizes.stripWidth;
  const bottom = top + sizes.gateHeight;
  const resetDot: DiagramDot[] = layout.resetFrom === line ? [{ x: cx.reset, y: line }] : [];
  return {
    width,
    height,
    sizes,
    gateTop: top,
    cx,
    strips: { hBefore: { x: layout.margin, cy: line }, h: { x: right, cy: line } },
    nodes: [
      { x: cx.update, y: line, op: '×', term: 'update' },
      { x: cx.candidate, y: line, op: '+', term: 'hidden' },
      { x: oneMinus, y: mixY, op: '1−', term: 'update' },
      { x: cx.candidate, y: mixY, op: '×', term: 'candidate' },
      { x: cx.reset, y: resetY, op: '×', term: 'reset' }
    ],
    wires: [
      wire([layout.margin + sizes.stripWidth, line, cx.update - R, line], 'hidden'),
      wire([cx.update + R, line, cx.candidate - R, line], 'hidden'),
      wire([cx.candidate + R, line, right - 4, line], 'hidden'),
      wire([cx.update, top, cx.update, line + R], 'update'),
      wire([cx.update, mixY, oneMinus - R, mixY], 'update'),
      wire([oneMinus + R, mixY, cx.candidate - R, mixY], 'update'),
      wire([cx.candidate, top, cx.candidate, mixY + R], 'candidate'),
      wire([cx.candidate, mixY - R, cx.candidate, line + R], 'candidate'),
      wire([cx.reset, layout.resetFrom, cx.reset, resetY - R], 'hidden'),
      wire([cx.reset, top, cx.reset, resetY + R], 'reset'),
      wire(
        [cx.reset + R, resetY, ...layout.resetPath(cx.candidate - sizes.gateWidth / 2)],
        'reset'
      ),
      wire([down, line + 8, down, bus, cx.candidate, bus], 'hidden', false),
      wire([x, height - 26, x, bus], undefined, false),
      ...gateFeeds(cx, bus, bottom)
    ],
    dots: [
      { x: cx.update, y: mixY },
      ...resetDot,
      { x, y: bus },
      { x: cx.reset, y: bus },
      { x: cx.update, y: bus }
    ],
    at: layout.at
  };
}

function widePlan(): GruPlan {
  const [width, height, top, line, bus] = [700, 392, 206, 60, 340];
  const cx = { reset: 170, update: 300, candidate: 470 };
  const [oneMinus, mixY, resetY, detour, down, x] = [385, 130, 166, 400, 72, 110];
  return gruPlan({
    width,
    height,
    sizes: WIDE_PARTS,
    top,
    line,
    bus,
    cx,
    oneMinus,
    mixY,
    resetY,
    down,
    x,
    margin: 16,
    resetFrom: line,
    resetPath: (gateLeft) => [detour, resetY, detour, top + 48, gateLeft, top + 48],
    at: {
      input: { x: x + 8, y: height - 8 },
      reset: { x: cx.reset + R + 6, y: resetY - 7 },
      takes: { x: oneMinus, y: mixY - R - 6 },
      form: { x: width - 16, y: height - 8 }
    }
  });
}

function compactPlan(): GruPlan {
  const [width, height, top, line, bus] = [380, 396, 206, 70, 330];
  const cx = { reset: 56, update: 160, candidate: 264 };
  const [oneMinus, mixY, resetY, entry, down, x] = [212, 140, 166, 236, 20, 108];
  return gruPlan({
    width,
    height,
    sizes: COMPACT_PARTS,
    top,
    line,
    bus,
    cx,
    oneMinus,
    mixY,
    resetY,
    down,
    x,
    margin: 8,
    resetFrom: line + 8,
    resetPath: () => [entry, resetY, entry, top],
    at: {
      input: { x: x + 8, y: height - 26 },
      reset: { x: cx.reset + R + 4, y: resetY - 7 },
      takes: { x: oneMinus, y: mixY - R - 6 },
      form: { x: width - 8, y: height - 6 }
    }
  });
}

const PLANS = { wide: widePlan(), compact: compactPlan() } as const;

/** The GRU cell diagram at one step. */
export function gruDiagram(step: GruStep, options: GruDiagramOptions): CellDiagram {
  const plan = options.compact ? PLANS.compact : PLANS.wide;
  const values = gruUnit(step, options.unit);
  const summary = gruSummary(step);
  const { unit, gate, state } = stepPartMakers(
    plan,
    options,
    step,
    gruSentences(summary),
    values ? options.unit : undefined
  );

  const b = step.before;
  const keras = options.form === 'keras-reset-after';
  const { at } = plan;
  const [lo, hi] = summary.candidate;
  return stepDiagram(
    plan,
    step,
    [
      state('hBefore', 'hidden state before this step', step.hBefore, values?.hBefore),
      gate('reset', 'r', 'Reset gate', `uses ${percent(summary.lets)}`, values?.r),
      gate('update', 'z', 'Update gate', `keeps ${percent(summary.keeps)}`, values?.z),
      gate('candidate', 'h̃', 'Candidate', `${fixed(lo)}…${fixed(hi)}`, values?.candidate),
      state('h', 'hidden state after this step, the output', step.h, values?.h)
    ],
    [
      stepText(plan.sizes, step, unit),
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
      inputText(at.input, step.token),
      text(
        at.form.x,
        at.form.y,
        { base: keras ? 'Keras reset_after form: r after ·U' : 'tfjs form: r before ·U' },
        'end',
        'muted',
        12
      )
    ]
  );
}
