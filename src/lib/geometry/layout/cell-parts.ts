// The parts of a gated cell diagram a reader can focus: gate boxes and state strips, in a wide or a compact size.
import type { ColourScale } from '../colour.js';
import {
  stripOf,
  text,
  type DiagramPart,
  type DiagramText,
  type SubLabel
} from './cell-diagram.js';
import type { CellTerm } from './cell-terms.js';

/** The sizes of a diagram's parts. */
export interface PartSizes {
  gateWidth: number;
  gateHeight: number;
  /** Width of a state strip (its height is always 16). */
  stripWidth: number;
  /** Smaller type and shorter unit lines, for phones. */
  compact: boolean;
}

/** Parts of the wide layout (a 700-unit-wide diagram). */
export const WIDE_PARTS: PartSizes = {
  gateWidth: 104,
  gateHeight: 96,
  stripWidth: 112,
  compact: false
};

/** Parts of the compact layout (a 380-unit-wide diagram that stays readable from 360 px). */
export const COMPACT_PARTS: PartSizes = {
  gateWidth: 86,
  gateHeight: 92,
  stripWidth: 80,
  compact: true
};

/** Height of a state strip. */
export const STRIP_HEIGHT = 16;

/** What a gate box shows. */
export interface GateSpec {
  term: CellTerm;
  /** Centre x of the box. */
  cx: number;
  /** Top of the box. */
  top: number;
  /** The title, e.g. 'forget f'. */
  title: string;
  /** The activation symbol, e.g. 'σ', written beside the gate's outgoing wire. */
  activation: string;
  values: readonly number[];
  colour: ColourScale;
  /** The plain-language figure, e.g. 'keeps 83%'. */
  figure: string;
  /** The focused unit, when one is. */
  unit?: number;
  /** The focused unit's value, formatted. */
  unitValue?: string;
  ariaLabel: string;
  detail: string;
  sizes: PartSizes;
}

/** A gate box: its title, the units' strip, the figure and the focused unit's exact value; the activation above it. */
export function gatePart(spec: GateSpec): DiagramPart {
  const { gateWidth: width, gateHeight: height, compact } = spec.sizes;
  const box = { x: spec.cx - width / 2, y: spec.top, width, height };
  const pad = compact ? 6 : 8;
  const strip = stripOf(
    spec.values,
    spec.colour,
    { x: box.x + pad, y: box.y + (compact ? 26 : 28), width: width - 2 * pad, height: 14 },
    spec.unit
  );
  const texts: DiagramText[] = [
    text(spec.cx, box.y + 18, { base: spec.title }, 'middle', 'normal', compact ? 12 : 13),
    {
      ...text(spec.cx + 5, box.y - 6, { base: spec.activation }, 'start', 'muted', 11),
      halo: true
    },
    text(
      spec.cx,
      box.y + (compact ? 60 : 64),
      { base: spec.figure },
      'middle',
      'strong',
      compact ? 13 : 15
    )
  ];
  if (spec.unitValue !== undefined) {
    const line = text(
      spec.cx,
      box.y + (compact ? 80 : 85),
      { base: spec.unitValue },
      'middle',
      'normal',
      compact ? 11 : 13
    );
    texts.push({ ...line, mono: true });
  }
  return {
    id: spec.term,
    term: spec.term,
    kind: 'gate',
    box,
    strip,
    texts,
    ariaLabel: spec.ariaLabel,
    detail: spec.detail
  };
}

/** What a state strip shows. */
export interface StateSpec {
  id: string;
  term: CellTerm;
  /** Left edge and vertical centre of the strip. */
  x: number;
  cy: number;
  /** Its label, e.g. c with subscript t−1. */
  label: SubLabel;
  values: readonly number[];
  colour: ColourScale;
  unit?: number;
  unitValue?: string;
  ariaLabel: string;
  detail: string;
  sizes: PartSizes;
}

/** A state strip with its label above (and the focused unit's exact value in the label). */
export function statePart(spec: StateSpec): DiagramPart {
  const width = spec.sizes.stripWidth;
  const top = spec.cy - STRIP_HEIGHT / 2;
  const label: SubLabel =
    spec.unitValue === undefined ? spec.label : { ...spec.label, tail: ` = ${spec.unitValue}` };
  return {
    id: spec.id,
    term: spec.term,
    kind: 'state',
    box: { x: spec.x - 4, y: top - 24, width: width + 8, height: STRIP_HEIGHT + 28 },
    strip: stripOf(
      spec.values,
      spec.colour,
      { x: spec.x, y: top, width, height: STRIP_HEIGHT },
      spec.unit
    ),
    texts: [
      {
        ...text(spec.x, top - 7, label, 'start', 'normal', spec.sizes.compact ? 12 : 13),
        halo: true
      }
    ],
    ariaLabel: spec.ariaLabel,
    detail: spec.detail
  };
}
