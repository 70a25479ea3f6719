// Which agents' capacity a channel counts, by the frames' status codes (0 online, 1 away,
// 2 transfers only, 3 offline): online agents for every channel, away ones for email only
// (R19). The worker's capacity figures and the agent board read it alike, so the board's
// "x of y slots in use (+n held off capacity)" is the capacity chart's.

/** 1 when an agent of status code `st` counts toward channel c's available capacity, else 0. */
export function countsFor(st: number, c: number): number {
  return st === 0 || (st === 1 && c === 1) ? 1 : 0;
}
