// Reading a chart with the keyboard: the chart is one stop in the Tab order, and while it has
// focus the arrow keys move the same read-out hover shows, point by point (Left/Right, PageUp/
// PageDown by a tenth of the points, Home/End to the first and last shown). The chart says where
// the read-out is and what it reads (show); this file only turns keys into a point index.

export interface KeyReadout {
  /** Points that can be read now (the read-out stays below it). */
  count(): number;
  /** Where the read-out starts when the chart gets focus (e.g. the point at the cursor). */
  start(): number;
  show(index: number): void;
  hide(): void;
}

/** Makes `el` focusable and drives `r` from its keys. Returns the function that detaches it. */
export function keyboardReadout(el: HTMLElement, r: KeyReadout): () => void {
  el.tabIndex = 0;
  let index = -1;
  const move = (to: number) => {
    const n = r.count();
    if (n === 0) return;
    index = Math.max(0, Math.min(n - 1, to));
    r.show(index);
  };
  const onFocus = () => move(index >= 0 ? index : r.start());
  const onBlur = () => r.hide();
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const n = r.count(), page = Math.max(1, Math.round(n / 10));
    const to: Record<string, number> = {
      ArrowLeft: index - 1, ArrowRight: index + 1, PageDown: index - page, PageUp: index + page, Home: 0, End: n - 1,
    };
    if (!(e.key in to)) return;
    e.preventDefault(); // the page must not scroll under the read-out
    move(index < 0 && e.key !== 'Home' && e.key !== 'End' ? r.start() : to[e.key]!);
  };
  el.addEventListener('focus', onFocus);
  el.addEventListener('blur', onBlur);
  el.addEventListener('keydown', onKey);
  return () => {
    el.removeEventListener('focus', onFocus);
    el.removeEventListener('blur', onBlur);
    el.removeEventListener('keydown', onKey);
  };
}
