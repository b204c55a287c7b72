// Offline support starts once the page is loaded and the main thread is idle: the worker's install downloads the
// site, the models and tfjs, which must not compete with a phone's first paint and hydration.
import { dev } from '$app/environment';

/** Registers /service-worker.js after the load event, when the browser is idle (or after 5 s at the latest). */
export function registerServiceWorkerWhenIdle(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    // Offline use is an extra: a refused registration (private mode, file://) leaves the site working as it is.
    navigator.serviceWorker
      .register('/service-worker.js', { type: dev ? 'module' : 'classic' })
      .catch(() => undefined);
  };
  const whenIdle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
