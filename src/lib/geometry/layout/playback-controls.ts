// What the playback controls say and which key does what: plain strings and action names, no DOM.
import { displayText } from '../token-strip.js';

/** A move the controls can make on the playback cursor. */
export type PlaybackAction = 'toggle' | 'previous' | 'next' | 'first' | 'last';

/** What kind of control has the focus: the scrubber and the speed list handle some keys themselves. */
export type ControlKind = 'button' | 'scrubber' | 'select' | 'other';

/** The action for a key pressed while a control has the focus, or undefined to let the browser handle it. */
export function playbackKeyAction(key: string, on: ControlKind): PlaybackAction | undefined {
  if (on === 'select') return undefined;
  if (key === ' ' || key === 'Spacebar') return 'toggle';
  // A range input already moves on arrows, Home and End, and reports the new value itself.
  if (on === 'scrubber') return undefined;
  switch (key) {
    case 'ArrowLeft':
      return 'previous';
    case 'ArrowRight':
      return 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

/** The token at a step as the controls name it, or '' when there are no tokens. */
export function tokenName(tokens: readonly { text: string }[] | undefined, step: number): string {
  const token = tokens?.[step];
  return token ? displayText(token.text) : '';
}

/** The scrubber's value text, e.g. 'Step 4 of 15: "Ireland"'. */
export function scrubberText(
  step: number,
  count: number,
  tokens?: readonly { text: string }[]
): string {
  if (count <= 0) return 'No steps';
  const name = tokenName(tokens, step);
  return `Step ${step + 1} of ${count}${name ? `: "${name}"` : ''}`;
}

/** The visible position, e.g. '4 / 15', or a dash when there are no steps. */
export function positionText(step: number, count: number): string {
  return count <= 0 ? '–' : `${step + 1} / ${count}`;
}

/** What the live region reads after a deliberate move: the cursor's announcement plus the token's text. */
export function liveMessage(announcement: string, token: string): string {
  if (!announcement) return '';
  return token ? `${announcement.replace(/\.$/, '')}: “${token}”.` : announcement;
}

/** A speed as offered in the list, e.g. '0.5 steps/s'. */
export function speedLabel(speed: number): string {
  return `${speed} step${speed === 1 ? '' : 's'}/s`;
}
