// The JSON Schema of a trace's optional `gradients` (see TraceGradients in types.ts).

const norm = (description: string) => ({ type: 'number', minimum: 0, description }) as const;

/** JSON Schema of `Trace.gradients`: the gradient norms of one output with respect to every recurrent step. */
export const GRADIENTS_SCHEMA = {
  type: 'object',
  description:
    'Optional. How strongly one output y depends on each step of every recurrent layer: norms of exact gradients (back-propagation through the replay, checked against tfjs). parseTrace also checks: one entry per trace layer with the same name and direction, one step per token, dc on LSTM layers only, output below the output length.',
  required: ['output', 'of', 'layers'],
  additionalProperties: false,
  properties: {
    output: {
      type: 'integer',
      minimum: 0,
      description:
        'Which entry of the flattened output y is: by default the top class, or the single score.'
    },
    of: {
      enum: ['logit', 'output'],
      description:
        '"logit": y is that entry\'s pre-activation in a final softmax or sigmoid Dense layer; "output": the entry itself (the model does not end in one).'
    },
    layers: {
      type: 'array',
      description: 'One entry per entry of layers, in the same order.',
      items: {
        type: 'object',
        required: ['name', 'direction', 'steps'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1, description: 'As the matching layers entry.' },
          direction: {
            enum: ['forward', 'backward'],
            description: 'As the matching layers entry.'
          },
          steps: {
            type: 'array',
            description: 'steps[t] belongs to tokens[t].',
            items: {
              type: 'object',
              required: ['dx', 'dh'],
              additionalProperties: false,
              properties: {
                dx: norm("‖∂y/∂x_t‖: the step's input vector."),
                dh: norm(
                  '‖∂y/∂h_t‖: the hidden state after the step, counting every path from it to y (the layer output and the later steps).'
                ),
                dc: norm('‖∂y/∂c_t‖: the cell state after the step. LSTM layers only.')
              }
            }
          }
        }
      }
    }
  }
} as const;
