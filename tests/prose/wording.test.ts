// Issue #13's corrections, read from the prerendered chapters (and the README): each test fails on the old wording.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LONG_BUCKET,
  bandOf,
  heldOutAccuracy,
  runsOf
} from '../../src/lib/core/experiment/index.js';
import type { MemoryExperiment } from '../../src/lib/core/experiment/types.js';
import { trainedDistances } from '../../src/site/memory-findings.js';
import { builtChapter, staticReader } from './check.js';
import { readProse } from './walk.js';

const prose = (route: string) => readProse(builtChapter(route)).text;
/** The sentences of a text (split after . ; : followed by a space). */
const sentences = (text: string) => text.split(/(?<=[.;:])\s+/);

describe('the chapters as issue #13 corrected them', () => {
  it('/stacked puts return_sequences inside LSTM(…), and shows the wrong form only to say it fails', () => {
    const text = prose('/stacked');
    expect(text).toMatch(/Bidirectional\(LSTM\(\d+, return_sequences=True\)\)/);
    for (const sentence of sentences(text).filter((s) => /LSTM\(\d+\), return_sequences/.test(s)))
      expect(sentence).toMatch(/error/);
    // docs/models.md shows the wrong form too, in the sentence that says why it fails.
    const docs = readFileSync('docs/models.md', 'utf8').replace(/\s+/g, ' ');
    for (const sentence of sentences(docs).filter((s) => /LSTM\(\d+\), return_sequences/.test(s)))
      expect(sentence).toMatch(/error/);
    const architecture = (
      staticReader()('models/sentiment-stacked-bilstm/meta') as { architecture: string }
    ).architecture;
    expect(architecture).not.toMatch(/LSTM\(\d+\), return_sequences/);
  });

  it('/stacked says "last hidden state", never a bare "last state"', () => {
    const text = prose('/stacked');
    expect(text).toContain('last hidden state');
    expect(text).not.toMatch(/\blast states?\b/);
  });

  it('/stacked says that only the backward direction carries a later word back', () => {
    expect(prose('/stacked')).toMatch(/only through the backward direction/);
  });

  it('/gru counts three weight blocks, not "three sets of gate weights"', () => {
    const text = prose('/gru');
    expect(text).not.toMatch(/sets of gate weights/);
    expect(text).toMatch(/three weight blocks \(update gate, reset gate, candidate\)/);
  });

  it('/lstm calls the candidate c̃ in its prose, never g', () => {
    const html = builtChapter('/lstm');
    const text = prose('/lstm');
    expect(text).toMatch(/candidate c̃/);
    expect(html).not.toMatch(/<var>g<\/var>/);
    expect(text).not.toMatch(/candidate g\b/);
  });

  it('/fibonacci bounds h between −1 and 1 and says the cell state c is not bounded', () => {
    const text = prose('/fibonacci');
    const bounded = sentences(text).filter((s) => s.includes('between −1 and 1'));
    expect(bounded.length).toBeGreaterThan(0);
    for (const sentence of bounded) expect(sentence).toMatch(/hidden state h/);
    expect(text).toMatch(/cell state c is not squashed/);
  });

  it('the vanishing gradient is named in the chapters that rest on it', () => {
    expect(prose('/lstm')).toMatch(/vanishing gradient/i);
    expect(prose('/vanishing')).toMatch(/gradient/);
  });

  it('/memory leads its gap readout with the country swap and shows the total influence beside the share', () => {
    const text = prose('/memory');
    const swap = text.indexOf('swap Ireland for each of the other countries');
    const share = text.indexOf('how much of its decision it owes to Ireland by influence');
    expect(swap).toBeGreaterThan(-1);
    expect(share).toBeGreaterThan(swap);
    expect(text).toMatch(/the total influence (falls|rises) from \d/);
  });

  it('/lstm and /gru name the unit by the keeper rule, with the product of its later keep gates', () => {
    expect(prose('/lstm')).toMatch(/product of its later forget gates/);
    expect(prose('/gru')).toMatch(/product of its later update gates/);
  });
});

describe('the README intro', () => {
  const readme = readFileSync('README.md', 'utf8');
  const intro = readme.slice(0, readme.indexOf('\n## ')).replace(/\s+/g, ' ');
  const experiment = staticReader()('experiments/memory') as MemoryExperiment;
  const band = (cell: 'simple_rnn' | 'lstm' | 'gru', regime: 'standard' | 'curriculum') =>
    bandOf(runsOf(experiment, cell, regime).map((run) => heldOutAccuracy(run, LONG_BUCKET)));
  const pct = (value: number) => Math.round(value * 100);
  const range = (b: { min: number; max: number }) => `${pct(b.min)}–${pct(b.max)} %`;
  const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

  it('does not say a plain RNN forgets, unqualified', () => {
    expect(intro).not.toMatch(/plain RNN[^.]*\bforgets\b/);
  });

  it('quotes the memory experiment as its results file has it (seeds, held-out set, distances, 33–40 bands)', () => {
    const [first, last] = trainedDistances(experiment);
    expect(intro).toContain(`(${WORDS[experiment.protocol.seeds.length]} training seeds each`);
    expect(intro).toContain(`${experiment.protocol.heldOut.samples} held-out sentences`);
    expect(intro).toContain(`gaps of ${first} to ${last} words`);
    expect(intro).toContain(`plain RNN was right on ${range(band('simple_rnn', 'standard'))}`);
    expect(intro).toContain(`whose gap was ${LONG_BUCKET} words`);
    const gated = Math.min(band('lstm', 'standard').min, band('gru', 'standard').min);
    expect(pct(gated)).toBe(100);
    expect(intro).toContain('the LSTM and GRU on 100 %');
    expect(intro).toContain(
      `the same plain RNN reached ${range(band('simple_rnn', 'curriculum'))}`
    );
  });
});
