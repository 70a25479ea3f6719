// The agent board's numbers (viz/views/teamFigures.ts): one pass over a frame gives each team's
// figures and the board's; the board's are the sums of the teams', equal a recount agent by
// agent, and the summary says them as before ("x of y slots in use", as the capacity chart):
// x is what the capacity counts, and work held off capacity (R29) is said apart, "(+n held off capacity)".

import { describe, expect, it } from 'vitest';
import type { RunMeta } from '../../viz/protocol.ts';
import { boardRoster, boardFigures, summaryText, teamLine, teamHeading } from '../../viz/views/teamFigures.ts';
import { columnsOfList } from '../../viz/agentColumns.ts';

const cap = (messaging: number, email: number, voice: number) => ({ messaging, email, voice });
const meta = {
  agents: columnsOfList([
    { name: 'chat-1', team: 'chat', capacity: cap(3, 2, 0) },
    { name: 'chat-2', team: 'chat', capacity: cap(3, 2, 0) },
    { name: 'chat-3', team: 'chat', capacity: cap(3, 2, 0) },
    { name: 'phones-1', team: 'phones', capacity: cap(0, 2, 1) },
    { name: 'phones-2', team: 'phones', capacity: cap(0, 2, 1) },
  ]),
} as RunMeta;
// [messaging, email, voice, status] per agent: chat-1 online with 4 chats (over), chat-2 away
// with an email, chat-3 offline still holding an email (held off capacity: offline counts no
// capacity); phones-1 on a call with an email, phones-2 transfers only in wrap-up.
const A = Int32Array.from([4, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 3, 0, 1, 1, 0, 0, 0, 2, 2]);

describe('boardFigures', () => {
  it('gives each team\'s figures and the board\'s, their sums', () => {
    const r = boardRoster(meta);
    expect(r.blocks.map((b) => [b.team, b.start, b.count])).toEqual([['chat', 0, 3], ['phones', 3, 2]]);
    const { total, teams } = boardFigures(r, A);
    expect(teams[0]).toEqual({ agents: 3, status: [1, 1, 0, 1], messagingUsed: 4, messagingOpen: 3, messagingHeldOff: 0, emailUsed: 1, emailOpen: 4, emailHeldOff: 1, calls: 0, wraps: 0, over: 1 });
    expect(teams[1]).toEqual({ agents: 2, status: [1, 0, 1, 0], messagingUsed: 0, messagingOpen: 0, messagingHeldOff: 0, emailUsed: 1, emailOpen: 2, emailHeldOff: 0, calls: 1, wraps: 1, over: 0 });
    expect(total).toEqual({ agents: 5, status: [2, 1, 1, 1], messagingUsed: 4, messagingOpen: 3, messagingHeldOff: 0, emailUsed: 2, emailOpen: 6, emailHeldOff: 1, calls: 1, wraps: 1, over: 1 });
  });

  it('says the board\'s figures in the summary, and each team\'s in its line', () => {
    const r = boardRoster(meta);
    const { total, teams } = boardFigures(r, A);
    expect(summaryText(r, null)).toBe('5 agents · waiting for the first frame');
    expect(summaryText(r, total)).toBe('5 agents: 2 online, 1 away, 1 transfers only, 1 offline · messaging: 4 of 3 slots in use'
      + ' · email: 2 of 6 slots in use (+1 held off capacity) · 1 on calls, 1 in wrap-up · 1 over capacity');
    expect(teamHeading(r.blocks[0]!)).toBe('chat · 3 agents · capacity 3 messaging / 2 email / 0 voice');
    expect(teamLine(r.blocks[0]!, teams[0]!)).toBe('1 online, 1 away, 1 offline · messaging 4 of 3 in use · email 1 of 4 in use (+1 held off capacity) · 1 over capacity');
    expect(teamLine(r.blocks[1]!, teams[1]!)).toBe('1 online, 1 transfers only · email 1 of 2 in use · 1 on calls, 1 in wrap-up');
  });

  it('on a large board, the teams add up to the board and to a recount agent by agent', () => {
    const n = 20_000;
    const teams = ['a', 'b', 'c'];
    const list = Array.from({ length: n }, (_, i) => ({ name: `x${i}`, team: teams[Math.floor((i * 3) / n)]!, capacity: cap(i % 4, (i >> 2) % 3, i % 2) }));
    const big = { agents: columnsOfList(list) } as RunMeta;
    const F = new Int32Array(n * 4).map((_, k) => (k % 4 === 3 ? (k >> 3) % 4 : (k * 7919) % 5));
    const r = boardRoster(big);
    const { total, teams: per } = boardFigures(r, F);
    expect(per.length).toBe(3);
    for (const key of ['agents', 'messagingUsed', 'messagingOpen', 'messagingHeldOff', 'emailUsed', 'emailOpen', 'emailHeldOff', 'calls', 'wraps', 'over'] as const) {
      expect(per.reduce((s, f) => s + f[key], 0), key).toBe(total[key]);
    }
    let mu = 0, mo = 0, eu = 0, eo = 0, mc = 0, ec = 0, over = 0;
    for (let i = 0; i < n; i++) {
      const s = F[i * 4 + 3]!, c = list[i]!.capacity;
      // Counted as the capacity chart counts (FrameRecorder.isOff), the rest held off.
      if (s === 0 && c.messaging > 0) mu += F[i * 4]!;
      else mo += F[i * 4]!;
      if (s <= 1 && c.email > 0) eu += F[i * 4 + 1]!;
      else eo += F[i * 4 + 1]!;
      if (s === 0) mc += c.messaging;
      if (s <= 1) ec += c.email;
      if (F[i * 4]! > c.messaging || F[i * 4 + 1]! > c.email) over++;
    }
    expect([total.messagingUsed, total.messagingHeldOff, total.messagingOpen, total.emailUsed, total.emailHeldOff, total.emailOpen, total.over]).toEqual([mu, mo, mc, eu, eo, ec, over]);
    expect(mo).toBeGreaterThan(0);
    expect(eo).toBeGreaterThan(0);
  });
});
