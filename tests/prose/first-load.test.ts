// Every prerendered page's first-load JavaScript against the 100 KB (gzip -9) limit, read from build/ the way
// `npm run bench:site` reads it (runs after `npm run build`). A size, not a time: the same build always gives the same
// figures, so this is a test and not a benchmark.
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_LIMIT_KB, firstLoad, prerenderedRoutes } from '../../scripts/first-load.js';

describe('first-load JavaScript', () => {
  const routes = prerenderedRoutes();

  it('finds the prerendered pages', () => {
    expect(routes).toEqual(expect.arrayContaining(['/', '/lstm', '/playground', '/embed/chain']));
  });

  it.each(routes)(`%s loads at most ${FIRST_LOAD_LIMIT_KB} KB gzipped before tfjs`, (route) => {
    const load = firstLoad(route);
    expect(load.files).toBeGreaterThan(0);
    expect(load.tfjs, 'tfjs in the first load').toBe(false);
    expect(load.onDemand).toEqual([]);
    expect(Number(load.kb.toFixed(1))).toBeLessThanOrEqual(FIRST_LOAD_LIMIT_KB);
  });
});
