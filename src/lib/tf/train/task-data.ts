// What a training loop needs of a task: its examples, already encoded.
import type { Encoded } from './batches.js';

/** Training data of one task, already encoded. */
export interface TaskData {
  /** 'classes' for a softmax over `classes` labels, 'binary' for one sigmoid output. */
  output: 'classes' | 'binary';
  /** Number of labels (2 for binary). */
  classes: number;
  /** The embedding's input size. */
  vocabSize: number;
  /** Fresh training examples for an epoch (1-based): every epoch sees new sentences. */
  epochExamples(epoch: number): Encoded[];
  /** Examples to choose the learning rate on and to draw the learning curve from; never the evaluation set. */
  validation: Encoded[];
  /** The order buckets are reported in. @default alphabetical */
  bucketOrder?: readonly string[];
}
