// The HTML an equation figure shows before and after KaTeX loads: each row's typeset TeX, or its plain text escaped,
// so the markup is never empty (during hydration a non-empty {@html} keeps the prerendered markup).
import type { EquationModel, EquationRow } from './equation.js';

/** Typesets TeX to HTML, or gives undefined while no typesetter is loaded. */
export type Typeset = (tex: string) => string | undefined;

/** Text made safe to put into HTML (&, < and >). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Each row with its HTML: typeset TeX, else its plain text escaped. */
export function equationRowsHtml(
  model: EquationModel | undefined,
  typeset: Typeset
): (EquationRow & { html: string })[] {
  return (
    model?.rows.map((row) => ({ ...row, html: typeset(row.tex) ?? escapeHtml(row.text) })) ?? []
  );
}

/** The definitions' HTML: typeset, else a non-breaking space holding the place. */
export function definitionsHtml(model: EquationModel | undefined, typeset: Typeset): string[] {
  return model?.definitions.map((tex) => typeset(tex) ?? '&nbsp;') ?? [];
}
