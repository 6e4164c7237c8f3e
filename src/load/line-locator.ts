/** Offsets to lines and columns, as the `yaml` library's LineCounter gives them, from the offsets the lines start at. */
export function lineLocator(lineStarts: readonly number[]): (offset: number) => { line: number; column: number } {
  return (offset) => {
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offset < lineStarts[mid]) high = mid;
      else low = mid + 1;
    }
    return { line: low, column: offset - lineStarts[low - 1] + 1 };
  };
}
