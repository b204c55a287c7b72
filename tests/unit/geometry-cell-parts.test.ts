import { describe, expect, it } from 'vitest';
import type { Trace } from '$lib/core/trace/types.js';
import { gateScale, maxAbsOf, signedScale } from '$lib/geometry/colour.js';
import {
  activationDefinition,
  activationSymbol,
  activationTex
} from '$lib/geometry/layout/activation-label.js';
import { cellColours, polyline, stripOf, wire } from '$lib/geometry/layout/cell-diagram.js';
import {
  clampStep,
  extentOf,
  fixed,
  mean,
  percent,
  pickCellLayer,
  stateBefore
} from '$lib/geometry/layout/cell-step.js';
import { isCellTerm } from '$lib/geometry/layout/cell-terms.js';
import bilstmJson from '../fixtures/traces/untrained-bilstm-ireland.json';
import gruJson from '../fixtures/traces/untrained-gru-ireland.json';
import stackedJson from '../fixtures/traces/untrained-stacked-bilstm-ireland.json';

const bilstm = bilstmJson as Trace;
const gru = gruJson as Trace;
const stacked = stackedJson as Trace;

describe('fixed(value, digits), percent(fraction), mean(values), extentOf(values)', () => {
  it('writes a true minus sign and never −0', () => {
    expect(fixed(-0.41234, 2)).toBe('\u22120.41');
    expect(fixed(-0.0001, 3)).toBe('0.000');
    expect(fixed(0.8, 4)).toBe('0.8000');
  });

  it('rounds a fraction to a whole percentage', () => {
    expect(percent(0.834)).toBe('83%');
    expect(percent(1)).toBe('100%');
  });

  it('averages and spans numbers, and gives 0 for none', () => {
    expect(mean([0.2, 0.4, 0.9])).toBeCloseTo(0.5, 12);
    expect(mean([])).toBe(0);
    expect(extentOf([0.3, -0.7, 0.1])).toEqual([-0.7, 0.3]);
    expect(extentOf([])).toEqual([0, 0]);
  });

  it('clamps a step into a layer', () => {
    expect(clampStep(20, 15)).toBe(14);
    expect(clampStep(-1, 15)).toBe(0);
    expect(clampStep(2.6, 15)).toBe(3);
  });
});

describe('stateBefore(layer, t)', () => {
  it('is the previous step going forward and the next going backward, zeros at the start', () => {
    const [forward, backward] = [bilstm.layers[0]!, bilstm.layers[1]!];
    expect(stateBefore(forward, 5)).toEqual({ h: forward.steps[4]!.h, c: forward.steps[4]!.c });
    expect(stateBefore(backward, 5)).toEqual({
      h: backward.steps[6]!.h,
      c: backward.steps[6]!.c
    });
    expect(stateBefore(forward, 0).h).toEqual(new Array(forward.units).fill(0));
    expect(stateBefore(backward, 14).c).toEqual(new Array(backward.units).fill(0));
  });
});

describe('pickCellLayer(trace, choice, kinds)', () => {
  it('takes the first layer of the wanted kind when none is chosen', () => {
    const pick = pickCellLayer(stacked, {}, ['lstm']);
    expect(pick.ok && pick.index).toBe(0);
  });

  it('finds a Bidirectional half by name and direction, or a layer by index', () => {
    const name = stacked.layers[2]!.name;
    const byName = pickCellLayer(stacked, { name, direction: 'backward' }, ['lstm']);
    expect(byName.ok && byName.index).toBe(3);
    const byIndex = pickCellLayer(stacked, { layer: 2 }, ['lstm']);
    expect(byIndex.ok && byIndex.layer.direction).toBe('forward');
  });

  it('says why a layer of another kind cannot be drawn', () => {
    const pick = pickCellLayer(gru, {}, ['lstm']);
    expect(pick.ok).toBe(false);
    expect(!pick.ok && pick.message).toBe(
      'Layer "gru_GRU1" is a GRU layer; this view draws LSTM layers.'
    );
    const missing = pickCellLayer(gru, { layer: 4 }, ['gru']);
    expect(!missing.ok && missing.message).toContain('No layer 4');
  });
});

describe('activationSymbol(name), activationTex(name), activationDefinition(name)', () => {
  it('names the activation the layer uses, in Keras or tfjs spelling', () => {
    expect(activationSymbol('sigmoid')).toBe('σ');
    expect(activationSymbol('hard_sigmoid')).toBe('hard σ');
    expect(activationSymbol('hardSigmoid')).toBe('hard σ');
    expect(activationSymbol('relu')).toBe('relu');
    expect(activationTex('tanh')).toBe('\\tanh');
    expect(activationTex('hardSigmoid')).toBe('\\sigma_{\\text{hard}}');
    expect(activationTex('softsign')).toBe('\\operatorname{softsign}');
  });

  it('defines the activations a reader may not know, and not tanh', () => {
    expect(activationDefinition('relu')).toBe('\\operatorname{relu}(v) = \\max(0, v)');
    expect(activationDefinition('tanh')).toBeUndefined();
  });
});

describe('isCellTerm(value)', () => {
  it('accepts the terms and nothing else', () => {
    expect(isCellTerm('forget')).toBe(true);
    expect(isCellTerm('reset')).toBe(true);
    expect(isCellTerm('forgot')).toBe(false);
    expect(isCellTerm(undefined)).toBe(false);
  });
});

describe('wire(coordinates, term, arrow) and polyline(points)', () => {
  it('draws through the points and ends in an arrowhead along the last segment', () => {
    expect(
      polyline([
        [0, 0],
        [10, 0]
      ])
    ).toBe('M0 0 L10 0');
    const up = wire([5, 50, 5, 20], 'forget');
    expect(up.d).toBe('M5 50 L5 20');
    expect(up.head).toBe('M5 20 L8.5 27 L1.5 27 Z');
    expect(up.term).toBe('forget');
    expect(wire([0, 0, 10, 0], undefined, false).head).toBeUndefined();
  });
});

describe('stripOf(values, colour, box, unit) and cellColours(layer)', () => {
  it('gives each unit an equal share of the box and marks the focused one', () => {
    const strip = stripOf([0, 0.5, 1, 0.25], gateScale(), { x: 10, y: 0, width: 40, height: 8 }, 2);
    expect(strip.cells.map((cell) => cell.x)).toEqual([10, 20, 30, 40]);
    expect(strip.cells[1]!.fill).toBe(gateScale()(0.5));
    expect(strip.focus?.unit).toBe(2);
  });

  it('spans the state colours over every step of the layer', () => {
    const layer = bilstm.layers[0]!;
    const colours = cellColours(layer);
    const rows = layer.steps.flatMap((step) => [
      step.h,
      step.c!,
      (step.gates as { candidate: number[] }).candidate
    ]);
    expect(colours.stateMax).toBe(maxAbsOf(rows));
    expect(colours.state(0.3)).toBe(signedScale(maxAbsOf(rows))(0.3));
  });
});
