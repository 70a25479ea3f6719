// Where each agent's cell goes on the one-cell-per-agent board: teams one under another, each
// a grid of square cells filling the width, row by row in roster order. The cells are as large
// as lets every team's grid fit in about `targetHeight` CSS pixels together (at most 12 px, at
// least 1), so the board's height stays bounded whatever the team sizes, down to a pixel per
// agent. Invariant: each agent has exactly one cell, and cellAt(cellOrigin(i)) is i.

/** Cell pitches tried, largest first (CSS px). From 4 px on, a 1-px gap separates the cells. */
const PITCHES = [12, 10, 8, 6, 5, 4, 3, 2, 1];

export interface DensityBlock {
  /** First agent of the block, and how many. */
  start: number;
  count: number;
  rows: number;
  /** Height of the block's grid (CSS px). */
  height: number;
}

export interface DensityLayout {
  /** Distance between cell origins (CSS px). */
  pitch: number;
  /** Cell side (CSS px): the pitch less the gap. */
  cell: number;
  cols: number;
  blocks: DensityBlock[];
  /** The grids' heights added up (CSS px). */
  height: number;
}

/** The layout of blocks of `counts` agents in `width` CSS pixels. */
export function densityLayout(counts: readonly number[], width: number, targetHeight = 560): DensityLayout {
  let chosen: DensityLayout | null = null;
  for (const pitch of PITCHES) {
    chosen = layoutAt(counts, width, pitch);
    if (chosen.height <= targetHeight) break;
  }
  return chosen!;
}

function layoutAt(counts: readonly number[], width: number, pitch: number): DensityLayout {
  const cell = pitch >= 4 ? pitch - 1 : pitch;
  // The last column needs only its cell, not the gap after it.
  const cols = Math.max(1, Math.floor((width + pitch - cell) / pitch));
  let start = 0, height = 0;
  const blocks = counts.map((count) => {
    const rows = Math.ceil(count / cols);
    const b = { start, count, rows, height: rows > 0 ? (rows - 1) * pitch + cell : 0 };
    start += count;
    height += b.height;
    return b;
  });
  return { pitch, cell, cols, blocks, height };
}

/** The top-left corner (CSS px, in its block's grid) of the cell of the block's k-th agent. */
export function cellOrigin(l: DensityLayout, k: number): [number, number] {
  return [(k % l.cols) * l.pitch, Math.floor(k / l.cols) * l.pitch];
}

/**
 * The agent at CSS point (x, y) of block b's grid, or -1 past its last agent. A gap counts as
 * the cell before it, so that a pointer moving over the grid never falls between two agents.
 */
export function cellAt(l: DensityLayout, b: number, x: number, y: number): number {
  const block = l.blocks[b];
  if (!block || x < 0 || y < 0) return -1;
  const col = Math.floor(x / l.pitch), row = Math.floor(y / l.pitch);
  if (col >= l.cols || row >= block.rows) return -1;
  const k = row * l.cols + col;
  return k < block.count ? block.start + k : -1;
}
