// embed-frame.js: the script of an /embed/<name> page. It turns the query into the figure's element (values
// set with setAttribute only: data, never markup) and tells the parent page its height whenever it changes.
import { MAX_SENTENCE_CHARACTERS } from '../../core/model-input.js';
import { embedComponent } from './components.js';
import { embedAttributes } from './embed-query.js';
import { frameHeightMessage } from './frame-height.js';
import { mountTrainingLab } from './train-frame.js';

/** Creates the figure the page names in data-unrolled-embed, with the attributes the query allows. */
function mountFigure(mount: HTMLElement): HTMLElement | undefined {
  if (mount.dataset.unrolledEmbed === 'train')
    return mountTrainingLab(mount, new URLSearchParams(location.search));
  const component = embedComponent(mount.dataset.unrolledEmbed ?? '');
  if (!component) return undefined;
  const { attributes, truncated } = embedAttributes(
    component,
    new URLSearchParams(location.search)
  );
  const figure = document.createElement(component.tag);
  // The title names the frame (its heading and document title); the figure keeps its own caption.
  for (const [name, value] of Object.entries(attributes))
    if (name !== 'title') figure.setAttribute(name, value);

  // The page around the figure follows the same theme, so no light margin frames a dark figure.
  if (attributes.theme === 'light' || attributes.theme === 'dark')
    document.documentElement.dataset.theme = attributes.theme;
  if (attributes.title !== undefined) {
    const heading = document.getElementById('embed-title');
    if (heading) heading.textContent = attributes.title;
    document.title = `${attributes.title} — unrolled`;
  }
  const note = document.getElementById('embed-note');
  if (truncated && note) {
    note.textContent = `The sentence was cut to its first ${MAX_SENTENCE_CHARACTERS} characters.`;
    note.hidden = false;
  }
  mount.append(figure);
  return figure;
}

/** Posts the document's height to the parent page now and after every change of size. */
function reportHeight(figure: HTMLElement | undefined): void {
  if (window.parent === window) return;
  const root = document.documentElement;
  let last = -1;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // Any page may embed the figure, so any origin may hear its height (and nothing else).
    window.parent.postMessage(frameHeightMessage(height), '*');
  };
  new ResizeObserver(post).observe(root);
  post();

  // Chromium stops layout observers in a cross-origin frame scrolled out of view, so a figure that draws
  // there would keep its first height; changes inside the figure still say when to measure again.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      post();
    }, 50);
  };
  if (!figure) return;
  void customElements.whenDefined(figure.localName).then(() =>
    new MutationObserver(soon).observe(figure.shadowRoot ?? figure, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true
    })
  );
}

const mount = document.querySelector<HTMLElement>('[data-unrolled-embed]');
if (mount) {
  reportHeight(mountFigure(mount));
  // A mark for tests and host pages: the figure's element is in the page.
  document.documentElement.dataset.embedReady = '';
}
