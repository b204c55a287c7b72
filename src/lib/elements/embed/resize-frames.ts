// The host page's side of iframe embeds: each frame that reports its height gets that height.
import { heightFromMessage } from './height-message.js';

/** Sizes every iframe in `root` that posts an 'unrolled:height' message; returns a function that stops it. */
export function resizeFramesOnMessage(
  target: Window,
  root: ParentNode = target.document
): () => void {
  const onMessage = (event: MessageEvent) => {
    const height = heightFromMessage(event.data);
    if (height === undefined || event.source === null) return;
    // Only the frame that sent the message is resized: a frame cannot size its neighbours.
    for (const frame of root.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
    }
  };
  target.addEventListener('message', onMessage);
  return () => target.removeEventListener('message', onMessage);
}
