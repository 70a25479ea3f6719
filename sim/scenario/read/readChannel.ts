// One channel's traffic and work: arrivals, handle time, patience, service-level threshold,
// the mix of priorities and groups of its tickets, their tags, and channel-specific parts
// (voice wrap-up; email pending/reply cycle).

import type { ChannelConfig, WeightedName } from '../Scenario.ts';
import type { ChannelName } from '../../model/codes.ts';
import { PRIORITIES } from '../../model/codes.ts';
import type { Problems } from './Problems.ts';
import { defaultChannel } from '../defaults.ts';
import { duration, fraction, join, mapping, names, oneOf, weight } from './fields.ts';
import { readArrivals } from './readArrivals.ts';
import { readDistribution } from './readDistribution.ts';
import { describeValue } from './describeValue.ts';
import { readConversation, readOffers } from './readConversation.ts';
import { readSkillMix, readSla } from './readSkills.ts';
import { readBrandMix } from './readBrands.ts';
import { readCallOffers } from './readAgentWork.ts';
import { readAiAgent } from './readAiAgent.ts';

const COMMON = ['arrivals', 'handleTime', 'patience', 'serviceLevelThreshold', 'priority', 'group', 'tags', 'skills', 'brands', 'sla', 'aiAgent'];
const ONLY: Record<ChannelName, readonly string[]> = {
  messaging: ['conversation', 'offers'],
  email: ['pendingProbability', 'customerReplyAfter'],
  voice: ['wrapUp', 'offers'], // voice offers: R37 (answerTime, declineProbability)
};

export function readChannel(name: ChannelName, v: unknown, path: string, p: Problems): ChannelConfig {
  const out = defaultChannel(name);
  out.enabled = true;
  const m = mapping(v, path, p, [...new Set([...COMMON, ...Object.values(ONLY).flat()])]);
  if (!m) return out;
  for (const other of Object.keys(ONLY) as ChannelName[]) {
    for (const k of ONLY[other]) {
      if (other !== name && m[k] !== undefined && !ONLY[name].includes(k)) p.error(join(path, k), `"${k}" applies to the ${other} channel only`);
    }
  }
  if (m['arrivals'] === undefined) p.error(join(path, 'arrivals'), `the ${name} channel needs arrivals, e.g. arrivals: { rate: 120/h }`);
  else out.arrivals = readArrivals(m['arrivals'], join(path, 'arrivals'), p) ?? out.arrivals;
  if (m['handleTime'] !== undefined) out.handleTime = readDistribution(m['handleTime'], join(path, 'handleTime'), p) ?? out.handleTime;
  if (m['patience'] !== undefined) out.patience = readDistribution(m['patience'], join(path, 'patience'), p) ?? null;
  if (m['serviceLevelThreshold'] !== undefined) {
    out.serviceLevelThreshold = duration(m['serviceLevelThreshold'], join(path, 'serviceLevelThreshold'), p, { min: 0 }) ?? out.serviceLevelThreshold;
  }
  if (m['priority'] !== undefined) out.priorityMix = readPriority(m['priority'], join(path, 'priority'), p) ?? out.priorityMix;
  if (m['group'] !== undefined) out.groupMix = readGroupMix(m['group'], join(path, 'group'), p) ?? out.groupMix;
  if (m['tags'] !== undefined) out.tags = names(m['tags'], join(path, 'tags'), p) ?? out.tags;
  if (m['skills'] !== undefined) out.skills = readSkillMix(m['skills'], join(path, 'skills'), p);
  if (m['brands'] !== undefined) out.brands = readBrandMix(m['brands'], join(path, 'brands'), p);
  if (m['sla'] !== undefined) out.sla = readSla(m['sla'], join(path, 'sla'), p);
  if (m['aiAgent'] !== undefined) out.aiAgent = readAiAgent(m['aiAgent'], join(path, 'aiAgent'), p);
  if (m['wrapUp'] !== undefined) out.wrapUp = readDistribution(m['wrapUp'], join(path, 'wrapUp'), p) ?? null;
  if (m['pendingProbability'] !== undefined) {
    out.pendingProbability = fraction(m['pendingProbability'], join(path, 'pendingProbability'), p) ?? out.pendingProbability;
    if (out.pendingProbability === 1) p.error(join(path, 'pendingProbability'), 'must be below 1, or no email ticket would ever be solved');
  }
  if (m['conversation'] !== undefined && name === 'messaging') out.conversation = readConversation(m['conversation'], join(path, 'conversation'), p);
  if (m['offers'] !== undefined && name === 'messaging') out.offers = readOffers(m['offers'], join(path, 'offers'), p);
  if (m['offers'] !== undefined && name === 'voice') out.callOffers = readCallOffers(m['offers'], join(path, 'offers'), p);
  if (m['customerReplyAfter'] !== undefined) {
    out.customerReplyAfter = readDistribution(m['customerReplyAfter'], join(path, 'customerReplyAfter'), p) ?? out.customerReplyAfter;
  }
  return out;
}

function readPriority(v: unknown, path: string, p: Problems): number[] | undefined {
  if (typeof v === 'string') {
    const name = oneOf(v, path, p, PRIORITIES);
    return name === undefined ? undefined : PRIORITIES.map((x) => (x === name ? 1 : 0));
  }
  const m = mapping(v, path, p, PRIORITIES);
  if (!m) return undefined;
  const weights = PRIORITIES.map((x) => (m[x] === undefined ? 0 : weight(m[x], join(path, x), p) ?? 0));
  if (weights.every((w) => w === 0)) {
    p.error(path, 'priority weights must not all be 0');
    return undefined;
  }
  return weights;
}

function readGroupMix(v: unknown, path: string, p: Problems): WeightedName[] | undefined {
  if (v === null) return [];
  if (typeof v === 'string') return [{ name: v, weight: 1 }];
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const out = Object.entries(v).map(([name, w]) => ({ name, weight: weight(w, join(path, name), p) ?? 0 }));
    if (out.length === 0 || out.every((g) => g.weight === 0)) {
      p.error(path, 'group weights must not all be 0');
      return undefined;
    }
    return out;
  }
  p.error(path, `expected a group name, a mapping of group: weight, or null for no group, got ${describeValue(v)}`);
  return undefined;
}
