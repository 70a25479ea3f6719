// The views of one panel, laid out and fed together. While the run streams in, the charts,
// the agent board and the flow diagram play replication 0 up to the time shown; once the
// replications are done, the tiles and the wait distribution show the report (mean ± 95 %).

import type { Frame, FrameFigures, RunMeta } from '../protocol.ts';
import type { Report } from '../../sim/run/Report.ts';
import { createTiles } from '../views/tiles.ts';
import type { ErlangByChannel } from '../views/tiles.ts';
import { createQueueChart } from '../views/queueChart.ts';
import { createCapacityChart } from '../views/capacityChart.ts';
import { createAgentBoard } from '../views/agentBoard.ts';
import { createFlowDiagram } from '../views/flowDiagram.ts';
import { createWaitDistribution } from '../views/waitDistribution.ts';
import type { View } from '../views/viewKit.ts';
import { SharedDomain } from '../views/SharedDomain.ts';
import { FrameBudget } from './FrameBudget.ts';
import { playedQueueNote } from '../views/queueNote.ts';

/**
 * While a run streams in, every live view has new data on every animation frame; drawing them
 * all in one frame made tasks of 50–90 ms. They take turns instead: views are drawn until this
 * much script time has gone, and the rest are drawn first in the next frame.
 */
const STREAMING_BUDGET_MS = 14;
/**
 * While a run streams in, the agent board draws the cards of at most this many of its strips
 * per update (the strips with changes in turn): each strip drawn on is handed to the compositor
 * whole, which the browser does on the main thread.
 */
const STREAMING_BOARD_STRIPS = 2;

export type { ErlangByChannel };

export interface PanelData {
  meta: RunMeta;
  /** The frames so far (the charts read their figures, not the agents). */
  frames: readonly FrameFigures[];
  /** The frame at the time shown, with every agent's numbers (null before the first). */
  frame: Frame | null;
  t: number;
  report: Report | null;
  erlang: ErlangByChannel;
  progress: { done: number; total: number };
}

export interface PanelViews {
  /** Before the run's data come: builds the next view not built yet (one per call, so once per animation frame). */
  prepare(): void;
  /** Draws the data; false while views are still being built (call again next frame). */
  update(d: PanelData): boolean;
  /** A new run: forget what the views showed. */
  reset(): void;
  destroy(): void;
}

/**
 * The domains the panels' matching charts share, so that side by side the same height is the
 * same number of tickets or units, or the same share of answered tickets, in both panels (and
 * the wait histograms show the same bins). One per page.
 */
export interface PanelScales {
  queue: SharedDomain;
  capacity: SharedDomain;
  wait: SharedDomain;
}

export function createPanelScales(): PanelScales {
  return { queue: new SharedDomain(), capacity: new SharedDomain(), wait: new SharedDomain() };
}

interface Slot<V extends View<never>> {
  host: HTMLElement;
  view: V | null;
  make: (host: HTMLElement) => V;
}

export function createPanelViews(root: HTMLElement, scales: PanelScales = createPanelScales()): PanelViews {
  const grid = document.createElement('div');
  grid.className = 'panel-views';
  root.append(grid);
  const place = (cls: string) => {
    const el = document.createElement('div');
    el.className = `panel-view ${cls}`;
    grid.append(el);
    return el;
  };
  const slot = <V extends View<never>>(cls: string, make: (host: HTMLElement) => V): Slot<V> => ({ host: place(cls), view: null, make });
  const tiles = slot('view-tiles', (h) => createTiles(h));
  // The charts' first drawings go in steps (the frame, then a panel's lines per update).
  const queue = slot('view-queue', (h) => createQueueChart(h, { sharedY: scales.queue, inSteps: true }));
  const capacity = slot('view-capacity', (h) => createCapacityChart(h, { sharedY: scales.capacity, inSteps: true }));
  const agents = slot('view-agents', (h) => createAgentBoard(h));
  const flow = slot('view-flow', (h) => createFlowDiagram(h, { title: 'Where tickets went (first replication, so far)' }));
  const wait = slot('view-wait', (h) => createWaitDistribution(h, { shared: scales.wait }));
  const slots: Slot<View<never>>[] = [tiles, queue, capacity, agents, flow, wait];
  // The wait distribution shows the report: hidden until there is one. Hidden, it is built
  // without a width and draws once shown (its labels are measured: they need to be shown).
  wait.host.hidden = true;
  // Under the queue chart: why its line stays at 0 when the replication played queued nobody
  // and others did (queueNote.ts); shown with the report.
  const queueNote = document.createElement('p');
  queueNote.className = 'panel-queue-note';
  queueNote.setAttribute('role', 'note');
  const showQueueNote = (text: string | null) => {
    queueNote.textContent = text ?? '';
    queueNote.hidden = text === null;
    if (text !== null) queue.host.append(queueNote);
  };
  /** The report the wait distribution shows, and the one the tiles show (an update before it). */
  let shownReport: Report | null = null;
  let tilesReport: Report | null = null;
  const streaming = new FrameBudget(STREAMING_BUDGET_MS);
  // Building a view makes the page lay out again, and its size is then reported to it: build at
  // most one view per animation frame. They are built before the run's data come (prepare(),
  // while the worker starts), so that while the run streams in, no view is built, and each
  // view's first drawing (at the size it already knows) happens in update(), within the budget.
  let builtThisFrame = false;
  /** Whether any view has been given data since it was built (reset() then rebuilds them). */
  let fed = false;
  const live = <V extends View<never>>(s: Slot<V>): V | null => {
    if (s.view) return s.view;
    if (builtThisFrame) return null;
    builtThisFrame = true;
    return (s.view = s.make(s.host));
  };

  const clear = () => {
    for (const s of slots) {
      s.view?.destroy();
      s.view = null;
      s.host.replaceChildren();
    }
    wait.host.hidden = true;
    showQueueNote(null);
    shownReport = null;
    tilesReport = null;
  };

  return {
    prepare() {
      builtThisFrame = false;
      const next = slots.find((s) => s.view === null);
      if (next) live(next);
    },
    update(d) {
      builtThisFrame = false;
      fed = true;
      if (d.report === null) {
        wait.host.hidden = true;
        live(tiles)?.update({ report: null, meta: d.meta, progress: d.progress });
      } else if (d.report !== shownReport) {
        // The report changes once per run: draw the report views then, not on every tick; the
        // tiles in one update, the wait distribution (shown then, so first laid out and drawn)
        // in the next, each with the page's layout after it.
        const t = live(tiles);
        const w = live(wait);
        if (t && w) {
          if (tilesReport !== d.report) {
            tilesReport = d.report;
            t.update({ report: d.report, erlang: d.erlang, meta: d.meta });
            showQueueNote(playedQueueNote(d.meta, d.frames, d.report));
          } else {
            shownReport = d.report;
            wait.host.hidden = false;
            w.update({ report: d.report, meta: d.meta });
          }
        }
      }
      const drawers: (() => void | boolean)[] = [
        () => live(queue)?.update({ meta: d.meta, frames: d.frames, t: d.t }),
        () => live(capacity)?.update({ meta: d.meta, frames: d.frames, t: d.t }),
        () => live(flow)?.update({ meta: d.meta, flow: d.frame?.flow ?? [] }),
        // The board waits for the first frame (before it, every card would be drawn twice).
        () => (d.frame ? live(agents)?.update({ meta: d.meta, frame: d.frame, ...(d.report === null ? { stripBudget: STREAMING_BOARD_STRIPS } : {}) }) : false),
      ];
      const allDrawn = streaming.draw(drawers, d.report === null);
      const board = d.frame ? agents.view : null;
      const boardDone = d.frame === null || (board !== null && board.complete);
      const chartsDone = queue.view?.complete !== false && capacity.view?.complete !== false;
      return allDrawn && boardDone && chartsDone && slots.every((s) => s.view !== null || (s === wait && d.report === null) || (s === agents && d.frame === null))
        && (d.report === null || shownReport === d.report);
    },
    reset() {
      // Views that were only built (not given data) show nothing yet: keep them.
      if (!fed) return;
      fed = false;
      clear();
      streaming.forget();
    },
    destroy() {
      clear();
      grid.remove();
    },
  };
}
