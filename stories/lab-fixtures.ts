// Training curves measured with `npx unrolled train --task memory --units 16 --epochs 6 --samples 2048
// --distances 2-24 --curriculum --learning-rate 0.01 --seed 1 --backend cpu` (the lab's defaults), rounded to 3 decimals.
import type { CurvePoint } from '../src/lib/tf/models/meta.js';

/** The LSTM, epoch by epoch. */
export const LSTM_CURVE: CurvePoint[] = [
  {
    epoch: 1,
    loss: 2.165,
    accuracy: 0.257,
    valAccuracy: 0.407,
    buckets: [
      { name: '2–4', accuracy: 0.574 },
      { name: '5–8', accuracy: 0.507 },
      { name: '9–16', accuracy: 0.385 },
      { name: '17–24', accuracy: 0.302 }
    ]
  },
  {
    epoch: 2,
    loss: 0.814,
    accuracy: 0.821,
    valAccuracy: 0.98,
    buckets: [
      { name: '2–4', accuracy: 1 },
      { name: '5–8', accuracy: 1 },
      { name: '9–16', accuracy: 1 },
      { name: '17–24', accuracy: 0.941 }
    ]
  },
  {
    epoch: 3,
    loss: 0.137,
    accuracy: 0.994,
    valAccuracy: 0.998,
    buckets: [
      { name: '2–4', accuracy: 1 },
      { name: '5–8', accuracy: 1 },
      { name: '9–16', accuracy: 1 },
      { name: '17–24', accuracy: 0.994 }
    ]
  },
  {
    epoch: 4,
    loss: 0.03,
    accuracy: 1,
    valAccuracy: 1,
    buckets: [
      { name: '2–4', accuracy: 1 },
      { name: '5–8', accuracy: 1 },
      { name: '9–16', accuracy: 1 },
      { name: '17–24', accuracy: 1 }
    ]
  },
  {
    epoch: 5,
    loss: 0.015,
    accuracy: 1,
    valAccuracy: 1,
    buckets: [
      { name: '2–4', accuracy: 1 },
      { name: '5–8', accuracy: 1 },
      { name: '9–16', accuracy: 1 },
      { name: '17–24', accuracy: 1 }
    ]
  },
  {
    epoch: 6,
    loss: 0.013,
    accuracy: 1,
    valAccuracy: 1,
    buckets: [
      { name: '2–4', accuracy: 1 },
      { name: '5–8', accuracy: 1 },
      { name: '9–16', accuracy: 1 },
      { name: '17–24', accuracy: 1 }
    ]
  }
];

/** The plain RNN, epoch by epoch. */
export const RNN_CURVE: CurvePoint[] = [
  {
    epoch: 1,
    loss: 2.185,
    accuracy: 0.183,
    valAccuracy: 0.208,
    buckets: [
      { name: '2–4', accuracy: 0.426 },
      { name: '5–8', accuracy: 0.368 },
      { name: '9–16', accuracy: 0.065 },
      { name: '17–24', accuracy: 0.163 }
    ]
  },
  {
    epoch: 2,
    loss: 1.726,
    accuracy: 0.331,
    valAccuracy: 0.339,
    buckets: [
      { name: '2–4', accuracy: 0.412 },
      { name: '5–8', accuracy: 0.328 },
      { name: '9–16', accuracy: 0.345 },
      { name: '17–24', accuracy: 0.311 }
    ]
  },
  {
    epoch: 3,
    loss: 1.422,
    accuracy: 0.396,
    valAccuracy: 0.353,
    buckets: [
      { name: '2–4', accuracy: 0.471 },
      { name: '5–8', accuracy: 0.353 },
      { name: '9–16', accuracy: 0.36 },
      { name: '17–24', accuracy: 0.299 }
    ]
  },
  {
    epoch: 4,
    loss: 1.245,
    accuracy: 0.421,
    valAccuracy: 0.48,
    buckets: [
      { name: '2–4', accuracy: 0.529 },
      { name: '5–8', accuracy: 0.532 },
      { name: '9–16', accuracy: 0.483 },
      { name: '17–24', accuracy: 0.426 }
    ]
  },
  {
    epoch: 5,
    loss: 1.088,
    accuracy: 0.512,
    valAccuracy: 0.607,
    buckets: [
      { name: '2–4', accuracy: 0.699 },
      { name: '5–8', accuracy: 0.662 },
      { name: '9–16', accuracy: 0.597 },
      { name: '17–24', accuracy: 0.547 }
    ]
  },
  {
    epoch: 6,
    loss: 0.971,
    accuracy: 0.599,
    valAccuracy: 0.698,
    buckets: [
      { name: '2–4', accuracy: 0.676 },
      { name: '5–8', accuracy: 0.791 },
      { name: '9–16', accuracy: 0.729 },
      { name: '17–24', accuracy: 0.621 }
    ]
  }
];

/** Where the story numbers come from. */
export const LAB_NOTE =
  'Measured with `npx unrolled train` at the training lab’s default settings (seed 1, cpu backend).';
