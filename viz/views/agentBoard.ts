// Every agent at the time shown: a summary line of the whole board, then each agent as a card
// (status, messaging slots, email load, call; boardCards.ts) or — for teams too large for cards
// to be read or drawn, and whenever the user asks — as one small cell per agent under a line of
// its team's figures (boardDensity.ts). Hovering an agent shows its numbers either way. The
// figures come from one pass over the frame (teamFigures.ts), so the summary, the team lines
// and the tooltips agree, whatever the board's size.

import type { Frame, RunMeta } from '../protocol.ts';
import { AGENT_FIELDS, A_MESSAGING, A_EMAIL, A_VOICE, A_STATUS } from '../protocol.ts';
import { CHANNEL_COLOR, STATUS_NAMES, STATUS_COLOR, STATUS_SHAPE, WARN, legend } from './palette.ts';
import type { LegendItem } from './palette.ts';
import { viewRoot, createTooltip, observeWidth } from './viewKit.ts';
import type { View, TooltipRow } from './viewKit.ts';
import { boardRoster, boardFigures, summaryText } from './teamFigures.ts';
import { agentName, agentTeam, agentCapacity } from '../agentColumns.ts';
import type { BoardRoster, Figures } from './teamFigures.ts';
import { cellLegend } from './agentCellState.ts';
import { createCardBoard } from './boardCards.ts';
import { createDensityBoard } from './boardDensity.ts';
import type { BoardRenderer } from './BoardRenderer.ts';

export interface AgentBoardData {
  meta: RunMeta;
  /** The frame at the time shown; null before the first one (cards drawn without status). */
  frame: Frame | null;
  /**
   * Strips with changes drawn by this update, at most (the others in later updates, in turn);
   * all of them when absent.
   */
  stripBudget?: number;
}

/** Cards, or one cell per agent. */
export type BoardMode = 'cards' | 'cells';

export interface AgentBoardOptions {
  title?: string | false;
  /** Smallest card width in CSS pixels (default 176). */
  minCardWidth?: number;
  /** How to show the agents first (default: cards up to CARDS_BY_DEFAULT agents); cards never above CARDS_AT_MOST. */
  mode?: BoardMode;
}

/** The board, plus how many cards its last drawing touched (for measurements). */
export interface AgentBoard extends View<AgentBoardData> {
  /** False when the update drew nothing (nothing changed). */
  update(data: AgentBoardData): boolean;
  readonly drawnCards: number;
  /** False while cards wait for their first rendering (call update again next frame). */
  readonly complete: boolean;
  /** How the agents are shown now. */
  readonly mode: BoardMode;
}

/**
 * Up to this many agents, cards are shown unless the user asks for cells: 300 cards are about
 * three screens at a laptop's width, and more are scrolled past rather than read.
 */
export const CARDS_BY_DEFAULT = 300;
/**
 * Above this many agents, cells only: a card board of n agents is n × 10,000 px² of canvas
 * (100,000 agents: 870,000 px tall, 4 GB of canvas), which no one reads and no browser holds.
 */
export const CARDS_AT_MOST = 1000;

/** The mode the user last picked on this page, for the boards of later runs. */
let picked: BoardMode | null = null;

const CARD_LEGEND: LegendItem[] = [
  ...STATUS_NAMES.map((s) => ({ label: s, color: STATUS_COLOR[s], shape: STATUS_SHAPE[s] })),
  { label: 'messaging slot in use / free', color: CHANNEL_COLOR.messaging, shape: 'circle' as const },
  { label: 'email slots in use', color: CHANNEL_COLOR.email, shape: 'square' as const },
  { label: 'on a call (pill: call / wrap / idle)', color: CHANNEL_COLOR.voice, shape: 'square' as const },
  { label: 'over capacity (R29)', color: WARN, shape: 'ring' as const },
];

export function createAgentBoard(container: HTMLElement, options: AgentBoardOptions = {}): AgentBoard {
  const { root, subtitle } = viewRoot(container, 'ov-board', options.title ?? 'Agents', '');
  if (subtitle) subtitle.className = 'ov-board-summary';
  const doc = root.ownerDocument;
  const bar = doc.createElement('div');
  bar.className = 'ov-board-bar';
  const note = doc.createElement('span');
  note.className = 'ov-board-note';
  const toggle = doc.createElement('div');
  toggle.className = 'ov-board-modes';
  toggle.setAttribute('role', 'group');
  toggle.setAttribute('aria-label', 'Show agents as');
  const modeButtons = (['cards', 'cells'] as const).map((mode) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.dataset['mode'] = mode;
    b.textContent = mode === 'cards' ? 'Cards' : 'One cell per agent';
    b.addEventListener('click', () => {
      picked = mode;
      setMode(mode);
      finish();
    });
    toggle.append(b);
    return b;
  });
  bar.append(toggle, note);
  root.append(bar);
  const legendHost = doc.createElement('div');
  root.append(legendHost);
  const host = doc.createElement('div');
  host.className = 'ov-board-agents';
  root.append(host);
  const tooltip = createTooltip(root);
  const minCardW = options.minCardWidth ?? 176;

  let width = 0;
  let meta: RunMeta | null = null;
  let roster: BoardRoster | null = null;
  let frame: Frame | null = null;
  let teams: Figures[] | null = null;
  let stripBudget: number | undefined;
  let mode: BoardMode | null = null;
  let renderer: BoardRenderer | null = null;
  let summaryShown = '';
  let hoverIndex = -1;
  let hoverAt: [number, number] = [0, 0];

  const stopObserving = observeWidth(root, (w) => {
    width = w;
    draw(true);
    finish();
  });
  /** The animation frame that goes on drawing after a resize or a click (0: none). */
  let finishing = 0;

  /**
   * Draws on at each animation frame until every card is drawn: a resize or a change of mode
   * lays the board out again outside the page's updates, which stop while the playback is
   * paused, and the cards' first drawing is spread over a few frames.
   */
  function finish(): void {
    const win = doc.defaultView;
    if (finishing || !win || !renderer || renderer.complete) return;
    finishing = win.requestAnimationFrame(() => {
      finishing = 0;
      draw(false);
      finish();
    });
  }

  /**
   * Shows the agents as `m` (cards only up to CARDS_AT_MOST agents) and draws them all; a new
   * renderer when the mode changes.
   */
  function setMode(m: BoardMode): boolean {
    const n = meta?.agents.count ?? 0;
    const next: BoardMode = n > CARDS_AT_MOST ? 'cells' : m;
    if (next !== mode || !renderer) {
      mode = next;
      renderer?.destroy();
      renderer = next === 'cards' ? createCardBoard(host, minCardW) : createDensityBoard(host);
      hoverIndex = -1;
      tooltip.hide();
      legend(legendHost, next === 'cards' ? CARD_LEGEND : cellLegend());
      for (const b of modeButtons) b.setAttribute('aria-pressed', String(b.dataset['mode'] === next));
      // As an image with the summary for its words (cards); the cells' team lines are text of their own.
      if (next === 'cards') host.setAttribute('role', 'img');
      else host.removeAttribute('role');
    }
    toggle.hidden = n > CARDS_AT_MOST;
    note.textContent = next === 'cards' ? ''
      : n > CARDS_AT_MOST ? `One cell per agent: cards are drawn for up to ${CARDS_AT_MOST} agents. Hover a cell for its agent.`
        : 'Hover a cell for its agent.';
    return draw(true);
  }

  /** Draws the frame (everything when forced); false if nothing changed. */
  function draw(force: boolean): boolean {
    const m = meta, r = roster;
    if (!m || !r || !renderer || width === 0) return false;
    const drew = renderer.draw({ meta: m, roster: r, frame, teams, width, force, ...(stripBudget !== undefined ? { stripBudget } : {}) });
    if (hoverIndex >= 0) showTooltip(hoverIndex);
    return drew;
  }

  function summarize(r: BoardRoster, A: ArrayLike<number> | null): void {
    const figures = A ? boardFigures(r, A) : null;
    teams = figures?.teams ?? null;
    const text = summaryText(r, figures?.total ?? null);
    if (text !== summaryShown) {
      summaryShown = text;
      if (subtitle) subtitle.textContent = text;
      host.setAttribute('aria-label', `Agent board. ${text}`);
    }
  }

  function showTooltip(i: number): void {
    const m = meta;
    if (!m || i >= m.agents.count) return;
    const a = { name: agentName(m.agents, i), team: agentTeam(m.agents, i), capacity: agentCapacity(m.agents, i) };
    const A = frame?.agents;
    const rows: TooltipRow[] = [{ label: 'team', value: a.team }];
    if (!A) rows.push({ label: 'status', value: 'no data yet' });
    else {
      const o = i * AGENT_FIELDS;
      const s = STATUS_NAMES[A[o + A_STATUS]!] ?? 'offline';
      rows.push({ label: 'status', value: s, color: STATUS_COLOR[s] });
      const msg = A[o + A_MESSAGING]!, mail = A[o + A_EMAIL]!, v = A[o + A_VOICE]!;
      if (a.capacity.messaging > 0 || msg > 0) {
        const over = msg > a.capacity.messaging;
        rows.push({ label: 'messaging', value: `${msg} of ${a.capacity.messaging}${over ? ' — over capacity (R29)' : ''}`, color: over ? WARN : CHANNEL_COLOR.messaging });
      }
      if (a.capacity.email > 0 || mail > 0) {
        const over = mail > a.capacity.email;
        rows.push({ label: 'email', value: `${mail} of ${a.capacity.email}${over ? ' — over capacity' : ''}`, color: over ? WARN : CHANNEL_COLOR.email });
      }
      if (a.capacity.voice > 0) rows.push({ label: 'voice', value: v === 1 ? 'on a call' : v === 2 ? 'wrap-up' : 'idle', color: CHANNEL_COLOR.voice });
    }
    tooltip.show({ title: a.name, rows }, hoverAt[0], hoverAt[1]);
  }

  host.addEventListener('pointermove', (ev) => {
    if (!renderer) return;
    const rr = root.getBoundingClientRect();
    hoverIndex = renderer.agentAt(ev);
    hoverAt = [ev.clientX - rr.left, ev.clientY - rr.top];
    renderer.hover(hoverIndex);
    if (hoverIndex < 0) tooltip.hide();
    else showTooltip(hoverIndex);
  });
  host.addEventListener('pointerleave', () => {
    hoverIndex = -1;
    renderer?.hover(-1);
    tooltip.hide();
  });

  return {
    update(data) {
      const newRun = data.meta !== meta, newFrame = newRun || data.frame !== frame;
      meta = data.meta;
      frame = data.frame;
      stripBudget = data.stripBudget;
      if (newRun) roster = boardRoster(meta);
      if (newFrame) summarize(roster!, frame?.agents ?? null);
      if (newRun) return setMode(picked ?? options.mode ?? (meta.agents.count <= CARDS_BY_DEFAULT ? 'cards' : 'cells'));
      return draw(false);
    },
    get drawnCards() {
      return renderer?.drawnCards ?? 0;
    },
    get complete() {
      return renderer?.complete ?? true;
    },
    get mode() {
      return mode ?? 'cards';
    },
    destroy() {
      stopObserving();
      if (finishing) doc.defaultView?.cancelAnimationFrame(finishing);
      renderer?.destroy();
      root.remove();
    },
  };
}
