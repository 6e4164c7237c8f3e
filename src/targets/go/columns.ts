/**
 * gofmt's column alignment, reproduced so the output is canonical as
 * emitted. gofmt pads every cell but the last of a line to the widest cell of
 * its column plus one space, within a block of consecutive lines; a comment
 * line ends the block. Widths count code points, as gofmt's tabwriter does.
 */

export interface AlignedRow {
  /** Spaces to add after each cell but the last (one fewer than gofmt's gap: templates write one space). */
  readonly paddings: readonly string[];
}

/**
 * `rows[i]` are the cells of line i; `startsBlock[i]` is true when a comment
 * precedes line i, so it cannot align with the lines above.
 */
export function alignColumns(rows: readonly (readonly string[])[], startsBlock: readonly boolean[]): AlignedRow[] {
  const result: AlignedRow[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || startsBlock[i]) {
      result.push(...alignBlock(rows.slice(start, i)));
      start = i;
    }
  }
  return result;
}

function alignBlock(rows: readonly (readonly string[])[]): AlignedRow[] {
  const columns = Math.max(0, ...rows.map((cells) => cells.length - 1));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((cells) => (c < cells.length - 1 ? width(cells[c]) : 0))));
  return rows.map((cells) => ({ paddings: cells.slice(0, -1).map((cell, c) => ' '.repeat(widths[c] - width(cell))) }));
}

function width(cell: string): number {
  return [...cell].length;
}
