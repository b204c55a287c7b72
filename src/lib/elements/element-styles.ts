// Every element's styles as constructable stylesheets adopted by its shadow root: a page whose Content-Security-Policy
// allows no inline style still shows the figures styled, since adoptedStyleSheets are not inline styles.
import theme from '../styles/theme.css?inline';
import base from './element-base.css?inline';

/** A component's scoped CSS as the Svelte compiler hands it over. */
export interface ComponentCss {
  hash: string;
  code: string;
}

const componentCss = new Map<string, string>();
let baseSheet: CSSStyleSheet | undefined;
let componentSheet: CSSStyleSheet | undefined;

function sheetOf(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

const allComponentCss = () => [...componentCss.values()].join('\n');

/** Gives a shadow root the theme, the base rules and every component's CSS (one shared sheet of each for all elements). */
export function adoptElementStyles(root: ShadowRoot): void {
  baseSheet ??= sheetOf(`${theme}\n${base}`);
  componentSheet ??= sheetOf(allComponentCss());
  const own = root.adoptedStyleSheets.filter(
    (sheet) => sheet !== baseSheet && sheet !== componentSheet
  );
  root.adoptedStyleSheets = [...own, baseSheet, componentSheet];
}

/**
 * Stands in for Svelte's append_styles in the elements' build (vite.elements.config.ts): a component's CSS joins the
 * one shared sheet every element adopts, instead of a <style> tag per shadow root.
 */
export function registerComponentCss(_anchor: unknown, css: ComponentCss): void {
  if (componentCss.has(css.hash)) return;
  componentCss.set(css.hash, css.code);
  componentSheet?.replaceSync(allComponentCss());
}
