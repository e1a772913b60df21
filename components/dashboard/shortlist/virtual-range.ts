/**
 * Which rows a fixed-row-height virtual list renders: the ones in view plus an
 * overscan on each side, so fast scrolling does not show blank space.
 */
export interface VisibleRange {
  start: number;
  /** Exclusive. */
  end: number;
}

/**
 * `overscan` rows below the view and `overscanAbove` above it (the same by
 * default): while scrolling, more ahead than behind, since every row in the DOM
 * costs paint on every frame and rows behind the scroll are not coming back.
 */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan: number,
  overscanAbove = overscan,
): VisibleRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const inView = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(count - 1, first) - overscanAbove);
  const end = Math.min(count, first + inView + overscan);
  return { start, end: Math.max(start, end) };
}

/** The scrollTop that brings row `index` fully into view, or null when it already is. */
export function scrollToShow(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number | null {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return null;
}
