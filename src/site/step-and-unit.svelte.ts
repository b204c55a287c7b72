// A chapter's cursor and chosen unit: restored from a copied link on mount, written back to the URL as the reader
// steps or picks a unit (defaults are left out, so a plain link stays plain).
import { onMount } from 'svelte';
import { page } from '$app/state';
import type { CellTerm } from '$lib';
import { PlaybackState } from '$lib/state/playback.svelte.js';
import { bound } from './hydrate-later.js';
import { stepFromUrl, unitFromUrl, writeQuery } from './url-state.js';

/** Where a chapter opens without a query, and what it may show. */
export interface StepAndUnitOptions {
  /** Steps in the trace. */
  count: number;
  /** The step (0-based) the chapter opens at. */
  step: number;
  /** The unit the chapter focuses by default. */
  unit: number;
  /** Units in the layer, to reject a ?unit= out of range. */
  units: number;
  /** Whether "every unit" (?unit=all, `unit` undefined) is a choice. @default false */
  allowAll?: boolean;
}

/**
 * The playback cursor and focused unit of a chapter, kept in its URL, and the cell term the reader points at. Create it
 * while the page is set up.
 */
export class StepAndUnitInUrl {
  /** The chapter's cursor. */
  readonly playback: PlaybackState;
  /** The focused unit (0-based); undefined for every unit. */
  unit: number | undefined = $state();
  /** The term the reader points at in a cell or its equations; not kept in the URL. */
  highlight: CellTerm | undefined = $state();

  constructor({ count, step, unit, units, allowAll = false }: StepAndUnitOptions) {
    this.playback = new PlaybackState({ count, step });
    this.unit = unit;
    let restored = false;
    onMount(() => {
      this.playback.seek(stepFromUrl(page.url, count, step));
      const all = allowAll && page.url.searchParams.get('unit') === 'all';
      this.unit = all ? undefined : (unitFromUrl(page.url, units) ?? unit);
      restored = true;
      return () => this.playback.destroy();
    });
    $effect(() => {
      const current = this.playback.step;
      const chosen = this.unit;
      if (!restored) return;
      writeQuery({
        step: current === step ? undefined : current + 1,
        unit: chosen === unit ? undefined : (chosen ?? (allowAll ? 'all' : undefined))
      });
    });
  }

  /**
   * A cell figure's props with `unit` and `highlight` bound to this state through accessors, for a figure that is
   * hydrated on its own (HydrateLater) and so cannot use `bind:`.
   */
  cellProps<Extra extends Record<string, unknown>>(extra: Extra) {
    const withUnit = bound(
      extra,
      'unit',
      () => this.unit,
      (unit: number | undefined) => (this.unit = unit)
    );
    return bound(
      withUnit,
      'highlight',
      () => this.highlight,
      (term: CellTerm | undefined) => (this.highlight = term)
    );
  }
}
