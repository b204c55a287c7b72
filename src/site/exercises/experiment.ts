// "Which training helped the plain RNN at the longest distances?", from the memory experiment's held-out results.
import { LONG_BUCKET } from '$lib/core/experiment/index.js';
import type { ExperimentHeadline } from '../experiment.js';
import { quote } from './common.js';
import { marginOf } from './margin.js';
import type { Exercise } from './types.js';

const FILE = 'experiments/memory.json';
const pct = (v: number) => `${Math.round(v * 100)}%`;
const OPTIONS = {
  standard: 'standard: every distance mixed in from the first batch',
  curriculum: 'curriculum: short gaps first, longer ones later'
};

/** The regime with the higher median held-out accuracy at 33–40 for the plain RNN; figure: the forgetting curve. */
export function curriculumExercise(headline: ExperimentHeadline): Exercise | undefined {
  const rnn = headline.cells.simple_rnn;
  if (!rnn?.long || !rnn.curriculumLong) return undefined;
  const standard = rnn.long.median;
  const curriculum = rnn.curriculumLong.median;
  const winner = curriculum > standard ? 'curriculum' : 'standard';
  const at = (regime: string, what: string) =>
    `${FILE} runs (simple_rnn, ${regime}) heldOut bucket ${LONG_BUCKET}, ${what} over seeds`;
  const [near, far] = LONG_BUCKET.split('–').map(Number) as [number, number];
  const bucket = [
    quote(near, String, `${FILE} heldOut bucket name ${LONG_BUCKET}`),
    quote(far, String, `${FILE} heldOut bucket name ${LONG_BUCKET}`)
  ];
  const seeds = quote(headline.seeds, String, `${FILE} protocol.seeds.length`);
  const band = (regime: string, b: typeof rnn.long) =>
    [b.median, b.min, b.max].map((v, i) => quote(v, pct, at(regime, ['median', 'min', 'max'][i]!)));
  const s = band('standard', rnn.long);
  const c = band('curriculum', rnn.curriculumLong);
  const range = (q: typeof s) => `median ${q[0]!.text}, from ${q[1]!.text} to ${q[2]!.text}`;
  return {
    id: 'curriculum',
    prompt: `The plain RNN of the memory experiment was trained ${seeds.text} times (seeds) in each of two ways, then tested on fresh sentences. Where ${LONG_BUCKET} words separate the country from the blank, which way of training was right more often?`,
    options: [OPTIONS.standard, OPTIONS.curriculum],
    answer: OPTIONS[winner],
    explanation: `At ${LONG_BUCKET}: standard training ${range(s)}; curriculum ${range(c)}, across the ${seeds.text} seeds.${winner === 'curriculum' ? ' The same cell with the same training budget: what it can hold did not change, only whether training found a way to hold it.' : ' Here starting with short gaps did not help.'}`,
    margin: marginOf([standard, curriculum], pct),
    quotes: [...bucket, seeds, ...s, ...c],
    link: {
      path: '/memory',
      query: winner === 'standard' ? {} : { regime: winner },
      hash: 'curve',
      text: `/memory, the forgetting curve with ${winner} training`
    },
    figure: { kind: 'forgetting', regime: winner }
  };
}
