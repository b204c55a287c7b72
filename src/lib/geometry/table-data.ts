// The numbers behind a figure as a table; the same shape as the components' FigureData, so geometry can build it.

/** Column names and rows of values, as a figure's "Show the numbers" table and CSV export read them. */
export interface TableData {
  /** Column names. */
  columns: string[];
  /** Rows of values. */
  rows: (string | number | boolean | null)[][];
}

/** A table built only when first read (opening "Show the numbers" or exporting), then kept. */
export function lazyTable(build: () => TableData): TableData {
  let built: TableData | undefined;
  const table = () => (built ??= build());
  return {
    get columns() {
      return table().columns;
    },
    get rows() {
      return table().rows;
    }
  };
}
