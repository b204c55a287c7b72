// What InfluenceBar draws: one bar per token, its height the token's influence as a share of the largest.
import type { TraceToken } from '../../core/trace/types.js';
import type { TableData } from '../table-data.js';
import { displayText } from '../token-strip.js';
import { longestLabel, shortLabel, thinnedTicks } from '../token-ticks.js';

/** Each token's influence divided by the largest (all 0 when every influence is 0). */
export function influenceShares(influence: readonly number[]): number[] {
  const largest = Math.max(0, ...influence);
  return influence.map((value) => (largest > 0 ? value / largest : 0));
}

/** One token's bar, in SVG units. */
export interface InfluenceColumn {
  step: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Influence as a share of the largest, 0 to 1. */
  share: number;
}

/** The chart's frame and bars for `shares` in `width` SVG units, with room below for token labels. */
export function influenceLayout(
  shares: readonly number[],
  tokens: readonly TraceToken[],
  width: number,
  plotHeight = 140
): {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  band: number;
  /** y of a share (0 at the bottom, 1 at the top). */
  y: (share: number) => number;
  columns: InfluenceColumn[];
  ticks: { step: number; x: number; label: string }[];
} {
  const left = 40;
  const right = width - 8;
  const top = 24;
  const bottom = top + plotHeight;
  const band = (right - left) / Math.max(1, shares.length);
  const barWidth = Math.max(1, band * 0.75);
  const label = (step: number) => shortLabel(tokens[step]?.text ?? '', 10);
  const columns = shares.map((share, step) => ({
    step,
    x: left + step * band + (band - barWidth) / 2,
    y: bottom - share * plotHeight,
    width: barWidth,
    height: share * plotHeight,
    share
  }));
  const ticks = thinnedTicks(shares.length, band, 15).map((step) => ({
    step,
    x: left + (step + 0.5) * band,
    label: label(step)
  }));
  const room = longestLabel(tokens.map((token) => shortLabel(token.text, 10)));
  return {
    width,
    height: bottom + 14 + Math.ceil(room * 4.8),
    left,
    right,
    top,
    bottom,
    band,
    y: (share) => bottom - share * plotHeight,
    columns,
    ticks
  };
}

/** The `count` most influential tokens, most first (ties in reading order). */
export function topTokens(
  influence: readonly number[],
  tokens: readonly TraceToken[],
  count: number
): { step: number; text: string; share: number; raw: number }[] {
  const shares = influenceShares(influence);
  return influence
    .map((raw, step) => ({
      step,
      text: displayText(tokens[step]?.text ?? ''),
      share: shares[step]!,
      raw
    }))
    .sort((a, b) => b.raw - a.raw || a.step - b.step)
    .slice(0, Math.max(0, count));
}

const number = (value: number) =>
  value !== 0 && Math.abs(value) < 0.001 ? value.toExponential(2) : value.toFixed(3);

/** The chart's text alternative: the top tokens ranked with their share and raw gradient norm, and the current token. */
export function describeInfluence(
  influence: readonly number[],
  tokens: readonly TraceToken[],
  current: number,
  count = 5
): string {
  if (influence.length === 0) return 'No tokens.';
  const sentences = [
    `Influence of each of ${influence.length} token${influence.length === 1 ? '' : 's'} on the prediction (gradient norm, as a share of the largest).`
  ];
  if (Math.max(...influence) <= 0) {
    sentences.push("Every token's influence is 0: the output's gradient vanished for this input.");
  } else {
    const ranked = topTokens(influence, tokens, count).map(
      (entry, rank) =>
        `${rank + 1}. "${entry.text}" (step ${entry.step + 1}): ${entry.share.toFixed(2)} (raw ${number(entry.raw)})`
    );
    sentences.push(`Most influential: ${ranked.join('; ')}.`);
  }
  const at = tokens[current];
  if (at) {
    const share = influenceShares(influence)[current] ?? 0;
    sentences.push(`Current step ${current + 1} "${displayText(at.text)}": ${share.toFixed(2)}.`);
  }
  return sentences.join(' ');
}

/** The numbers behind the chart: step, token, raw influence and share of the largest. */
export function influenceTable(
  influence: readonly number[],
  tokens: readonly TraceToken[]
): TableData {
  const shares = influenceShares(influence);
  return {
    columns: ['step', 'token', 'influence', 'share of largest'],
    rows: influence.map((raw, t) => [
      t + 1,
      displayText(tokens[t]?.text ?? ''),
      raw,
      Number(shares[t]!.toFixed(4))
    ])
  };
}
