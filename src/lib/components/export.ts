// Saving a figure or its data: one helper every component's export menu uses.
import { toCsv } from '../core/csv.js';

/** Data behind a figure, as a table. */
export interface FigureData {
  /** Column names. */
  columns: string[];
  /** Rows of values. */
  rows: (string | number | boolean | null)[][];
}

/** Saves a blob as a file through the browser's download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// A saved file has no live canvas: each picture painted on one (PixelsCanvas) becomes an <image> of its pixels.
function pictureCanvasesAsImages(svg: SVGSVGElement, copy: SVGSVGElement): void {
  const canvases = svg.querySelectorAll('foreignObject > canvas');
  copy.querySelectorAll('foreignObject').forEach((holder, i) => {
    const canvas = canvases[i];
    if (!(canvas instanceof HTMLCanvasElement)) return;
    const image = document.createElementNS('http://www.w3.org/2000/svg', 'image');
    for (const name of ['x', 'y', 'width', 'height', 'class'])
      image.setAttribute(name, holder.getAttribute(name) ?? '');
    image.setAttribute('preserveAspectRatio', 'none');
    image.setAttribute('href', canvas.toDataURL('image/png'));
    holder.replaceWith(image);
  });
}

// A copy of an svg whose every element carries its computed colours and fonts, so it renders outside the page.
function styledCopy(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const source = svg.querySelectorAll('*');
  copy.querySelectorAll('*').forEach((node, i) => {
    const style = getComputedStyle(source[i]!);
    const inline = [
      'fill',
      'stroke',
      'stroke-width',
      'opacity',
      'font-family',
      'font-size',
      'font-weight',
      // Haloed labels paint their background-coloured stroke first; without this a file shows only the halo.
      'paint-order'
    ]
      .map((property) => `${property}:${style.getPropertyValue(property)}`)
      .join(';');
    node.setAttribute('style', inline);
  });
  return copy;
}

/** A standalone SVG document of an element's SVG, with computed colours and fonts inlined so it renders anywhere. */
export function svgDocument(svg: SVGSVGElement): string {
  const copy = styledCopy(svg);
  pictureCanvasesAsImages(svg, copy);
  // A chart's cursor lives in a sibling svg over it (ChartFrame's overlay), in the same units: it joins the file.
  const overlay = svg.parentElement?.querySelector<SVGSVGElement>(
    ':scope > svg[data-export-overlay]'
  );
  if (overlay) copy.append(...styledCopy(overlay).childNodes);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const box = svg.getBoundingClientRect();
  if (!copy.getAttribute('width')) copy.setAttribute('width', String(Math.round(box.width)));
  if (!copy.getAttribute('height')) copy.setAttribute('height', String(Math.round(box.height)));
  return new XMLSerializer().serializeToString(copy);
}

/** Saves an SVG element as an .svg file. */
export function saveSvg(svg: SVGSVGElement, name: string): void {
  download(new Blob([svgDocument(svg)], { type: 'image/svg+xml' }), `${name}.svg`);
}

/** Renders an SVG element or copies a canvas to a PNG blob at `scale` × its size. */
export async function pngBlob(source: SVGSVGElement | HTMLCanvasElement, scale = 2): Promise<Blob> {
  const box = source.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(box.width * scale));
  canvas.height = Math.max(1, Math.round(box.height * scale));
  const context = canvas.getContext('2d')!;
  context.fillStyle = getComputedStyle(source).getPropertyValue('--unrolled-bg') || '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  if (source instanceof HTMLCanvasElement) {
    context.drawImage(source, 0, 0, canvas.width, canvas.height);
  } else {
    const url = URL.createObjectURL(new Blob([svgDocument(source)], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))),
      'image/png'
    )
  );
}

/** Saves an SVG element or a canvas as a .png file. */
export async function savePng(
  source: SVGSVGElement | HTMLCanvasElement,
  name: string
): Promise<void> {
  download(await pngBlob(source), `${name}.png`);
}

/** Saves a figure's data as .json. */
export function saveJson(data: unknown, name: string): void {
  download(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), `${name}.json`);
}

/** Saves a figure's data table as .csv. */
export function saveCsv(data: FigureData, name: string): void {
  download(new Blob([toCsv(data.columns, data.rows)], { type: 'text/csv' }), `${name}.csv`);
}
