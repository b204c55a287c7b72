// What a reader does with a trained cell: download its folder, or open it in the playground (this
// tab through IndexedDB on the site; a new tab, handed over by message, from an element on any page).
import { LAB_CELL_NAMES } from '../core/train/lab-settings.js';
import type { CellKind } from '../core/trace/types.js';
import type { LabFile } from '../tf/train-client.js';
import { openWithModel } from './model-handoff.js';
import { labModelUrl, rememberTokenizer } from './stored-model.js';
import type { TrainingLab } from './training-lab.svelte.js';

/** Where "Open in the playground" goes. */
export interface PlaygroundTarget {
  /** The playground page's URL. */
  url: string;
  /** Open it in a new tab and hand the model over by message (any origin) instead of IndexedDB here. */
  newTab: boolean;
}

const say = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The download and playground buttons' commands, and the line that reports on them. */
export class LabActions {
  /** What the last command did, or why it failed. */
  message = $state('');

  #lab: TrainingLab;

  constructor(lab: TrainingLab) {
    this.#lab = lab;
  }

  /** True when the cell has a trained model to hand out (the run is over or paused). */
  ready(points: number): boolean {
    const { status } = this.#lab;
    return points > 0 && (status === 'finished' || status === 'stopped' || status === 'paused');
  }

  /** The cell's folder (with meta.json, evaluated on held-out sentences), given to `save` as a zip. */
  async download(
    cell: CellKind,
    save: (folder: string, files: LabFile[]) => void | Promise<void>
  ): Promise<void> {
    this.message = `Evaluating the ${LAB_CELL_NAMES[cell]} on held-out sentences for meta.json…`;
    try {
      const files = await this.#lab.files(cell, true);
      await save(`unrolled-lab-${cell.replace('_', '-')}-seed${this.#lab.ran?.seed ?? 1}`, files);
      this.message = `Saved ${files.map((file) => file.name).join(', ')}.`;
    } catch (error) {
      this.message = say(error);
    }
  }

  /** Opens the cell's model in the playground; call from the click (a new tab opens only then). */
  async open(cell: CellKind, target: PlaygroundTarget): Promise<void> {
    const name = LAB_CELL_NAMES[cell];
    try {
      if (target.newTab) {
        openWithModel(target.url, this.#lab.files(cell, false));
        this.message = `The playground opened in a new tab and loads the ${name} there.`;
        return;
      }
      this.message = `Keeping the ${name} in this browser…`;
      const url = labModelUrl(cell);
      rememberTokenizer(url, await this.#lab.save(cell, url));
      location.assign(`${target.url}?model=${encodeURIComponent(url)}`);
    } catch (error) {
      this.message = say(error);
    }
  }
}
