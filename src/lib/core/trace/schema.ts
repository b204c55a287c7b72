// The JSON Schema of trace format version 1. It says everything a schema can; the rules that need
// two fields at once (lengths equal to `units`, one step per token, Bidirectional pairs) are
// checked by parseTrace and listed in docs/trace-format.md.
import { GRADIENTS_SCHEMA } from './gradients-schema.js';

/** A vector with one number per unit; its length must equal the layer's `units` (checked by parseTrace). */
const unitVector = (description: string) =>
  ({
    type: 'array',
    items: { type: 'number' },
    minItems: 1,
    description: `${description} One number per unit: the length equals the layer's units.`
  }) as const;

const lstmStep = {
  type: 'object',
  required: ['c'],
  properties: {
    c: { description: 'Every LSTM step carries its cell state.' },
    gates: {
      type: 'object',
      description: 'LSTM gates: input, forget, candidate and output.',
      required: ['input', 'forget', 'candidate', 'output'],
      additionalProperties: false,
      properties: {
        input: unitVector('i: how much of the candidate is written into the cell state.'),
        forget: unitVector('f: how much of the previous cell state is kept.'),
        candidate: unitVector('g (c̃): the candidate values, after the cell activation.'),
        output: unitVector('o: how much of the squashed cell state is read out as h.')
      }
    }
  }
} as const;

const gruStep = {
  type: 'object',
  properties: {
    c: false,
    gates: {
      type: 'object',
      description: 'GRU gates: update, reset and candidate.',
      required: ['update', 'reset', 'candidate'],
      additionalProperties: false,
      properties: {
        update: unitVector('z: how much of the previous state is kept (h = z⊙h₋₁ + (1−z)⊙h̃).'),
        reset: unitVector('r: how much of the previous state feeds the candidate.'),
        candidate: unitVector('h̃: the candidate state, after the activation.')
      }
    }
  }
} as const;

const simpleRnnStep = {
  type: 'object',
  properties: {
    c: false,
    gates: {
      type: 'object',
      description: 'A SimpleRNN has no gates: always the empty object {}.',
      additionalProperties: false
    }
  }
} as const;

/** The `if` half of a per-cell rule: this layer's cell is `cell`. */
const cellIs = (cell: string) =>
  ({ type: 'object', required: ['cell'], properties: { cell: { const: cell } } }) as const;

/** The `then` half of a per-cell rule: its steps look like `step`, and `forbidden` fields are absent. */
const cellRule = (description: string, step: object, forbidden: readonly string[]) =>
  ({
    type: 'object',
    properties: {
      steps: { type: 'array', description, items: step },
      ...Object.fromEntries(forbidden.map((key) => [key, false]))
    }
  }) as const;

/** JSON Schema (draft 2020-12) of an unrolled trace, format version 1; its descriptions double as the field reference. */
export const TRACE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'unrolled trace, format version 1',
  description:
    'What a recurrent model (SimpleRNN, LSTM, GRU) did at every step of one input: every hidden state, cell state and gate value, aligned to the input tokens. Rules a schema cannot express are checked by parseTrace in unrolled/core: every layer has one step per token; every h, c and gate vector has `units` numbers; influence has one number per token; x is on every step of a layer or on none, all of one length; layer names are unique, except that the two entries of a Bidirectional layer share theirs and sit together, forward then backward, with the same cell and units; every number is finite.',
  type: 'object',
  required: ['format', 'version', 'tokens', 'layers', 'output', 'influence', 'check'],
  additionalProperties: false,
  properties: {
    format: {
      const: 'unrolled-trace',
      description: 'Always "unrolled-trace": tells a trace apart from other JSON files.'
    },
    version: {
      const: 1,
      description: 'Format version. This schema describes version 1.'
    },
    tokens: {
      type: 'array',
      minItems: 1,
      description: 'The input tokens, in reading order. Every layer has one step per token.',
      items: { $ref: '#/$defs/token' }
    },
    layers: {
      type: 'array',
      minItems: 1,
      description:
        'Every recurrent layer in model order. A Bidirectional layer is two adjacent entries with the same name: forward first, then backward.',
      items: { $ref: '#/$defs/layer' }
    },
    output: {
      type: 'array',
      items: { type: 'number' },
      minItems: 1,
      description:
        "The model's own final output for this input, flattened (class probabilities or a sigmoid score)."
    },
    influence: {
      type: 'array',
      items: { type: 'number', minimum: 0 },
      description:
        "How much each token mattered to the answer: the absolute integrated gradient of the answer's logit (the top class, or the single score, before a final softmax or sigmoid) over the token's input vector, on the straight path from all-zero vectors. One number per token, never negative."
    },
    check: {
      $ref: '#/$defs/check',
      description: 'How the trace was checked against the real model it claims to describe.'
    },
    gradients: GRADIENTS_SCHEMA,
    interventions: {
      type: 'array',
      description:
        'The what-if edits the trace was made with, applied while the replay ran (absent: none). Token swaps are listed with the id used and the token they replaced.',
      items: { $ref: '#/$defs/intervention' }
    }
  },
  $defs: {
    token: {
      type: 'object',
      description: 'One input token as the model received it.',
      required: ['text', 'id'],
      additionalProperties: false,
      properties: {
        text: {
          type: 'string',
          description:
            'Text of the token: a word, a subword piece, or a placeholder like "#3" for raw ids.'
        },
        id: {
          type: 'integer',
          minimum: 0,
          description: 'The id fed to the model (or the step index for float-sequence inputs).'
        }
      }
    },
    layer: {
      type: 'object',
      description: 'One direction of one recurrent layer.',
      required: ['name', 'cell', 'direction', 'units', 'steps'],
      additionalProperties: false,
      properties: {
        name: {
          type: 'string',
          minLength: 1,
          description:
            "The layer's name in the model; a Bidirectional layer's name for both of its entries. Names are otherwise unique."
        },
        cell: {
          enum: ['simple_rnn', 'lstm', 'gru'],
          description: 'The cell kind; it decides whether steps carry c and which gates they have.'
        },
        direction: {
          enum: ['forward', 'backward'],
          description:
            'Reading direction. Steps are aligned to tokens either way: a backward layer reads tokens[T−1] first, and its steps[t] still belongs to tokens[t].'
        },
        units: {
          type: 'integer',
          minimum: 1,
          description: 'Number of units: the length of h, c and every gate vector.'
        },
        steps: {
          type: 'array',
          description:
            'What the layer held after reading each token: steps[t] belongs to tokens[t], in both directions. Exactly one step per token.',
          items: { $ref: '#/$defs/step' }
        },
        activation: {
          type: 'string',
          minLength: 1,
          description:
            'The cell activation as a tfjs identifier, e.g. "tanh" (the default) or "relu".'
        },
        recurrentActivation: {
          type: 'string',
          minLength: 1,
          description:
            'The gate activation as a tfjs identifier: "hardSigmoid" (tfjs default) or "sigmoid" (Keras default). LSTM and GRU only.'
        },
        resetAfter: {
          type: 'boolean',
          description:
            'GRU only: true for the Keras reset_after form (reset gate applied after the recurrent product); false or absent for the tfjs form.'
        }
      },
      allOf: [
        {
          if: cellIs('lstm'),
          then: cellRule('LSTM steps carry c and the four LSTM gates.', lstmStep, ['resetAfter'])
        },
        {
          if: cellIs('gru'),
          then: cellRule('GRU steps have no c and carry the three GRU gates.', gruStep, [])
        },
        {
          if: cellIs('simple_rnn'),
          then: cellRule('SimpleRNN steps have no c and no gates.', simpleRnnStep, [
            'recurrentActivation',
            'resetAfter'
          ])
        }
      ]
    },
    step: {
      type: 'object',
      description: 'What one layer held after reading one token.',
      required: ['h', 'gates', 'masked'],
      additionalProperties: false,
      properties: {
        h: unitVector("Hidden state h_t: the layer's output at this step."),
        c: unitVector('Cell state c_t. Present on every LSTM step, absent otherwise.'),
        gates: {
          type: 'object',
          description:
            'Gate activations at this step: {input, forget, candidate, output} for LSTM, {update, reset, candidate} for GRU, {} for SimpleRNN.'
        },
        masked: {
          type: 'boolean',
          description:
            'True when the input was masked here (padding): h and c were carried over unchanged from the previous step in reading order.'
        },
        x: {
          type: 'array',
          items: { type: 'number' },
          minItems: 1,
          description:
            'The input vector x_t the cell received at this step. Optional; when kept, every step of the layer has it, all of one length.'
        }
      }
    },
    check: {
      type: 'object',
      description: 'How the trace was checked against the real model.',
      required: ['maxAbsDiff', 'against', 'backend'],
      additionalProperties: false,
      properties: {
        maxAbsDiff: {
          type: 'number',
          minimum: 0,
          description:
            "Largest difference between the trace's numbers and tfjs's own for the same input (absolute, or relative when mode says so)."
        },
        against: {
          type: 'string',
          minLength: 1,
          description:
            'What the trace was compared with, e.g. "tfjs 4.22.0 model.predict, per-step outputs of every recurrent layer".'
        },
        backend: {
          type: 'string',
          minLength: 1,
          description: 'The tfjs backend that produced both sides, e.g. "cpu" or "wasm".'
        },
        mode: {
          enum: ['absolute', 'relative'],
          description:
            '"absolute" (the default) for bounded activations; "relative", |difference| / max(1, |value|), when unbounded activations are involved.'
        },
        compared: {
          enum: ['all', 'partial', 'none'],
          description:
            'With interventions: "all" when none changed what tfjs computes (token swaps only), "partial" when only the steps before them could be compared, "none" when nothing could. Absent means "all".'
        },
        skipped: {
          type: 'array',
          items: { type: 'string' },
          description:
            'With interventions: what the comparison left out because an intervention changed it, e.g. "lstm (forward) from token 4" and "the model\'s output".'
        },
        reference: {
          type: 'object',
          description:
            'Optional. Distances from a float64 replay of the same weights (measured like maxAbsDiff), over the per-step outputs of every recurrent layer.',
          required: ['replay', 'tfjs'],
          additionalProperties: false,
          properties: {
            replay: {
              type: 'number',
              minimum: 0,
              description:
                "Largest distance of the trace's per-step outputs from the float64 values."
            },
            tfjs: {
              type: 'number',
              minimum: 0,
              description: "Largest distance of tfjs's per-step outputs from the float64 values."
            }
          }
        }
      }
    },
    intervention: {
      description: 'One what-if edit: a gate or state set while the replay runs, or a token swap.',
      oneOf: [{ $ref: '#/$defs/stateIntervention' }, { $ref: '#/$defs/tokenSwap' }]
    },
    stateIntervention: {
      type: 'object',
      description:
        'Sets a gate (clamped as the cell computes it) or a state (overwritten after the step) of one recurrent layer.',
      required: ['layer', 'set', 'value', 'units', 'steps'],
      additionalProperties: false,
      properties: {
        layer: {
          type: 'string',
          minLength: 1,
          description: "The recurrent layer's name; a Bidirectional layer's name sets both halves."
        },
        direction: {
          enum: ['forward', 'backward'],
          description: 'Only this half of a Bidirectional layer.'
        },
        set: {
          enum: ['input', 'forget', 'candidate', 'output', 'update', 'reset', 'h', 'c'],
          description:
            'A gate of the cell (LSTM: input, forget, candidate, output; GRU: update, reset, candidate) or a state; "h" on an LSTM sets c too.'
        },
        value: { type: 'number', description: 'The value it is set to.' },
        units: {
          description: 'Units, numbered from 0, or "all".',
          oneOf: [
            { const: 'all' },
            { type: 'array', minItems: 1, items: { type: 'integer', minimum: 0 } }
          ]
        },
        steps: {
          description: 'Steps (tokens), numbered from 1: an inclusive range [from, to], or "all".',
          oneOf: [
            { const: 'all' },
            {
              type: 'array',
              minItems: 2,
              maxItems: 2,
              items: { type: 'integer', minimum: 1 }
            }
          ]
        }
      }
    },
    tokenSwap: {
      type: 'object',
      description:
        'Replaces one input token: the trace is the trace of the changed sentence. It needs text or id (checked by parseTrace).',
      required: ['token'],
      additionalProperties: false,
      properties: {
        token: {
          type: 'integer',
          minimum: 1,
          description: 'Position of the replaced token, numbered from 1.'
        },
        text: { type: 'string', minLength: 1, description: 'The new token as text.' },
        id: { type: 'integer', minimum: 0, description: 'The new token id.' },
        replaced: { $ref: '#/$defs/token', description: 'The token that was replaced.' }
      }
    }
  }
} as const;
