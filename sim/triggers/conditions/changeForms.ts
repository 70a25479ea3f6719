// Predicates for a field read as a small integer: is / is_not (one or several values),
// less_than / greater_than for ordered fields, and the "changed" forms comparing the value at
// the start of the update with the value now (R47, R51). While a ticket is being created every
// field counts as changed from nothing ("even if the value previously did not exist").

import type { Ticket } from '../../model/Ticket.ts';
import type { TicketSnapshot } from '../../model/TicketSnapshot.ts';
import type { Predicate } from './ConditionField.ts';

export function changeForm(
  operator: string,
  codes: readonly number[],
  now: (t: Ticket) => number,
  before: (s: TicketSnapshot) => number,
): Predicate | string {
  const c = codes[0]!;
  const has = (x: number) => (codes.length === 1 ? x === c : codes.includes(x));
  switch (operator) {
    case 'is': return (t) => has(now(t));
    case 'is_not': return (t) => !has(now(t));
    case 'less_than': return (t) => now(t) < c;
    case 'greater_than': return (t) => now(t) > c;
    case 'changed': return (t, ctx) => ctx.previous === null || before(ctx.previous) !== now(t);
    case 'not_changed': return (t, ctx) => ctx.previous !== null && before(ctx.previous) === now(t);
    case 'changed_to': return (t, ctx) => has(now(t)) && (ctx.previous === null || !has(before(ctx.previous)));
    case 'not_changed_to': return (t, ctx) => !(has(now(t)) && (ctx.previous === null || !has(before(ctx.previous))));
    case 'changed_from': return (t, ctx) => ctx.previous !== null && has(before(ctx.previous)) && !has(now(t));
    case 'not_changed_from': return (t, ctx) => !(ctx.previous !== null && has(before(ctx.previous)) && !has(now(t)));
  }
  return `unknown operator "${operator}"`;
}
