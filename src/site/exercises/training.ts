// "Which memory model took the most epochs to reach 100% validation accuracy?", read from the training curves.
import type { ModelMeta } from '../model-meta.js';
import { CELL_NAMES, argBest, quote } from './common.js';
import { marginOf } from './margin.js';
import type { Exercise } from './types.js';

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** The model whose curve first reaches valAccuracy 1 latest (or never); figure: the three models' training curves. */
export function slowestLearnerExercise(metas: readonly ModelMeta[]): Exercise | undefined {
  const firstPerfect = (meta: ModelMeta) => {
    const point = meta.training?.curve.find((p) => p.valAccuracy >= 1);
    return point ? point.epoch : Infinity;
  };
  const slowest = argBest(metas, firstPerfect);
  if (!slowest) return undefined;
  const name = (meta: ModelMeta) => CELL_NAMES[meta.id] ?? meta.id;
  const target = quote(1, pct, 'the rule: the first epoch whose valAccuracy is 1');
  const epochs = metas
    .filter((meta) => firstPerfect(meta) !== Infinity)
    .map((meta) =>
      quote(
        firstPerfect(meta),
        String,
        `models/${meta.id}/meta.json training.curve[].epoch, first with valAccuracy 1`
      )
    );
  const said = (meta: ModelMeta) =>
    firstPerfect(meta) === Infinity ? 'never' : String(firstPerfect(meta));
  return {
    id: 'slowest',
    prompt: `Trained the same way, which memory model took the most epochs to first reach ${target.text} validation accuracy (or never did)?`,
    options: metas.map(name),
    answer: name(slowest),
    explanation: `First epoch at ${target.text}: ${metas.map((meta) => `${name(meta)} ${said(meta)}`).join(', ')}.`,
    margin: marginOf(metas.map(firstPerfect), String),
    quotes: [target, ...epochs],
    link: {
      path: '/models',
      query: {},
      hash: `model-${slowest.id}`,
      text: `/models, the card of ${slowest.id}`
    },
    figure: { kind: 'training', models: metas.map((meta) => meta.id) }
  };
}
