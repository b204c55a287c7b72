// What each shipped model cannot do, in plain words (from docs/models.md, "What these models do not know"), with its
// sizes read from its meta.json as figures that name their source.
import { fig, type Piece } from './figure.js';
import type { ModelMeta } from './model-meta.js';

/** The /models card's "Limits" list for one model. */
export function modelLimits(
  meta: Pick<ModelMeta, 'id' | 'task' | 'vocabSize' | 'maxLength'>
): Piece[][] {
  const source = `json:models/${meta.id}/meta`;
  switch (meta.task) {
    case 'memory':
      return [
        [
          'Knows ',
          // The vocabulary's ids less the padding id 0 and the out-of-vocabulary id 1.
          fig(meta.vocabSize - 2, `${source}:vocabSize|minus2`),
          ' words; any other word becomes <OOV>, whose embedding was never trained.'
        ],
        [
          'Learned a template: “find the country, ignore the rest”. Real text with misleading clues is outside what it saw.'
        ],
        [
          'Test sentences come from the same templates as the training ones, so a perfect score says the task is easy, not that the model understands.'
        ]
      ];
    case 'sentiment':
      return [
        [
          'Knows only the ',
          fig(meta.vocabSize, `${source}:vocabSize`),
          ' ids of its subword vocabulary; a word outside the film-review templates is spelled out in pieces it never saw in training.'
        ],
        [
          'Learned a clean rule (the last clause decides, “not” flips it); sarcasm, double negation or degree are outside it.'
        ]
      ];
    case 'fibonacci':
      return [
        [
          'Not trained at all: its weights are set by hand, so it is exact on every length it was checked on, up to ',
          fig(meta.maxLength, `${source}:maxLength`),
          ' steps.'
        ]
      ];
    default:
      return [];
  }
}
