/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline once loaded: the built site, the shipped models and their traces are cached on first visit and served
// from the cache when the network is gone. Only this origin is ever fetched.
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `unrolled-${version}`;
// Once each: prerendering lists the static files it fetched (traces, models) again, and Cache.addAll rejects a
// list with duplicates, which would fail the install and leave the site without offline support.
// The web components (/elements/) are for course pages elsewhere; the chapters never load them, so the install
// does not download their few megabytes of tfjs chunks.
const ASSETS = [
  ...new Set(
    [...build, ...files, ...prerendered].filter(
      // KaTeX ships each font three times; every browser that runs a service worker reads woff2.
      (file) => !file.includes('/elements/') && !/\.(woff|ttf)$/.test(file)
    )
  )
];

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => worker.skipWaiting())
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
      )
      .then(() => worker.clients.claim())
  );
});

worker.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== worker.location.origin) return;
  // Cache first for what the build listed; the network (then the cache) for anything else.
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(event.request, { ignoreSearch: true });
      if (cached) return cached;
      try {
        const response = await fetch(event.request);
        if (response.ok && response.type === 'basic') cache.put(event.request, response.clone());
        return response;
      } catch (error) {
        const fallback = await cache.match(url.pathname.replace(/\/$/, '') || '/');
        if (fallback) return fallback;
        throw error;
      }
    })
  );
});
