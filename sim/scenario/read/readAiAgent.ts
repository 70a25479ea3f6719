// A channel's AI agent (R6): `aiAgent: { share: 100%, resolves: 40%, handleTime: 3m }`.

import type { AiAgentConfig } from '../AiAgentConfig.ts';
import type { DistributionSpec } from '../../kernel/distributions/Distribution.ts';
import { AI_AGENT_SHARE } from '../defaults.ts';
import type { Problems } from './Problems.ts';
import { fraction, join, mapping } from './fields.ts';
import { readDistribution } from './readDistribution.ts';

export function readAiAgent(v: unknown, path: string, p: Problems): AiAgentConfig | null {
  if (v === null) return null;
  const m = mapping(v, path, p, ['share', 'resolves', 'handleTime']);
  if (!m) return null;
  const share = m['share'] === undefined ? AI_AGENT_SHARE : fraction(m['share'], join(path, 'share'), p);
  let resolves: number | undefined;
  if (m['resolves'] === undefined) p.error(join(path, 'resolves'), 'an AI agent needs the share of its tickets it resolves without a human, e.g. resolves: 40%');
  else resolves = fraction(m['resolves'], join(path, 'resolves'), p);
  let handleTime: DistributionSpec | undefined;
  if (m['handleTime'] === undefined) {
    p.error(join(path, 'handleTime'), 'an AI agent needs the time a ticket spends with it before it is resolved or escalated, e.g. handleTime: { distribution: lognormal, mean: 3m, cv: 1 }');
  } else {
    handleTime = readDistribution(m['handleTime'], join(path, 'handleTime'), p);
  }
  if (share === undefined || resolves === undefined || handleTime === undefined) return null;
  return { share, resolves, handleTime };
}
