// The shape of an exercise: a question, its options, the answer worked out from the shipped data, the figure state
// that shows the answer, and every number it prints with the value and the file it came from.

/** One number an exercise prints: the text on screen, the value it was computed from, and where that value lives. */
export interface Quote {
  /** Exactly as printed, e.g. "0.68" or "98,881". */
  text: string;
  /** The computed value the text shows (before rounding). */
  value: number;
  /** Where the value comes from: a file under static/ and the path into it, then how it was derived. */
  source: string;
}

/** A page state that answers an exercise: a chapter route and the query it reads (steps 1-based, units 0-based). */
export interface FigureLink {
  /** The chapter, e.g. '/lstm'. */
  path: string;
  /** Query parameters the chapter reads, e.g. { step: 4, unit: 'all' }. */
  query: Record<string, string | number>;
  /** An element id on that page to scroll to. */
  hash?: string;
  /** What the link says, after "see it on": e.g. "/lstm at step 4 (“Ireland”), every unit". */
  text: string;
}

/** The figure an exercise reveals once answered, drawn from the same data as the chapter it links to. */
export type ExerciseFigure =
  | { kind: 'lstm-cell'; trace: string; step: number; unit?: number }
  | { kind: 'gap-table'; gap: number }
  | { kind: 'influence'; trace: string }
  | { kind: 'training'; models: string[] }
  | { kind: 'subwords'; text: string }
  | { kind: 'fibonacci'; trace: string; step: number }
  | { kind: 'bidirectional'; trace: string; step: number }
  | { kind: 'model-table'; model: string }
  | { kind: 'forgetting'; regime: string };

/** One multiple-choice check: the options, the right one, why, and where to see it. */
export interface Exercise {
  id: string;
  prompt: string;
  options: string[];
  answer: string;
  explanation: string;
  /**
   * How clearly the answer stands out on the number that decides it: (winner − runner-up) / larger, or for a
   * numeric answer the smallest such gap to any distractor; Infinity when only one option can be right.
   */
  margin: number;
  /** Every number printed in the prompt, the options and the explanation. */
  quotes: Quote[];
  /** The page state that answers it. */
  link: FigureLink;
  /** The figure shown after the answer. */
  figure: ExerciseFigure;
}

/** An exercise as the page shows it: the question, options, answer, explanation, link and figure. */
export type ShownExercise = Omit<Exercise, 'quotes' | 'margin'>;
