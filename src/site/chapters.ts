// The explainer's chapters, in reading order: the navigation, the table of contents and "next chapter" links.

/** One chapter of the site. */
export interface Chapter {
  /** Route path. */
  path: string;
  /** Short title for navigation. */
  title: string;
  /** One line on what the chapter teaches. */
  summary: string;
}

/** Every chapter, in order. */
export const CHAPTERS: Chapter[] = [
  {
    path: '/tokens',
    title: 'Tokens',
    summary: 'Words, subword pieces and ids — and why order matters.'
  },
  {
    path: '/fibonacci',
    title: 'Fibonacci',
    summary: 'The simplest recurrence, as a two-unit network.'
  },
  {
    path: '/rnn',
    title: 'The RNN cell',
    summary: 'One cell, then the chain unrolled over a sentence.'
  },
  { path: '/memory', title: 'Memory', summary: 'How far back can each cell remember a word?' },
  {
    path: '/vanishing',
    title: 'Vanishing gradients',
    summary: 'Why a plain RNN struggles to learn: the gradient, step by step back.'
  },
  {
    path: '/train',
    title: 'Training lab',
    summary: 'Train an RNN, an LSTM and a GRU in your browser and watch the gates form.'
  },
  { path: '/lstm', title: 'LSTM', summary: 'The cell state and the gates that guard it.' },
  {
    path: '/stacked',
    title: 'Bidirectional and stacked',
    summary: 'Reading both ways, and layers on layers.'
  },
  { path: '/gru', title: 'GRU', summary: 'Two gates instead of three.' },
  { path: '/playground', title: 'Playground', summary: 'Your sentence, any model — yours too.' },
  {
    path: '/exercises',
    title: 'Exercises',
    summary: 'Check what you learned against the real models.'
  },
  {
    path: '/models',
    title: 'Models',
    summary: 'How each shipped model was trained, and how well it does.'
  },
  { path: '/embed', title: 'Embed', summary: 'Put a figure in your own course page.' }
];

/** The chapter after `path`, if any. */
export function nextChapter(path: string): Chapter | undefined {
  const index = CHAPTERS.findIndex((chapter) => chapter.path === path);
  return index >= 0 ? CHAPTERS[index + 1] : undefined;
}
