// Handing a model the lab trained to a playground in another tab, on any origin: IndexedDB cannot, as
// storage belongs to one origin (and, inside a course page's frame, to that page too). The lab opens
// `playground?model=opener`; the playground says it is ready to its opener, which answers with the files.

/** The query value that makes a playground wait for its opener's model. */
export const FROM_OPENER = 'opener';

const READY = 'unrolled-playground-ready';
const MODEL = 'unrolled-lab-model';
/** How long the lab keeps answering a playground that has not said it is ready. */
const WAIT_MS = 120_000;

/** A file of a model folder. */
export interface HandedFile {
  name: string;
  data: Uint8Array;
}

/**
 * Opens `playground` in a new tab and sends it the model's files once it is ready. Call from the click
 * itself (a browser opens tabs only then); `files` may still be on their way.
 */
export function openWithModel(playground: string, files: Promise<HandedFile[]>): void {
  const url = new URL(playground, location.href);
  url.searchParams.set('model', FROM_OPENER);
  const tab = window.open(url.href, '_blank');
  if (!tab) throw new Error('The browser did not open a new tab (a pop-up blocker?).');
  const listen = (event: MessageEvent) => {
    if (event.source !== tab || event.origin !== url.origin || event.data?.type !== READY) return;
    window.removeEventListener('message', listen);
    void files.then((list) => {
      const copies = list.map(({ name, data }) => ({ name, data: data.slice() }));
      tab.postMessage(
        { type: MODEL, files: copies },
        url.origin,
        copies.map((file) => file.data.buffer)
      );
    });
  };
  window.addEventListener('message', listen);
  setTimeout(() => window.removeEventListener('message', listen), WAIT_MS);
}

/** Largest model a playground takes from its opener (the lab's are a few hundred kilobytes). */
const MAX_BYTES = 64 * 1024 * 1024;

/** In a playground opened with ?model=opener: asks the opener for its model; resolves with its files. */
export function modelFromOpener(): Promise<File[]> {
  const opener = window.opener as Window | null;
  if (!opener) return Promise.reject(new Error('No page opened this one to hand it a model.'));
  return new Promise((resolve, reject) => {
    const listen = (event: MessageEvent) => {
      if (event.source !== opener || event.data?.type !== MODEL) return;
      window.removeEventListener('message', listen);
      const list: unknown = event.data.files;
      const files = Array.isArray(list) ? list.filter(isHandedFile) : [];
      const bytes = files.reduce((sum, file) => sum + file.data.byteLength, 0);
      if (files.length === 0 || bytes > MAX_BYTES)
        reject(new Error('The page that opened this one sent no model this playground can read.'));
      else resolve(files.map(({ name, data }) => new File([data.slice()], name)));
    };
    window.addEventListener('message', listen);
    // Only a signal with no data, so any origin may hear it.
    opener.postMessage({ type: READY }, '*');
  });
}

function isHandedFile(value: unknown): value is HandedFile {
  const file = value as HandedFile | undefined;
  return (
    typeof file?.name === 'string' &&
    /^[\w.-]{1,100}$/.test(file.name) &&
    file.data instanceof Uint8Array
  );
}
