// The model's answer before and after a what-if change, side by side: the top answer of each and the classes to list.
import { classLabels, percent, sigmoidReading, topIndex } from './prediction-bars.js';

/** One class with its probability before and after the change. */
export interface AnswerRow {
  /** The class name (or, for a sigmoid, the positive label's score). */
  label: string;
  /** Probability (or score) as trained. */
  before: number;
  /** Probability with the change; undefined until traced. */
  after: number | undefined;
}

/** A model's answer in words: the label it points to and how sure it is, e.g. { label: 'Gaelic', text: '97.3%' }. */
export interface Answer {
  label: string;
  probability: number;
  text: string;
}

/** The answer an output gives: the top class (or the sigmoid's side of 0.5) with its probability. */
export function answerOf(output: readonly number[], labels: readonly string[] = []): Answer {
  if (output.length === 1) {
    const reading = sigmoidReading(output[0]!, labels);
    const probability = reading.score >= 0.5 ? reading.score : 1 - reading.score;
    return { label: reading.predicted, probability, text: percent(probability) };
  }
  const top = topIndex(output);
  const probability = output[top] ?? 0;
  return {
    label: classLabels(output.length, labels)[top]!,
    probability,
    text: percent(probability)
  };
}

/** The classes worth listing: the `count` most probable before, plus the top one after if it is not among them. */
export function answerRows(
  before: readonly number[],
  after: readonly number[] | undefined,
  labels: readonly string[] = [],
  count = 3
): AnswerRow[] {
  if (before.length === 1) {
    const [, positive] = classLabels(2, labels);
    return [{ label: `${positive} (score)`, before: before[0]!, after: after?.[0] }];
  }
  const names = classLabels(before.length, labels);
  const order = before.map((_, i) => i).sort((a, b) => before[b]! - before[a]! || a - b);
  const shown = order.slice(0, count);
  const afterTop = after ? topIndex(after) : -1;
  if (afterTop >= 0 && !shown.includes(afterTop)) shown.push(afterTop);
  return shown.map((i) => ({ label: names[i]!, before: before[i]!, after: after?.[i] }));
}
