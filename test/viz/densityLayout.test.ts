// The one-cell-per-agent board's layout (viz/views/densityLayout.ts) and colours
// (viz/views/agentCellState.ts): every agent has one cell, the cells are as large as fit in about
// the target height, so the board stays a screen tall from a few hundred agents to a million.

import { describe, expect, it } from 'vitest';
import { densityLayout, cellOrigin, cellAt } from '../../viz/views/densityLayout.ts';
import { cellState, CELL_NONE, CELL_OFFLINE, CELL_AWAY, CELL_TRANSFERS, CELL_IDLE, CELL_SOME, CELL_MOST, CELL_FULL, CELL_OVER } from '../../viz/views/agentCellState.ts';

describe('densityLayout', () => {
  it('gives every agent one cell inside the width, and finds it again under the pointer', () => {
    const counts = [450, 300, 175, 75];
    const l = densityLayout(counts, 1000);
    expect(l.pitch).toBe(12);
    expect(l.cols).toBe(83); // 82 × 12 + 11 ≤ 1000
    let agent = 0;
    l.blocks.forEach((b, k) => {
      expect(b.start).toBe(agent);
      const seen = new Set<string>();
      for (let j = 0; j < b.count; j++, agent++) {
        const [x, y] = cellOrigin(l, j);
        expect(x + l.cell).toBeLessThanOrEqual(1000);
        expect(y + l.cell).toBeLessThanOrEqual(b.height);
        seen.add(`${x},${y}`);
        expect(cellAt(l, k, x + l.cell / 2, y + l.cell / 2)).toBe(agent);
        expect(cellAt(l, k, x + l.pitch - 0.5, y)).toBe(agent); // the gap after a cell is that cell's
      }
      expect(seen.size).toBe(b.count);
    });
    expect(cellAt(l, 3, 75 * 12 + 1, 0)).toBe(-1); // leads: 75 agents fill the first row's 75 cells only
    expect(cellAt(l, 0, -1, 0)).toBe(-1);
    expect(cellAt(l, 4, 0, 0)).toBe(-1);
  });

  it('stays about a screen tall from 1,000 agents to a million: smaller cells, never a taller board', () => {
    let last = Infinity;
    for (const n of [1_000, 10_000, 100_000, 1_000_000]) {
      const counts = [0.45, 0.3, 0.175, 0.075].map((s) => Math.round(n * s));
      const l = densityLayout(counts, 1400);
      expect(l.pitch).toBeLessThanOrEqual(last);
      last = l.pitch;
      // A pixel per agent at least: a million agents at 1,400 px is 715 rows.
      expect(l.height, `${n} agents`).toBeLessThanOrEqual(Math.max(560, Math.ceil(n / 1400) + counts.length));
      expect(l.blocks.reduce((s, b) => s + b.rows * l.cols, 0)).toBeGreaterThanOrEqual(n);
    }
    expect(densityLayout([100_000], 1400).pitch).toBe(2);
  });
});

describe('cellState', () => {
  // [messaging, email, voice, status]; capacity 3 messaging, 2 email, 1 voice (6 units).
  const state = (m: number, e: number, v: number, s: number) => cellState([m, e, v, s], 0, 3, 2, 1);

  it('an online agent darkens with the share of its own capacity in use, the call and wrap-up included', () => {
    expect(state(0, 0, 0, 0)).toBe(CELL_IDLE);
    expect(state(1, 1, 0, 0)).toBe(CELL_SOME); // 2 of 6
    expect(state(2, 0, 1, 0)).toBe(CELL_MOST); // 3 of 6
    expect(state(0, 0, 2, 0)).toBe(CELL_SOME); // wrap-up holds the call's capacity
    expect(state(3, 2, 1, 0)).toBe(CELL_FULL);
  });

  it('other statuses take their colours; over capacity (R29) shows whatever the status; no frame: no data', () => {
    expect(state(0, 0, 0, 1)).toBe(CELL_AWAY);
    expect(state(0, 1, 0, 1)).toBe(CELL_AWAY);
    expect(state(0, 0, 0, 2)).toBe(CELL_TRANSFERS);
    expect(state(0, 0, 0, 3)).toBe(CELL_OFFLINE);
    expect(state(4, 0, 0, 0)).toBe(CELL_OVER);
    expect(state(0, 3, 0, 1)).toBe(CELL_OVER);
    expect(cellState(null, 0, 3, 2, 1)).toBe(CELL_NONE);
  });
});
