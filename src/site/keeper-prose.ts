// What /lstm and /gru say about the unit keeperOf picks, as pieces whose figures name the trace they come from.
import { fig, type Piece } from './figure.js';
import type { Keeper } from './keeper.js';

/** The keeper's gate range after the clue: "stays at 1.000" when it does not move at the printed precision. */
function range(k: Keeper, source: string): Piece[] {
  const min = fig(k.keepMin, `${source}:keepMin`, 'fixed3');
  const max = fig(k.keepMax, `${source}:keepMax`, 'fixed3');
  return min.text === max.text ? ['stays at ', min] : ['stays between ', min, ' and ', max];
}

/** /lstm's paragraph on the unit that writes most at "Ireland" and keeps it; `trace` is the site trace's name. */
export function lstmKeeperPieces(k: Keeper, trace: string): Piece[] {
  const source = `keeper:${trace}`;
  const grows = Math.abs(k.end) > Math.abs(k.at) * k.keepProduct + 0.05;
  return [
    'Watch unit ',
    fig(k.unit, `${source}:unit`),
    ', the unit that writes most at “Ireland” and keeps it (chosen by the size of its cell-state change there times the product of its later forget gates). At “Ireland” its forget gate is ',
    fig(k.keepAt, `${source}:keepAt`, 'fixed2'),
    ' and its cell state moves from ',
    fig(k.before, `${source}:before`, 'fixed2'),
    ' to ',
    fig(k.at, `${source}:at`, 'fixed2'),
    '. For the rest of the sentence its forget gate ',
    ...range(k, source),
    '; multiplied over those ',
    fig(k.later, `${source}:later`),
    ' steps they come to ',
    fig(k.keepProduct, `${source}:keepProduct`, 'fixed3'),
    `, so ${k.keepProduct >= 0.5 ? 'most' : 'less than half'} of what it held at “Ireland” survives to “speak”, where its cell state is `,
    fig(k.end, `${source}:end`, 'fixed2'),
    grows ? ' (it also grows through new writes along the way).' : '.'
  ];
}

/** /gru's paragraph on the unit whose change at "Ireland" times its later update gates is largest. */
export function gruKeeperPieces(k: Keeper, trace: string): Piece[] {
  const source = `keeper:${trace}`;
  return [
    'Follow unit ',
    fig(k.unit, `${source}:unit`),
    ': of all units, its change at “Ireland” times the product of its later update gates is largest. At “Ireland” its update gate is ',
    fig(k.keepAt, `${source}:keepAt`, 'fixed2'),
    `, so it takes ${k.keepAt < 0.5 ? 'mostly' : 'partly'} the new candidate and its value moves from `,
    fig(k.before, `${source}:before`, 'fixed2'),
    ' to ',
    fig(k.at, `${source}:at`, 'fixed2'),
    '. After that its update gate ',
    ...range(k, source),
    '; multiplied over the remaining ',
    fig(k.later, `${source}:later`),
    ' steps that is ',
    fig(k.keepProduct, `${source}:keepProduct`, 'fixed3'),
    ', the share of its “Ireland” value that the gate alone lets through to “speak”, where the unit ends at ',
    fig(k.end, `${source}:end`, 'fixed2'),
    '.'
  ];
}
