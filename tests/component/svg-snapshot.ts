// Deterministic SVG snapshots: numbers rounded to 3 decimals, Svelte's scoping classes removed. A mismatch writes
// <name>-changed.svg next to the committed <name>.svg so the two can be opened side by side.
import { commands } from 'vitest/browser';

/** The SVG's markup with every decimal number rounded to 3 places and Svelte's hashed class names dropped. */
export function normaliseSvg(markup: string): string {
  return markup
    .replace(/\s*svelte-[a-z0-9]+/g, '')
    .replace(/ class=""/g, '')
    .replace(/<!---->/g, '')
    .replace(/-?\d+\.\d+(e-?\d+)?/g, (number) => {
      const rounded = Math.round(Number(number) * 1000) / 1000;
      return String(Object.is(rounded, -0) ? 0 : rounded);
    })
    .replace(/>\s+</g, '><')
    .replace(/></g, '>\n<');
}

/** Compares an SVG element with tests/component/__snapshots__/<name>.svg (written on first run). */
export async function expectSvgSnapshot(svg: Element | null, name: string): Promise<void> {
  if (!svg) throw new Error(`No SVG to snapshot for "${name}".`);
  const actual = normaliseSvg(svg.outerHTML) + '\n';
  // Vitest resolves these paths from the project root.
  const path = `tests/component/__snapshots__/${name}.svg`;
  let expected: string | undefined;
  try {
    expected = await commands.readFile(path);
  } catch {
    expected = undefined;
  }
  if (expected === undefined) {
    await commands.writeFile(path, actual);
    return;
  }
  if (expected !== actual) {
    const changed = path.replace(/\.svg$/, '-changed.svg');
    await commands.writeFile(changed, actual);
    throw new Error(
      `SVG snapshot "${name}" changed: compare ${path} with ${changed} (delete ${path} to accept).`
    );
  }
}
