// Which unit a chapter talks about, chosen by the rule that justifies the sentence about it.
import type { Trace, TraceLayer } from '$lib/core/trace/types.js';

/** What the chosen unit does from the clue on. */
export interface Keeper {
  unit: number;
  /** Its state just before and at the clue. */
  before: number;
  at: number;
  /** Its state at the last token. */
  end: number;
  /** The keep gate (forget, or update) at the clue, and its lowest and highest value after it. */
  keepAt: number;
  keepMin: number;
  keepMax: number;
  /** How many steps follow the clue. */
  later: number;
  /** The product of the keep gate over every step after the clue: the share of what was in the state at the clue that survives to the end, ignoring new writes. */
  keepProduct: number;
}

/**
 * The unit that writes the clue and keeps it. Rule: the largest |state change at the clue| × the
 * product of the keep gate (LSTM forget f, GRU update z) over every later step. A unit that moves a
 * lot at the clue but lets it go scores low, so the page never shows a unit that forgets as the
 * one that remembers. LSTM: the state is c; GRU: h (its only state).
 */
export function keeperOf(layer: TraceLayer, clue: number): Keeper {
  const lstm = layer.cell === 'lstm';
  const state = (t: number, u: number) =>
    (lstm ? layer.steps[t]?.c?.[u] : layer.steps[t]?.h[u]) ?? 0;
  const keep = (t: number, u: number): number => {
    const gates = layer.steps[t]?.gates as Record<string, number[] | undefined> | undefined;
    return gates?.[lstm ? 'forget' : 'update']?.[u] ?? 0;
  };
  const later = layer.steps.map((_, t) => t).filter((t) => t > clue);
  const summary = (unit: number): Keeper => {
    const keeps = later.map((t) => keep(t, unit));
    return {
      unit,
      before: clue > 0 ? state(clue - 1, unit) : 0,
      at: state(clue, unit),
      end: state(layer.steps.length - 1, unit),
      keepAt: keep(clue, unit),
      keepMin: keeps.length ? Math.min(...keeps) : 1,
      keepMax: keeps.length ? Math.max(...keeps) : 1,
      later: later.length,
      keepProduct: keeps.reduce((product, value) => product * value, 1)
    };
  };
  const score = (k: Keeper) => Math.abs(k.at - k.before) * k.keepProduct;
  let best = summary(0);
  for (let unit = 1; unit < layer.units; unit++) {
    const candidate = summary(unit);
    if (score(candidate) > score(best)) best = candidate;
  }
  return best;
}

/** The token index of "Ireland" in a trace (0 when absent), as the chapters find it. */
export function irelandIndex(trace: Pick<Trace, 'tokens'>): number {
  return Math.max(
    0,
    trace.tokens.findIndex((token) => token.text.trim() === 'Ireland')
  );
}
