// The sizes of the UI benchmark, kept apart from bench-traces.ts so a page can show them without loading tfjs.

/** Units of the benchmark's LSTM. */
export const BENCH_UNITS = 128;
/** Length of the long input the four views play together. */
export const LONG_STEPS = 200;
/** Length of the two inputs swapped to time a redraw. */
export const SHORT_STEPS = 20;
