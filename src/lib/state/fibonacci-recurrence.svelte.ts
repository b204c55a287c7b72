// What the Fibonacci figure shows, derived from its props and the playback cursor: the numbers at the cursor, the
// boxes and arrows of the sequence row, the sum, and the text alternative and table.
import type { Trace } from '../core/trace/types.js';
import {
  describeFibonacci,
  fibonacciTable,
  fibonacciView,
  isFibonacciLayer,
  sumLine,
  termArrows,
  termBoxes
} from '../geometry/layout/fibonacci.js';
import { CursorView } from './figure-view.js';

/** The props the Fibonacci figure's view depends on. */
export interface FibonacciRecurrenceInput {
  trace: Trace;
  layer: number;
}

/** The Fibonacci figure's derived state. */
export class FibonacciRecurrenceView extends CursorView<FibonacciRecurrenceInput> {
  /** Whether the trace is the 2-unit recurrence the figure can read. */
  readonly usable = $derived(isFibonacciLayer(this.props.trace, this.props.layer));
  /** The numbers at the cursor. */
  readonly now = $derived(fibonacciView(this.props.trace, this.step, this.props.layer));
  /** The boxes of the sequence row. */
  readonly boxes = $derived(termBoxes(this.now));
  /** The arrows from F(n−1) and F(n−2) to F(n). */
  readonly arrows = $derived(termArrows(this.boxes));
  /** The sum under the row. */
  readonly sum = $derived(sumLine(this.now));
  /** The text alternative. */
  readonly description = $derived(
    this.usable ? describeFibonacci(this.now) : 'This trace is not the 2-unit Fibonacci network.'
  );
  /** The numbers behind the figure (none when the trace cannot be read). */
  readonly data = $derived(this.usable ? fibonacciTable(this.now) : undefined);
}
