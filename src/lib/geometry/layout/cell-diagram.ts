// The shapes of a gated cell diagram (LSTM or GRU) as plain numbers and strings: parts a reader can focus (gates and
// state strips), operator nodes, wires and labels. The layouts in lstm-cell.ts and gru-cell.ts fill these in.
import { rgb } from 'd3-color';
import type { TraceLayer } from '../../core/trace/types.js';
import { gateScale, maxAbsOf, signedScale, type ColourScale } from '../colour.js';
import type { Pixels } from '../unit-strip.js';
import type { CellTerm } from './cell-terms.js';

/** A rectangle in diagram units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One unit's cell in a strip. */
export interface StripCell {
  /** The unit's index. */
  unit: number;
  /** Left edge. */
  x: number;
  /** Width (the strip's width shared by its units). */
  width: number;
  /** Fill colour from the part's scale. */
  fill: string;
}

/** A row of unit cells, one colour per unit. */
export interface DiagramStrip {
  /** Where the whole strip sits. */
  box: Box;
  /** The unit cells, left to right. */
  cells: StripCell[];
  /** The focused unit's cell, outlined. */
  focus?: StripCell;
  /** The whole strip as a 1-pixel-high picture: one canvas per strip instead of a <rect> per unit. */
  image: Pixels;
}

/** A label with an optional subscript and a tail: c_{t−1} = −0.41 is { base: 'c', sub: 't−1', tail: ' = −0.41' }. */
export interface SubLabel {
  base: string;
  sub?: string;
  tail?: string;
}

/** A line of text in the diagram. */
export interface DiagramText {
  x: number;
  y: number;
  label: SubLabel;
  /** Horizontal anchor. */
  anchor: 'start' | 'middle' | 'end';
  /** How loud: 'strong' for figures, 'muted' for notes. */
  tone: 'strong' | 'normal' | 'muted';
  /** Font size in diagram units. */
  size: number;
  /** Monospaced (numbers that line up). */
  mono?: boolean;
  /** Drawn over wires: outlined in the background colour so a crossing line never runs through it. */
  halo?: boolean;
}

/** A part the reader can point at or focus: a gate box or a state strip with its label. */
export interface DiagramPart {
  /** Stable id within the diagram (e.g. 'forget', 'c-before'). */
  id: string;
  /** The term it stands for, shared with the equations. */
  term: CellTerm;
  /** A gate is drawn as a box; a state is a bare strip. */
  kind: 'gate' | 'state';
  /** The area it covers (the gate box, or the strip and its label): where the focus ring goes. */
  box: Box;
  /** Its units' values. */
  strip: DiagramStrip;
  /** Its title, figure and the focused unit's value. */
  texts: DiagramText[];
  /** What a screen reader says on focus, with the values. */
  ariaLabel: string;
  /** A plain-language sentence shown while the part is highlighted. */
  detail: string;
}

/** An operator where wires meet. */
export interface DiagramNode {
  x: number;
  y: number;
  /** The operation drawn in it. */
  op: '×' | '+' | 'tanh' | '1−';
  /** The term whose highlight lights it, if any. */
  term?: CellTerm;
}

/** A wire between parts, as SVG path data. */
export interface DiagramWire {
  d: string;
  /** The arrowhead at its end, as a closed path (drawn without SVG markers, so ids never clash). */
  head?: string;
  /** The term whose highlight lights it. */
  term?: CellTerm;
}

/** A junction dot where a wire branches. */
export interface DiagramDot {
  x: number;
  y: number;
}

/** Everything a gated cell diagram draws. */
export interface CellDiagram {
  /** viewBox width. */
  width: number;
  /** viewBox height. */
  height: number;
  /** Focusable parts, in reading order. */
  parts: DiagramPart[];
  nodes: DiagramNode[];
  wires: DiagramWire[];
  dots: DiagramDot[];
  /** Free labels (inputs, notes). */
  texts: DiagramText[];
  /** True when the step was masked and its gates were not used. */
  masked: boolean;
}

/** Radius of an operator node. */
export const NODE_RADIUS = 12;

/** The colours of a cell view: gates on viridis [0, 1]; states and candidates on one diverging scale for the layer. */
export interface CellColours {
  gate: ColourScale;
  state: ColourScale;
  /** The symmetric extent of the state scale (largest |h|, |c| or |candidate| over every step). */
  stateMax: number;
}

/** The colours for a layer: one state scale over all its steps, so a colour means the same value at every step. */
export function cellColours(layer: TraceLayer): CellColours {
  const rows: number[][] = [];
  for (const step of layer.steps) {
    rows.push(step.h);
    if (step.c) rows.push(step.c);
    const candidate = (step.gates as { candidate?: number[] }).candidate;
    if (candidate) rows.push(candidate);
  }
  const stateMax = maxAbsOf(rows) || 1;
  return { gate: gateScale(), state: signedScale(stateMax), stateMax };
}

/** SVG path data through some points: M x y L x y … */
export function polyline(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
}

/**
 * A wire through points given flat as x, y, x, y, …, ending in an arrowhead along its last segment unless `arrow` is
 * false.
 */
export function wire(coordinates: readonly number[], term?: CellTerm, arrow = true): DiagramWire {
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < coordinates.length; i += 2) {
    points.push([coordinates[i]!, coordinates[i + 1]!]);
  }
  const d = polyline(points);
  const tip = points.at(-1);
  const from = points.at(-2);
  if (!arrow || !tip || !from) return { d, term };
  const length = Math.hypot(tip[0] - from[0], tip[1] - from[1]) || 1;
  const [ux, uy] = [(tip[0] - from[0]) / length, (tip[1] - from[1]) / length];
  const [bx, by] = [tip[0] - 7 * ux, tip[1] - 7 * uy];
  const head = polyline([tip, [bx - 3.5 * uy, by + 3.5 * ux], [bx + 3.5 * uy, by - 3.5 * ux]]);
  return { d, head: `${head} Z`, term };
}

/** A strip of `values` filling `box`, one equal cell per unit, with the focused unit picked out. */
export function stripOf(
  values: readonly number[],
  colour: ColourScale,
  box: Box,
  unit?: number
): DiagramStrip {
  const width = box.width / Math.max(1, values.length);
  const cells = values.map((value, i) => ({
    unit: i,
    x: box.x + i * width,
    width,
    fill: colour(value)
  }));
  const pixels = new Uint8Array(Math.max(1, cells.length) * 3);
  cells.forEach((cell, i) => {
    const { r, g, b } = rgb(cell.fill);
    pixels.set([r, g, b], i * 3);
  });
  const image = { width: Math.max(1, cells.length), height: 1, rgb: pixels };
  return { box, cells, focus: unit === undefined ? undefined : cells[unit], image };
}

/** A line of text. */
export function text(
  x: number,
  y: number,
  label: SubLabel,
  anchor: DiagramText['anchor'],
  tone: DiagramText['tone'],
  size: number
): DiagramText {
  return { x, y, label, anchor, tone, size };
}

/** "step 4 of 15", with the reading direction when it is backward and the unit outlined, if any. */
export function stepLabel(
  step: { t: number; count: number; before: string },
  unit?: number
): string {
  const backward = step.before === 't+1' ? ', reading backward' : '';
  return `step ${step.t + 1} of ${step.count}${backward}${unit === undefined ? '' : ` · unit ${unit} outlined`}`;
}

/** The note a masked step carries: top right in a wide diagram, on a second line in a compact one. */
export function maskedText(width: number, compact = false): DiagramText {
  const note = { base: 'masked: gates unused, state carried over' };
  return compact
    ? text(8, 34, note, 'start', 'strong', 12)
    : text(width - 16, 18, note, 'end', 'strong', 12);
}
