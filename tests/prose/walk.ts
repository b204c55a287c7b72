// Reads a prerendered chapter's HTML and lists its prose: every sourced figure, and every number typed in the text.
import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';

/** A figure printed through the figure helper: its text, the value it names, and the format it was printed in. */
export interface PrintedFigure {
  text: string;
  source: string;
  format: string;
}

/** A number in the prose that no figure span wraps: where it is in the prose text, and the words around it. */
export interface BareNumber {
  number: string;
  index: number;
  context: string;
}

/** What a chapter's prose quotes. */
export interface ChapterProse {
  figures: PrintedFigure[];
  bare: BareNumber[];
  /** The visible prose text, figures included, runs of white space as one space. */
  text: string;
}

// Drawn, not written: a figure's own SVG, table, equation and controls show numbers computed by the component from the
// trace, and the components' tests check them. Prose is everything else in <main>.
const SKIPPED = new Set([
  'script',
  'style',
  'svg',
  'figure',
  'table',
  'details',
  // A control's label shows the control's own value (a slider's position), not a claim about a model.
  'label',
  'input',
  'select',
  'textarea',
  'button',
  'template'
]);
const SKIPPED_ROLES = new Set(['group', 'status', 'img', 'toolbar']);
const SKIPPED_CLASSES = ['katex', 'visually-hidden'];

const NUMBER = /\d+(?:[.,]\d+)*/g;

function skipped(element: HTMLElement): boolean {
  const tag = element.rawTagName?.toLowerCase() ?? '';
  if (SKIPPED.has(tag)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  if (SKIPPED_ROLES.has(element.getAttribute('role') ?? '')) return true;
  // A live readout follows a control (a slider, a what-if) and is computed by that widget, like a figure.
  const live = element.getAttribute('aria-live');
  if (live !== undefined && live !== 'off') return true;
  const classes = element.classList?.value ?? [];
  return SKIPPED_CLASSES.some((name) => classes.includes(name));
}

/** The prose of one prerendered page: sourced figures, numbers typed without a source, and its text. */
export function readProse(html: string): ChapterProse {
  const root = parse(html);
  const main = root.querySelector('main') ?? root;
  const figures: PrintedFigure[] = [];
  const pieces: { text: string; figure: boolean }[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      pieces.push({ text: decode(node.rawText), figure: false });
      return;
    }
    if (!(node instanceof HTMLElement) || skipped(node)) return;
    const source = node.getAttribute('data-source');
    if (source !== undefined) {
      const text = decode(node.text).trim();
      figures.push({ text, source, format: node.getAttribute('data-format') ?? '' });
      pieces.push({ text, figure: true });
      return;
    }
    node.childNodes.forEach(visit);
  };
  visit(main);
  const flat = pieces.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }));
  const text = flat.map((p) => p.text).join('');
  const bare: BareNumber[] = [];
  let offset = 0;
  for (const piece of flat) {
    if (!piece.figure) {
      for (const match of piece.text.matchAll(NUMBER)) {
        const index = offset + (match.index ?? 0);
        bare.push({
          number: match[0],
          index,
          context: text.slice(Math.max(0, index - 60), index + 40)
        });
      }
    }
    offset += piece.text.length;
  }
  return { figures, bare, text };
}

function decode(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}
