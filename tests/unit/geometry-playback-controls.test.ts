import { describe, expect, it } from 'vitest';
import {
  liveMessage,
  playbackKeyAction,
  positionText,
  scrubberText,
  speedLabel,
  tokenName
} from '$lib/geometry/layout/playback-controls.js';

const tokens = [{ text: 'I' }, { text: 'lived' }, { text: ' ' }];

describe('playbackKeyAction(key, on)', () => {
  it('maps Space, arrows, Home and End on a button', () => {
    expect(
      [' ', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'a'].map((key) =>
        playbackKeyAction(key, 'button')
      )
    ).toEqual(['toggle', 'previous', 'next', 'first', 'last', undefined]);
  });

  it('leaves arrows, Home and End to the scrubber (it moves itself) but toggles on Space', () => {
    expect(playbackKeyAction('ArrowRight', 'scrubber')).toBeUndefined();
    expect(playbackKeyAction('End', 'scrubber')).toBeUndefined();
    expect(playbackKeyAction(' ', 'scrubber')).toBe('toggle');
  });

  it('leaves every key to the speed list', () => {
    expect(playbackKeyAction(' ', 'select')).toBeUndefined();
    expect(playbackKeyAction('ArrowDown', 'select')).toBeUndefined();
  });
});

describe('texts', () => {
  it('scrubberText(step, count, tokens) names the step and its token', () => {
    expect(scrubberText(1, 3, tokens)).toBe('Step 2 of 3: "lived"');
    expect(scrubberText(1, 3)).toBe('Step 2 of 3');
    expect(scrubberText(0, 0, tokens)).toBe('No steps');
  });

  it('positionText(step, count) counts from 1, and shows a dash with no steps', () => {
    expect(positionText(3, 15)).toBe('4 / 15');
    expect(positionText(0, 1)).toBe('1 / 1');
    expect(positionText(0, 0)).toBe('–');
  });

  it('tokenName(tokens, step) makes a space visible and is empty out of range', () => {
    expect(tokenName(tokens, 2)).toBe('␣');
    expect(tokenName(tokens, 7)).toBe('');
    expect(tokenName(undefined, 0)).toBe('');
  });

  it('liveMessage(announcement, token) adds the token, and stays silent with no announcement', () => {
    expect(liveMessage('Step 2 of 3.', 'lived')).toBe('Step 2 of 3: “lived”.');
    expect(liveMessage('Step 2 of 3.', '')).toBe('Step 2 of 3.');
    expect(liveMessage('', 'lived')).toBe('');
  });

  it('speedLabel(speed) says steps per second', () => {
    expect(speedLabel(0.5)).toBe('0.5 steps/s');
    expect(speedLabel(1)).toBe('1 step/s');
  });
});
