// Messaging conversations (`channels.messaging.conversation`) and offers
// (`channels.messaging.offers`): the exchange model, how conversations close (the agents'
// end-session policy among them), abandoned customers, follow-ups (R48).

import type { ConversationConfig, OfferConfig, ClosingMix } from '../Scenario.ts';
import type { CountSpec } from '../../kernel/distributions/CountDistribution.ts';
import type { Problems } from './Problems.ts';
import { defaultConversation, defaultOffers } from '../defaults.ts';
import { duration, fraction, join, list, mapping, number, oneOf } from './fields.ts';
import { readDistribution } from './readDistribution.ts';
import { describeValue } from './describeValue.ts';

const CLOSING_KEYS: (keyof ClosingMix)[] = ['agentSolves', 'agentEndsSession', 'userEndsSession', 'customerGoesSilent'];

export function readConversation(v: unknown, path: string, p: Problems): ConversationConfig {
  const out = defaultConversation();
  const m = mapping(v, path, p, ['mode', 'exchanges', 'agentReplyTime', 'customerThinkTime', 'closing', 'silentSolvedAfter',
    'abandoned', 'followUp', 'endSessionWork']);
  if (!m) return out;
  if (m['mode'] !== undefined) out.mode = oneOf(m['mode'], join(path, 'mode'), p, ['plain', 'exchanges'] as const) ?? out.mode;
  const exchangeKeys = ['exchanges', 'agentReplyTime', 'customerThinkTime'];
  if (out.mode === 'plain') {
    for (const k of exchangeKeys) if (m[k] !== undefined) p.error(join(path, k), `"${k}" applies to mode: exchanges only (this conversation is plain: one handle time)`);
  }
  if (m['exchanges'] !== undefined) out.exchanges = readCount(m['exchanges'], join(path, 'exchanges'), p) ?? out.exchanges;
  if (m['agentReplyTime'] !== undefined) out.agentReplyTime = readDistribution(m['agentReplyTime'], join(path, 'agentReplyTime'), p) ?? out.agentReplyTime;
  if (m['customerThinkTime'] !== undefined) out.customerThinkTime = readDistribution(m['customerThinkTime'], join(path, 'customerThinkTime'), p) ?? out.customerThinkTime;
  if (m['closing'] !== undefined) out.closing = readClosing(m['closing'], join(path, 'closing'), p) ?? out.closing;
  if (m['silentSolvedAfter'] !== undefined) out.silentSolvedAfter = duration(m['silentSolvedAfter'], join(path, 'silentSolvedAfter'), p, { min: 0 }) ?? out.silentSolvedAfter;
  if (m['abandoned'] !== undefined) out.abandoned = oneOf(m['abandoned'], join(path, 'abandoned'), p, ['staysQueued', 'leavesQueue'] as const) ?? out.abandoned;
  if (m['followUp'] !== undefined) {
    const f = mapping(m['followUp'], join(path, 'followUp'), p, ['probability', 'after']);
    if (f) {
      if (f['probability'] !== undefined) out.followUp.probability = fraction(f['probability'], join(path, 'followUp.probability'), p) ?? 0;
      if (f['after'] !== undefined) out.followUp.after = readDistribution(f['after'], join(path, 'followUp.after'), p) ?? out.followUp.after;
    }
  }
  if (m['endSessionWork'] !== undefined) out.endSessionWork = readDistribution(m['endSessionWork'], join(path, 'endSessionWork'), p) ?? null;
  return out;
}

/** Closing weights; keys left out weigh 0 (so `{ agentEndsSession: 0.3, agentSolves: 0.7 }`). */
function readClosing(v: unknown, path: string, p: Problems): ClosingMix | undefined {
  const m = mapping(v, path, p, CLOSING_KEYS);
  if (!m) return undefined;
  const out = { agentSolves: 0, agentEndsSession: 0, userEndsSession: 0, customerGoesSilent: 0 };
  for (const k of CLOSING_KEYS) {
    if (m[k] !== undefined) out[k] = fraction(m[k], join(path, k), p) ?? 0;
  }
  const total = CLOSING_KEYS.reduce((s, k) => s + out[k], 0);
  if (total === 0) {
    p.error(path, `closing weights must not all be 0 (${CLOSING_KEYS.join(', ')})`);
    return undefined;
  }
  return out;
}

/** A count ≥ 1: a whole number, or { distribution: geometric (mean) | uniform (min, max) | empirical (values) }. */
export function readCount(v: unknown, path: string, p: Problems): CountSpec | undefined {
  if (typeof v === 'number') {
    const n = number(v, path, p, { min: 1, whole: true });
    return n === undefined ? undefined : { distribution: 'fixed', value: n };
  }
  const m = mapping(v, path, p, ['distribution', 'mean', 'min', 'max', 'values']);
  if (!m) return undefined;
  const name = oneOf(m['distribution'] ?? 'geometric', join(path, 'distribution'), p, ['geometric', 'uniform', 'empirical'] as const);
  switch (name) {
    case 'geometric': {
      const mean = number(m['mean'], join(path, 'mean'), p, { min: 1 });
      return mean === undefined ? undefined : { distribution: 'geometric', mean };
    }
    case 'uniform': {
      const min = number(m['min'], join(path, 'min'), p, { min: 1, whole: true });
      const max = number(m['max'], join(path, 'max'), p, { min: 1, whole: true });
      if (min !== undefined && max !== undefined && max < min) p.error(join(path, 'max'), `max (${max}) is below min (${min})`);
      return min === undefined || max === undefined || max < min ? undefined : { distribution: 'uniform', min, max };
    }
    case 'empirical': {
      const l = list(m['values'], join(path, 'values'), p);
      if (!l) return undefined;
      if (l.length === 0) {
        p.error(join(path, 'values'), 'needs at least one observed count');
        return undefined;
      }
      const values = l.map((x, i) => number(x, join(join(path, 'values'), i), p, { min: 1, whole: true }));
      return values.some((x) => x === undefined) ? undefined : { distribution: 'empirical', values: values as number[] };
    }
  }
  if (name === undefined && m['distribution'] === undefined) p.error(path, `expected a whole number ≥ 1 or a count distribution, got ${describeValue(v)}`);
  return undefined;
}

export function readOffers(v: unknown, path: string, p: Problems): OfferConfig {
  const out = defaultOffers();
  const m = mapping(v, path, p, ['acceptTime', 'missProbability']);
  if (!m) return out;
  if (m['acceptTime'] !== undefined) out.acceptTime = readDistribution(m['acceptTime'], join(path, 'acceptTime'), p) ?? out.acceptTime;
  if (m['missProbability'] !== undefined) out.missProbability = fraction(m['missProbability'], join(path, 'missProbability'), p) ?? 0;
  return out;
}
