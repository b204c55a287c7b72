// One cell's panel in the training lab: which epoch's trace it shows (the newest, until the reader
// scrubs to another), and the trace each of its figures has drawn so far. The figures catch up with
// the chosen epoch one per frame, so a new epoch or a scrubber move never redraws all of them in one task.
import { untrack } from 'svelte';
import type { Trace } from '../core/trace/types.js';
import type { PacedUpdates } from './paced-updates.js';
import type { LabCell } from './training-lab.svelte.js';

/** Figures of a panel that draw the chosen trace, in the order they catch up. */
export const PANEL_FIGURES = ['chain', 'cell', 'answer'] as const;

/** One figure of a panel. */
export type PanelFigure = (typeof PANEL_FIGURES)[number];

/** The chosen epoch of one cell's panel and the traces its figures show. */
export class LabPanelState {
  /** The epoch the reader picked; undefined follows the newest. */
  picked: number | undefined = $state();
  /** What each figure draws now (undefined: not drawn yet). */
  drawn: Partial<Record<PanelFigure, Trace>> = $state.raw({});

  #result: () => LabCell;
  #pace: PacedUpdates;
  #queued = false;

  /** Call while a component initialises: it watches the cell's traces for as long as the component lives. */
  constructor(result: () => LabCell, pace: PacedUpdates) {
    this.#result = result;
    this.#pace = pace;
    $effect(() => {
      if (!this.trace) {
        // A new run: nothing of the last one stays on screen.
        untrack(() => {
          this.drawn = {};
          this.picked = undefined;
        });
      } else if (!this.#queued) {
        this.#queued = true;
        untrack(() => this.#pace.add(this.#catchUp));
      }
    });
  }

  /** The newest epoch with a trace (0: before training). */
  get last(): number {
    return Math.max(0, this.#result().traces.length - 1);
  }

  /** The epoch shown. */
  get shown(): number {
    return Math.min(this.picked ?? this.last, this.last);
  }

  /** The chosen epoch's trace. */
  get trace(): Trace | undefined {
    return this.#result().traces[this.shown];
  }

  /** Picks an epoch; the last one means "follow the newest". */
  pick(epoch: number): void {
    this.picked = epoch >= this.last ? undefined : epoch;
  }

  /** Brings the first figure that lags onto the chosen trace; queues itself again while others lag. */
  #catchUp = () => {
    const target = this.trace;
    const lagging = PANEL_FIGURES.filter((figure) => this.drawn[figure] !== target);
    if (target && lagging.length > 0) this.drawn = { ...this.drawn, [lagging[0]!]: target };
    if (target && lagging.length > 1) this.#pace.add(this.#catchUp);
    else this.#queued = false;
  };
}
