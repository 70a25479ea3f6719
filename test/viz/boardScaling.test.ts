// The agent board's work follows what changes, not the size of the board (viz/views/boardCards.ts,
// boardDensity.ts). Counted in canvas calls on a fake document, on a fake clock. The card board used to
// set up every strip on every update while its first drawing took n/48 updates, so the work to
// draw a fresh board grew as n²: 100,000 agents took 99 s of script and froze the page for 11 s.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, RunMeta } from '../../viz/protocol.ts';
import { AGENT_FIELDS, A_MESSAGING, A_STATUS } from '../../viz/protocol.ts';
import { createCardBoard } from '../../viz/views/boardCards.ts';
import { columnsOfList } from '../../viz/agentColumns.ts';
import { createDensityBoard } from '../../viz/views/boardDensity.ts';
import { boardRoster, boardFigures } from '../../viz/views/teamFigures.ts';
import type { BoardRenderer } from '../../viz/views/BoardRenderer.ts';
import { CELL_STATES, CELL_IDLE, CELL_SOME, CELL_OVER, cellState } from '../../viz/views/agentCellState.ts';
import { densityLayout, cellOrigin } from '../../viz/views/densityLayout.ts';
import { fakeDocument, fakeHost, installPath2D, takeShownCalls } from '../support/fakeCanvas.ts';
import type { FakeDocument } from '../support/fakeCanvas.ts';

let undoPath2D: () => void;
const pathCalls = new Map<string, number>();
beforeAll(() => {
  undoPath2D = installPath2D(pathCalls);
});
afterAll(() => undoPath2D());

/** A run of n agents in four teams (as large-centre-day.yaml, scaled). */
function runOf(n: number): RunMeta {
  const teams = [['chat', 0.45, { messaging: 3, email: 2, voice: 0 }], ['phones', 0.3, { messaging: 0, email: 2, voice: 1 }],
    ['email', 0.175, { messaging: 1, email: 8, voice: 0 }], ['leads', 0.075, { messaging: 2, email: 4, voice: 1 }]] as const;
  const agents = teams.flatMap(([team, share, capacity], t) => {
    const count = t < 3 ? Math.round(n * share) : n - teams.slice(0, 3).reduce((s, x) => s + Math.round(n * x[1]), 0);
    return Array.from({ length: count }, (_, k) => ({ name: `${team}-${k + 1}`, team, capacity }));
  });
  return { scenario: 'big', variant: null, seed: 1, horizon: 3600, warmup: 0, interval: 60, channels: ['messaging', 'email', 'voice'],
    thresholds: { messaging: 60, email: 3600, voice: 20 }, agents: columnsOfList(agents), queues: [], replications: 1 };
}

/** A frame with every agent online and idle, then `edit` applied to its numbers. */
function frameOf(meta: RunMeta, edit: (a: Int32Array) => void = () => {}): Frame {
  const agents = new Int32Array(meta.agents.count * AGENT_FIELDS);
  edit(agents);
  return { t: 60, agents, queues: new Int32Array(0), flow: new Int32Array(0), busy: new Int32Array(3), capacity: new Int32Array(3), heldOff: new Int32Array(3) };
}

function board(kind: 'cards' | 'cells', n: number) {
  const doc: FakeDocument = fakeDocument();
  const host = fakeHost(doc);
  // One animation frame (≈ 17 ms) passes between updates.
  let clock = 0;
  const renderer: BoardRenderer = kind === 'cards' ? createCardBoard(host, 176, () => clock) : createDensityBoard(host);
  const meta = runOf(n), roster = boardRoster(meta);
  const draw = (frame: Frame, stripBudget?: number) => {
    clock += 17;
    return renderer.draw({
      meta, roster, frame, teams: boardFigures(roster, frame.agents).teams, width: 1400, force: false, ...(stripBudget !== undefined ? { stripBudget } : {}),
    });
  };
  return { doc, host, renderer, meta, roster, draw };
}

/** Draws the frame until the board shows all of it; returns the updates it took (at most 10,000). */
function settle(b: ReturnType<typeof board>, frame: Frame, stripBudget?: number): number {
  let updates = 0;
  do {
    b.draw(frame, stripBudget);
    updates++;
  } while (!b.renderer.complete && updates < 10_000);
  return updates;
}

describe('the card board', () => {
  it('draws a fresh board with canvas work in proportion to its cards (it grew as n²)', () => {
    const work = (n: number) => {
      const b = board('cards', n);
      takeShownCalls(b.doc);
      const updates = settle(b, frameOf(b.meta));
      expect(b.renderer.complete).toBe(true);
      return { updates, calls: takeShownCalls(b.doc) };
    };
    const small = work(2000), large = work(8000);
    // The strips come into use one at a time, so the first drawing takes updates in proportion
    // to the board's strips (its cards) either way.
    expect(large.updates).toBeGreaterThan(3.5 * small.updates);
    // Four times the cards, about four times the calls on the page's canvases (before: ×15).
    expect(large.calls / small.calls).toBeLessThan(5);
  });

  it('an update that changes one agent costs the same on a board of 500 agents as on one of 8,000, streaming or not', () => {
    const oneChange = (n: number, stripBudget?: number) => {
      const b = board('cards', n);
      const idle = frameOf(b.meta);
      settle(b, idle, stripBudget);
      takeShownCalls(b.doc);
      const one = frameOf(b.meta, (a) => (a[Math.floor(n / 2) * AGENT_FIELDS + A_MESSAGING] = 1));
      expect(b.draw(one, stripBudget)).toBe(true);
      expect(b.renderer.drawnCards).toBe(1);
      return takeShownCalls(b.doc);
    };
    for (const budget of [undefined, 2]) {
      const small = oneChange(500, budget), large = oneChange(8000, budget);
      expect(small).toBeGreaterThan(0);
      expect(large, `strip budget ${budget}`).toBe(small); // before: 2 calls more per strip (16 vs 250 strips)
    }
  });

  it('finds the card under the pointer by its row and column', () => {
    const b = board('cards', 500);
    settle(b, frameOf(b.meta));
    const at = (x: number, y: number) => b.renderer.agentAt({ clientX: x, clientY: y } as MouseEvent);
    // 1400 px: 7 columns of 195 px, 6 px apart; a 20-px team heading, then rows 52 px apart.
    expect(at(5, 25)).toBe(0);
    expect(at(200, 25)).toBe(1);
    expect(at(197, 25)).toBe(-1); // the gap between two cards
    expect(at(5, 25 + 52)).toBe(7);
    expect(at(5, 10)).toBe(-1); // the heading
    // The chat team's 225 cards end in a row of 1; the next team starts a new row under its heading.
    const lastChatRow = 20 + 32 * 52;
    expect(at(5, lastChatRow + 5)).toBe(224);
    expect(at(200, lastChatRow + 5)).toBe(-1);
    expect(at(5, lastChatRow + 52 + 20 + 5)).toBe(225);
  });
});

describe('the one-cell-per-agent board', () => {
  it('paints every agent\'s cell in its state\'s colour, whatever the number of agents', () => {
    const n = 100_000;
    const b = board('cells', n);
    const frame = frameOf(b.meta, (a) => {
      for (let i = 0; i < n; i += 7) a[i * AGENT_FIELDS + A_MESSAGING] = 1;
    });
    expect(b.draw(frame)).toBe(true);
    expect(b.renderer.drawnCards).toBe(n);
    const l = densityLayout(b.roster.blocks.map((t) => t.count), 1400);
    expect(l.height).toBeLessThanOrEqual(560);
    const canvases = b.doc.canvases.filter((c) => c.parentElement);
    expect(canvases.length).toBe(4); // one per team
    const rgba = (color: string) => [parseInt(color.slice(1, 3), 16), parseInt(color.slice(3, 5), 16), parseInt(color.slice(5, 7), 16), 255];
    let wrong = 0;
    b.roster.blocks.forEach((t, k) => {
      const img = canvases[k]!.context!.image!;
      for (let j = 0; j < t.count; j++) {
        const [x, y] = cellOrigin(l, j), o = (y * img.width + x) * 4;
        const i = t.start + j, want = rgba(CELL_STATES[cellState(frame.agents, i, b.roster.capMessaging[i]!, b.roster.capEmail[i]!, b.roster.capVoice[i]!)]!.color);
        if (want.some((v, c) => img.data[o + c] !== v)) wrong++;
      }
    });
    expect(wrong).toBe(0);
    // Idle, some in use, and over capacity (a phone agent with a chat) all appear.
    const states = new Set(Array.from({ length: n }, (_, i) => cellState(frame.agents, i, b.roster.capMessaging[i]!, b.roster.capEmail[i]!, b.roster.capVoice[i]!)));
    expect([...states].sort()).toEqual([CELL_IDLE, CELL_SOME, CELL_OVER]);
  });

  it('an update that changes one agent repaints that cell only and hands the browser its rows only', () => {
    for (const n of [2_000, 100_000]) {
      const b = board('cells', n);
      b.draw(frameOf(b.meta));
      takeShownCalls(b.doc);
      for (const c of b.doc.canvases) c.context && (c.context.puts.length = 0);
      const i = b.roster.blocks[1]!.start + 5;
      expect(b.draw(frameOf(b.meta, (a) => (a[i * AGENT_FIELDS + A_STATUS] = 1)))).toBe(true);
      expect(b.renderer.drawnCards).toBe(1);
      const puts = b.doc.canvases.flatMap((c) => c.context?.puts ?? []);
      const l = densityLayout(b.roster.blocks.map((t) => t.count), 1400);
      expect(puts).toEqual([{ x: 0, y: 0, w: expect.any(Number), h: l.cell }]);
      expect(takeShownCalls(b.doc)).toBe(1);
      // Nothing changed: nothing drawn.
      expect(b.draw(frameOf(b.meta, (a) => (a[i * AGENT_FIELDS + A_STATUS] = 1)))).toBe(false);
    }
  });

  it('finds the agent under the pointer from the cell it points at', () => {
    const b = board('cells', 10_000);
    b.draw(frameOf(b.meta));
    const l = densityLayout(b.roster.blocks.map((t) => t.count), 1400);
    const canvases = b.doc.canvases.filter((c) => c.parentElement);
    const at = (k: number, x: number, y: number) => b.renderer.agentAt({ target: canvases[k], offsetX: x, offsetY: y } as unknown as MouseEvent);
    expect(at(0, 0, 0)).toBe(0);
    expect(at(1, l.pitch * 3 + 0.5, l.pitch + 0.5)).toBe(b.roster.blocks[1]!.start + l.cols + 3);
    expect(at(3, l.pitch * (l.cols - 1), l.pitch * (l.blocks[3]!.rows + 2))).toBe(-1); // below the last row
  });
});
