// Elements with the same playback-group share one cursor: the group lives as long as one member does.
import type { TraceToken } from '../core/trace/types.js';
import { PlaybackState } from '../state/playback.svelte.js';

/** One named group: its cursor and the longest token list a member has offered (for the controls). */
export class PlaybackGroup {
  /** The shared cursor. */
  readonly playback = new PlaybackState();
  /** Tokens the group's controls show. */
  tokens: readonly TraceToken[] = $state.raw([]);
  /** Elements in the group now. */
  members = 0;

  /** A member's trace arrived: the group steps through the longest one. */
  offer(tokens: readonly TraceToken[]): void {
    if (tokens.length <= this.tokens.length) return;
    this.tokens = tokens;
    this.playback.setCount(tokens.length);
  }
}

// A registry, not view state: no view reads it, so it need not be reactive.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const groups = new Map<string, PlaybackGroup>();

/** Joins (creating when needed) the group called `name`. */
export function joinGroup(name: string): PlaybackGroup {
  let group = groups.get(name);
  if (!group) {
    group = new PlaybackGroup();
    groups.set(name, group);
  }
  group.members += 1;
  return group;
}

/** Leaves the group; the last member out stops and forgets it. */
export function leaveGroup(name: string): void {
  const group = groups.get(name);
  if (!group) return;
  group.members -= 1;
  if (group.members > 0) return;
  group.playback.destroy();
  groups.delete(name);
}

/** Keeps the calling component in the group `name()` names while it lives, following a change of name. */
export function groupMembership(name: () => string | undefined): {
  readonly group: PlaybackGroup | undefined;
} {
  let group: PlaybackGroup | undefined = $state();
  $effect(() => {
    const joined = name()?.trim();
    if (!joined) return;
    group = joinGroup(joined);
    return () => {
      leaveGroup(joined);
      group = undefined;
    };
  });
  return {
    get group() {
      return group;
    }
  };
}
