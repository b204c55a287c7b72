// The two kinds of gated cell a single-cell view draws, LSTM and GRU: which layers each takes, and how each reads a
// step, draws it, says it and tabulates it. GatedCell.svelte draws either from one of these.
import type { TraceLayer, TraceStates } from '../../core/trace/types.js';
import type { TableData } from '../table-data.js';
import type { CellColours, CellDiagram } from './cell-diagram.js';
import {
  describeGruCell,
  gruAnnouncement,
  gruForm,
  gruStep,
  gruTable,
  type GruStep
} from './gru-cell.js';
import { gruDiagram } from './gru-diagram.js';
import {
  describeLstmCell,
  lstmAnnouncement,
  lstmStep,
  lstmTable,
  type LstmStep
} from './lstm-cell.js';
import { lstmDiagram } from './lstm-diagram.js';

/** What a diagram needs besides the step and the layer. */
export interface CellDrawing {
  colours: CellColours;
  /** The focused unit, if any. */
  unit?: number;
  /** The compact layout for narrow screens. */
  compact: boolean;
}

/** One kind of gated cell, as a single-cell view reads, draws and describes it at a step. */
export interface GatedCellKind<Step> {
  /** The layers it draws. */
  cell: 'lstm' | 'gru';
  /** Its name in labels, e.g. 'LSTM cell'. */
  label: string;
  /** Base name of exported files. */
  fileName: string;
  /** What the state colours show, for the legend. */
  stateLabel: string;
  /** The numbers of a layer at step t (clamped into the layer). */
  step(trace: TraceStates, layer: TraceLayer, t: number): Step;
  /** The diagram of the step, with the layer's activations (and form). */
  diagram(step: Step, layer: TraceLayer, drawing: CellDrawing): CellDiagram;
  /** The text alternative of the step, with the focused unit's numbers. */
  describe(trace: TraceStates, layer: TraceLayer, step: Step, unit?: number): string;
  /** The step's numbers, one row per unit. */
  table(step: Step): TableData;
  /** The short summary spoken after a deliberate step. */
  announcement(step: Step): string;
}

/** The LSTM cell: gates forget, input and output, a candidate, and the cell state c beside h. */
export const LSTM_CELL: GatedCellKind<LstmStep> = {
  cell: 'lstm',
  label: 'LSTM cell',
  fileName: 'unrolled-lstm-cell',
  stateLabel: 'cell state, hidden state and candidate',
  step: lstmStep,
  diagram: (step, layer, drawing) =>
    lstmDiagram(step, {
      ...drawing,
      activation: layer.activation,
      recurrentActivation: layer.recurrentActivation
    }),
  describe: describeLstmCell,
  table: lstmTable,
  announcement: lstmAnnouncement
};

/** The GRU cell: gates update and reset and a candidate, in the layer's form (Keras reset_after or tfjs's). */
export const GRU_CELL: GatedCellKind<GruStep> = {
  cell: 'gru',
  label: 'GRU cell',
  fileName: 'unrolled-gru-cell',
  stateLabel: 'hidden state and candidate',
  step: gruStep,
  diagram: (step, layer, drawing) =>
    gruDiagram(step, {
      ...drawing,
      form: gruForm(layer),
      activation: layer.activation,
      recurrentActivation: layer.recurrentActivation
    }),
  describe: describeGruCell,
  table: gruTable,
  announcement: gruAnnouncement
};
