// /embed/train: the training lab's element, its attributes taken from the frame's query (set with
// setAttribute only: data, never markup).
import { LAB_KEYS } from '../../core/train/lab-settings.js';

/** Creates <unrolled-train> in `mount` from the lab's query keys and `backend`, with the site's playground. */
export function mountTrainingLab(mount: HTMLElement, query: URLSearchParams): HTMLElement {
  const lab = document.createElement('unrolled-train');
  for (const key of [...LAB_KEYS, 'backend']) {
    const value = query.get(key);
    if (value !== null) lab.setAttribute(key, value.slice(0, 100));
  }
  // This frame is on the site's origin: its playground is the site's.
  lab.setAttribute('playground', new URL('../playground', location.href).href);
  mount.append(lab);
  return lab;
}
