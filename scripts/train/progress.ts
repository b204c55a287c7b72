// Progress per model: live bars redrawn in place on a terminal, plain lines otherwise (logs, CI).

/** Where progress goes: a writable stream, and whether it is a terminal. */
export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
  /** Terminal width: live lines are cut to it, since a wrapped line would break the redraw. */
  columns?: number;
}

interface Row {
  id: string;
  fraction: number;
  note: string;
  /** When the first progress came, and when the row finished (performance.now()). */
  started?: number;
  finished?: number;
  reported: number;
}

const WIDTH = 28;

function clock(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A bar such as "[██████······]  52%". */
export function bar(fraction: number): string {
  const clamped = Math.min(1, Math.max(0, fraction));
  const filled = Math.round(clamped * WIDTH);
  return `[${'█'.repeat(filled)}${'·'.repeat(WIDTH - filled)}] ${String(Math.floor(clamped * 100)).padStart(3)}%`;
}

/** One progress bar per model. */
export class ProgressBoard {
  readonly #rows: Row[];
  readonly #out: ProgressOutput;
  readonly #live: boolean;
  readonly #labelWidth: number;
  #drawn = 0;
  #lastDraw = 0;

  /** Starts a board with one row per id; `live` bars only when the output is a terminal. */
  constructor(ids: readonly string[], out: ProgressOutput) {
    this.#rows = ids.map((id) => ({ id, fraction: 0, note: '', reported: 0 }));
    this.#out = out;
    this.#live = out.isTTY === true;
    this.#labelWidth = Math.max(...ids.map((id) => id.length));
    this.#draw(true);
  }

  /** Moves a row's bar (throttled on a terminal; every quarter as a plain line otherwise). */
  update(id: string, fraction: number, note = ''): void {
    const row = this.#rows.find((candidate) => candidate.id === id);
    if (!row) return;
    row.fraction = fraction;
    row.note = note;
    row.started ??= performance.now();
    if (this.#live) {
      this.#draw(false);
      return;
    }
    const quarter = Math.floor(fraction * 4);
    if (quarter > row.reported && fraction < 1) {
      row.reported = quarter;
      this.#out.write(`${this.#label(row)} ${Math.floor(fraction * 100)}%\n`);
    }
  }

  /** Marks a row done with a one-line summary. */
  finish(id: string, summary: string): void {
    const row = this.#rows.find((candidate) => candidate.id === id);
    if (!row) return;
    row.fraction = 1;
    row.note = summary;
    row.finished = performance.now();
    row.started ??= row.finished;
    if (this.#live) this.#draw(true);
    else this.#out.write(`${this.#label(row)} done in ${this.#elapsed(row)}: ${summary}\n`);
  }

  #label(row: Row): string {
    return row.id.padEnd(this.#labelWidth);
  }

  #elapsed(row: Row): string {
    if (row.started === undefined) return '-:--';
    return clock(((row.finished ?? performance.now()) - row.started) / 1000);
  }

  #draw(force: boolean): void {
    if (!this.#live) return;
    const now = performance.now();
    if (!force && now - this.#lastDraw < 100) return;
    this.#lastDraw = now;
    const width = (this.#out.columns ?? 120) - 1;
    const lines = this.#rows.map(
      (row) =>
        `\x1b[2K${`${this.#label(row)} ${bar(row.fraction)} ${this.#elapsed(row)}  ${row.note}`.slice(0, width)}`
    );
    const up = this.#drawn > 0 ? `\x1b[${this.#drawn}A\r` : '';
    this.#out.write(`${up}${lines.join('\n')}\n`);
    this.#drawn = lines.length;
  }
}
