// Hydrating a prerendered page is one long task: every figure on it is walked and wired before the reader can press a
// key (on /lstm 260 ms on a phone-speed CPU). A figure wrapped in HydrateLater is instead prerendered on its own, its
// HTML placed in the page as-is, and hydrated in a task of its own once the page is live: the same HTML and first
// paint, shorter tasks.
import { render } from 'svelte/server';
import type { Component } from 'svelte';

/**
 * What a later figure's block holds in the browser before the figure is hydrated or mounted into it: the same wrapper
 * as at prerender, so that the page's hydration walks past one element and never into the figure.
 */
export const ISLAND_EMPTY = '<div class="island"></div>';

/** The HTML a component prerenders to on its own inside the island wrapper, ready for a later `hydrate`. */
export function prerenderAlone<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props,
  context: Map<unknown, unknown>,
  idPrefix: string
): string {
  return `<div class="island">${render(component, { props, context, idPrefix }).body}</div>`;
}

/**
 * Props that read through to a fresh `current()` on every access and write through to its setters, so that a figure
 * hydrated on its own follows the page's state and its bindable props (`unit`, `highlight`) still bind.
 */
export function liveProps<Props extends Record<string, unknown>>(current: () => Props): Props {
  const live = {} as Props;
  for (const key of Object.keys(current())) {
    const settable = Boolean(Object.getOwnPropertyDescriptor(current(), key)?.set);
    Object.defineProperty(live, key, {
      enumerable: true,
      get: () => current()[key],
      set: settable ? (value) => ((current() as Record<string, unknown>)[key] = value) : undefined
    });
  }
  return live;
}

/**
 * `props` with one more prop, `name`, that reads `get()` and writes through `set`: HydrateLater's form of
 * `bind:name={get, set}`, which liveProps binds through.
 */
export function bound<Props extends object, Name extends string, Value>(
  props: Props,
  name: Name,
  get: () => Value,
  set: (value: Value) => void
): Props & Record<Name, Value> {
  return Object.defineProperty(
    // Descriptors, not a spread: a spread would read an earlier binding's getter once and keep the value.
    Object.defineProperties({}, Object.getOwnPropertyDescriptors(props)),
    name,
    { get, set, enumerable: true }
  ) as Props & Record<Name, Value>;
}
