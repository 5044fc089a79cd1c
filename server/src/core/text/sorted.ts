// Binary search over the sorted offset arrays the parser keeps (skeleton positions, line starts,
// per-character occurrence lists).

/** The first index whose value is >= `value` in a non-decreasing array (its length if none). */
export function lowerBound(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last index whose value is <= `value` in a non-decreasing array (0 if none). */
export function lastAtOrBefore(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
