// The /models cards draw their training curves with the library's layout.
export {
  describeTrainingCurve,
  trainingCurveLayout,
  type TrainingCurveLayout
} from '$lib/geometry/layout/training-curve.js';
