// What the LSTM and GRU diagrams build the same way at one step: gate boxes and state strips labelled with their
// sentences, ranges and the focused unit's exact value, the step and x_t labels, and the finished diagram.
import { activationSymbol } from './activation-label.js';
import {
  maskedText,
  stepLabel,
  text,
  wire,
  type CellColours,
  type CellDiagram,
  type DiagramDot,
  type DiagramNode,
  type DiagramPart,
  type DiagramText,
  type DiagramWire
} from './cell-diagram.js';
import { gatePart, statePart, type PartSizes } from './cell-parts.js';
import { extentOf, fixed, quote, type StepPlace } from './cell-step.js';
import type { CellTerm } from './cell-terms.js';

/** Where one layout puts what every gated cell diagram has. */
export interface CellPlan<Gate extends string, Strip extends string> {
  width: number;
  height: number;
  sizes: PartSizes;
  gateTop: number;
  /** Centre x of each gate box. */
  cx: Record<Gate, number>;
  /** Left edge and vertical centre of each state strip. */
  strips: Record<Strip, { x: number; cy: number }>;
  nodes: DiagramNode[];
  wires: DiagramWire[];
  dots: DiagramDot[];
}

/** The options both diagrams take that the parts need. */
interface PartOptions {
  colours: CellColours;
  /** The layer's cell activation. @default 'tanh' */
  activation?: string;
  /** The layer's gate activation. @default 'sigmoid' */
  recurrentActivation?: string;
}

/** The state strips a gated cell diagram can have: c and h before and after the step. */
export type StateStrip = 'cBefore' | 'hBefore' | 'c' | 'h';

/** How exact numbers of a focused unit are written in the diagram. */
const exact = (value: number) => fixed(value, 4);

/** How many values a part holds and their range, for its labels. */
function range(list: readonly number[]): string {
  const [lo, hi] = extentOf(list);
  return `${list.length} values from ${fixed(lo)} to ${fixed(hi)}`;
}

/**
 * A step's part builders: `gate` draws a gate box (the candidate on the state colours) and `state` a c or h strip,
 * each placed by the plan and labelled with its sentence, range and the focused unit's exact value.
 */
export function stepPartMakers<Gate extends CellTerm, Strip extends StateStrip>(
  plan: CellPlan<Gate, Strip>,
  options: PartOptions,
  step: StepPlace & Record<Gate, readonly number[]>,
  sentences: Record<Gate, string>,
  unit: number | undefined
) {
  const { sizes, gateTop } = plan;
  const { colours } = options;
  const gateActivation = activationSymbol(options.recurrentActivation ?? 'sigmoid');
  const cellActivation = activationSymbol(options.activation ?? 'tanh');
  const unitValue = (value?: number) => (value === undefined ? undefined : exact(value));
  const unitNote = (symbol: string, value?: number) =>
    value === undefined ? '' : ` Unit ${unit}: ${symbol} = ${exact(value)}.`;

  const gate = (term: Gate, symbol: string, title: string, figure: string, value?: number) => {
    const candidate = term === 'candidate';
    const activation = candidate ? cellActivation : gateActivation;
    const [values, sentence] = [step[term], sentences[term]];
    return gatePart({
      term,
      cx: plan.cx[term],
      top: gateTop,
      title: sizes.compact || candidate ? term : `${term} ${symbol}`,
      activation,
      values,
      colour: candidate ? colours.state : colours.gate,
      figure,
      unit,
      unitValue: unitValue(value),
      ariaLabel: `${title} ${symbol} (${activation}): ${sentence}; ${range(values)}.${unitNote(symbol, value)}`,
      detail: `${title} ${symbol}: ${sentence} (${range(values)}).`,
      sizes
    });
  };

  const state = (strip: Strip, what: string, values: readonly number[], value?: number) => {
    const symbol = strip[0] as 'c' | 'h';
    const sub = strip.endsWith('Before') ? step.before : 't';
    return statePart({
      id: strip === 'cBefore' ? 'c-before' : strip === 'hBefore' ? 'h-before' : strip,
      term: symbol === 'c' ? 'cell' : 'hidden',
      ...plan.strips[strip],
      label: { base: symbol, sub },
      values,
      colour: colours.state,
      unit,
      unitValue: unitValue(value),
      ariaLabel: `${what} (${symbol} at ${sub}): ${range(values)}.${unitNote(symbol, value)}`,
      detail: `${what[0]!.toUpperCase()}${what.slice(1)}, ${symbol} at ${sub}: ${range(values)}.`,
      sizes
    });
  };

  return { unit, gate, state };
}

/** The step's label at the top left: "step 4 of 15", the reading direction and the outlined unit. */
export function stepText(sizes: PartSizes, step: StepPlace, unit: number | undefined): DiagramText {
  return text(sizes.compact ? 8 : 16, 18, { base: stepLabel(step, unit) }, 'start', 'muted', 12);
}

/** The input's label: x_t and the token it read. */
export function inputText(at: { x: number; y: number }, token: string): DiagramText {
  return text(at.x, at.y, { base: 'x', sub: 't', tail: ` ${quote(token)}` }, 'start', 'normal', 13);
}

/** The diagram of a step: the plan's nodes, wires and dots with the step's parts and labels (and a masked note). */
export function stepDiagram(
  plan: CellPlan<string, string>,
  step: StepPlace,
  parts: DiagramPart[],
  texts: DiagramText[]
): CellDiagram {
  return {
    width: plan.width,
    height: plan.height,
    parts,
    nodes: plan.nodes,
    wires: plan.wires,
    dots: plan.dots,
    texts: step.masked ? [...texts, maskedText(plan.width, plan.sizes.compact)] : texts,
    masked: step.masked
  };
}

/** The wires up from the bus below into each gate, in the order of `cx`. */
export function gateFeeds(
  cx: Readonly<Record<string, number>>,
  bus: number,
  gateBottom: number
): DiagramWire[] {
  return Object.values(cx).map((x) => wire([x, bus, x, gateBottom + 2]));
}
