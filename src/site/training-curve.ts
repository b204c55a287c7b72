// The /models cards and the prose check describe training curves in the library's words.
export { describeTrainingCurve } from '$lib/geometry/layout/training-curve.js';
