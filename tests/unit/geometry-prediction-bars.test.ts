import { describe, expect, it } from 'vitest';
import {
  classLabels,
  describePrediction,
  percent,
  predictionLayout,
  predictionRows,
  predictionTable,
  scoreAnchor,
  scoreLayout,
  sigmoidReading,
  topIndex
} from '$lib/geometry/layout/prediction-bars.js';

const output = [0.2, 0.5, 0.1, 0.2];
const labels = ['Gaelic', 'French', 'German', 'Spanish'];

describe('classLabels(count, labels)', () => {
  it('fills in "class i" for missing labels', () => {
    expect(classLabels(3, ['a'])).toEqual(['a', 'class 1', 'class 2']);
  });
});

describe('topIndex(output)', () => {
  it('finds the largest, the first of equals', () => {
    expect(topIndex(output)).toBe(1);
    expect(topIndex([0.3, 0.3])).toBe(0);
    expect(topIndex([])).toBe(-1);
  });
});

describe('predictionRows(output, labels, order)', () => {
  it('sorts by probability, ties in label order, and marks the top class', () => {
    const rows = predictionRows(output, labels);
    expect(rows.map((row) => row.label)).toEqual(['French', 'Gaelic', 'Spanish', 'German']);
    expect(rows.map((row) => row.top)).toEqual([true, false, false, false]);
  });

  it("keeps the model's order for 'label'", () => {
    expect(predictionRows(output, labels, 'label').map((row) => row.index)).toEqual([0, 1, 2, 3]);
  });
});

describe('sigmoidReading(score, labels)', () => {
  it('predicts the positive label at 0.5 and above', () => {
    expect(sigmoidReading(0.5, ['negative', 'positive']).predicted).toBe('positive');
    expect(sigmoidReading(0.2, ['negative', 'positive'])).toMatchObject({
      predicted: 'negative',
      margin: 0.3
    });
  });
});

describe('predictionLayout(rows, width)', () => {
  it('makes bar lengths proportional to probability', () => {
    const layout = predictionLayout(predictionRows(output, labels), 400);
    const span = layout.barRight - layout.barLeft;
    expect(layout.bars[0]!.length).toBeCloseTo(0.5 * span);
    expect(layout.bars[3]!.length).toBeCloseTo(0.1 * span);
    expect(layout.bars[1]!.y - layout.bars[0]!.y).toBe(24);
  });
});

describe('scoreLayout(width)', () => {
  it('places 0, 0.5 and 1 along the track and clamps beyond', () => {
    const layout = scoreLayout(232);
    expect([layout.x(0), layout.x(0.5), layout.x(1), layout.x(2)]).toEqual([16, 116, 216, 216]);
  });
});

describe('scoreAnchor(score)', () => {
  it('centres the label under the marker except near either end of the track', () => {
    expect([0, 0.149, 0.15, 0.5, 0.85, 0.851, 1].map(scoreAnchor)).toEqual([
      'start',
      'start',
      'middle',
      'middle',
      'middle',
      'end',
      'end'
    ]);
  });
});

describe('describePrediction(output, labels)', () => {
  it('names the most probable class and the runners-up', () => {
    expect(describePrediction(output, labels)).toBe(
      "The model's prediction over 4 classes: French is most probable at 50.0%. Next: Gaelic 20.0%, Spanish 20.0%, German 10.0%."
    );
  });

  it('reads a sigmoid score against the threshold', () => {
    expect(describePrediction([0.873], ['negative', 'positive'])).toBe(
      "The model's score is 0.873 on a scale from 0 (negative) to 1 (positive): at or above the 0.5 threshold, so it predicts positive."
    );
  });
});

describe('percent(value) and predictionTable(output, labels)', () => {
  it('formats and tabulates the raw outputs', () => {
    expect(percent(0.1234)).toBe('12.3%');
    expect(predictionTable(output, labels).rows[1]).toEqual([1, 'French', 0.5]);
  });
});
