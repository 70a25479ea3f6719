// The agent board is drawn on a stack of canvases ("strips"), each a band of whole card rows,
// instead of one tall canvas: the browser hands a canvas to the compositor whole each time it
// changes (a 1540 × 1480-pixel board: ≈ 9 MB copied per update, 7–12 ms of the main thread),
// so an update that touches a few strips costs only their share. Strips are cut at the top of
// a card row, where nothing drawn crosses (a team's heading sits above its first row, a card's
// borders inside the card), and each strip's top is a whole number of device pixels, so the
// strips show exactly the pixels of one canvas.

/** A strip: its top and height in CSS pixels. */
export interface Strip {
  top: number;
  height: number;
}

/**
 * Strips for a board `height` CSS pixels tall whose card rows start at `rowTops` (ascending),
 * each at most `maxHeight` tall unless a single card row (with its heading) is taller. At a
 * pixel ratio that is not a whole number, a cut would fall between device pixels: one strip.
 */
export function planStrips(rowTops: readonly number[], height: number, maxHeight: number, dpr: number): Strip[] {
  const tops = [0];
  if (Number.isInteger(dpr) && dpr > 0) {
    let last = 0; // the last row top that could end the current strip
    for (const y of rowTops) {
      if (y <= tops[tops.length - 1]!) continue;
      if (y - tops[tops.length - 1]! > maxHeight && last > tops[tops.length - 1]!) tops.push(last);
      last = y;
    }
    if (height - tops[tops.length - 1]! > maxHeight && last > tops[tops.length - 1]! && last < height) tops.push(last);
  }
  return tops.map((top, k) => ({ top, height: (tops[k + 1] ?? height) - top }));
}

/** The strip holding CSS y (the last strip whose top is ≤ y). */
export function stripAt(strips: readonly Strip[], y: number): number {
  let lo = 0, hi = strips.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (strips[mid]!.top <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Which of the strips with changes an update draws: at most `budget` of them, taken in turn
 * from strip `first` (wrapping round), so that no strip waits for ever behind strips that
 * change on every update. Returns the strips chosen and where the next turn starts.
 */
export function chooseStrips(dirty: readonly boolean[], first: number, budget: number): { chosen: boolean[]; next: number } {
  const n = dirty.length;
  const chosen = new Array<boolean>(n).fill(false);
  let next = n > 0 ? first % n : 0, taken = 0;
  for (let k = 0; k < n && taken < budget; k++) {
    const s = (first + k) % n;
    if (!dirty[s]) continue;
    chosen[s] = true;
    taken++;
    next = (s + 1) % n;
  }
  return { chosen, next };
}
