// Capacity rules (R25: each agent has exactly one; a team without one gets "default") and
// the teams of agents: `{ team, count, capacity | capacityRule, groups, status }`.

import type { CapacityRule, TeamConfig } from '../Scenario.ts';
import type { Problems } from './Problems.ts';
import { AGENT_STATUSES } from '../../model/codes.ts';
import { DEFAULTS } from '../defaults.ts';
import { duration, join, list, mapping, names, number, oneOf, text } from './fields.ts';
import { readWeek } from './readSchedules.ts';
import { readTeamSkills } from './readSkills.ts';
import { readTeamBrands } from './readBrands.ts';
import { TEAM_WORK_KEYS, readTeamWork } from './readAgentWork.ts';

const CAPACITY_KEYS = ['messaging', 'email', 'voice'];
/** The most agents a team (or a slot of its staffing curve) may have; the page's knobs take as many. */
export const MAX_TEAM_COUNT = 100000;

export function readCapacity(v: unknown, path: string, p: Problems, name: string): CapacityRule | undefined {
  const m = mapping(v, path, p, [...CAPACITY_KEYS, 'talk']);
  if (!m) return undefined;
  if (m['talk'] !== undefined && m['voice'] !== undefined) p.error(join(path, 'talk'), 'give voice or talk, not both');
  const voiceKey = m['talk'] !== undefined ? 'talk' : 'voice';
  const read = (key: string, max: number) => (m[key] === undefined ? 0 : number(m[key], join(path, key), p, { min: 0, max, whole: true }));
  const messaging = read('messaging', 500);
  const email = read('email', 500);
  const voice = read(voiceKey, 1); // R25: talk capacity is 0 or 1
  if (messaging === undefined || email === undefined || voice === undefined) return undefined;
  return { name, messaging, email, voice };
}

export function readCapacityRules(v: unknown, path: string, p: Problems): CapacityRule[] {
  const rules: CapacityRule[] = [];
  if (v === undefined) return rules;
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    p.error(path, 'expected a mapping of rule name: { messaging, email, voice }');
    return rules;
  }
  for (const [name, spec] of Object.entries(v)) {
    const r = readCapacity(spec, join(path, name), p, name);
    if (r) rules.push(r);
  }
  return rules;
}

/** Resolves `shift: <schedule name>` once the schedules are read. */
export function resolveShifts(teams: TeamConfig[], schedules: { name: string; week: [number, number][][] }[], path: string, p: Problems): void {
  teams.forEach((t, i) => {
    const named = (t as TeamConfig & { shiftName?: string }).shiftName;
    if (named === undefined) return;
    delete (t as TeamConfig & { shiftName?: string }).shiftName;
    const s = schedules.find((x) => x.name === named);
    if (!s) p.error(join(join(path, i), 'shift'), `unknown schedule "${named}" (schedules: ${schedules.map((x) => x.name).join(', ') || 'none'}); or give hours such as { mon-fri: "08:00-18:00" }`);
    else t.shift = s.week;
  });
}

export function readTeams(v: unknown, path: string, p: Problems, rules: CapacityRule[]): TeamConfig[] {
  const teams: TeamConfig[] = [];
  const l = list(v, path, p);
  if (!l) return teams;
  l.forEach((raw, i) => {
    const at = join(path, i);
    const m = mapping(raw, at, p, ['team', 'count', 'capacity', 'capacityRule', 'groups', 'status', 'shift', 'staffing', 'skills', 'prioritySkills', 'brands', ...TEAM_WORK_KEYS]);
    if (!m) return;
    const name = m['team'] === undefined ? `team${i + 1}` : text(m['team'], join(at, 'team'), p) ?? `team${i + 1}`;
    if (teams.some((t) => t.name === name)) p.error(join(at, 'team'), `team "${name}" is defined twice`);
    const count = m['count'] === undefined ? 1 : number(m['count'], join(at, 'count'), p, { min: 0, max: MAX_TEAM_COUNT, whole: true }) ?? 0;
    let capacityRule: string = DEFAULTS.capacityRule.name;
    if (m['capacity'] !== undefined && m['capacityRule'] !== undefined) {
      p.error(at, 'give capacity or capacityRule, not both (R25: an agent has exactly one capacity rule)');
    } else if (m['capacity'] !== undefined) {
      capacityRule = `${name} (team rule)`;
      const r = readCapacity(m['capacity'], join(at, 'capacity'), p, capacityRule);
      if (r) rules.push(r);
    } else if (m['capacityRule'] !== undefined) {
      capacityRule = text(m['capacityRule'], join(at, 'capacityRule'), p) ?? capacityRule;
      if (!rules.some((r) => r.name === capacityRule) && capacityRule !== DEFAULTS.capacityRule.name) {
        p.error(join(at, 'capacityRule'), `unknown capacity rule "${capacityRule}" (defined: ${rules.map((r) => r.name).join(', ') || 'none'})`);
      }
    }
    const groups = m['groups'] === undefined ? [DEFAULTS.group] : names(m['groups'], join(at, 'groups'), p) ?? [];
    const status = m['status'] === undefined ? DEFAULTS.teamStatus : oneOf(m['status'], join(at, 'status'), p, AGENT_STATUSES) ?? DEFAULTS.teamStatus;
    // A shift is inline hours ({ mon-fri: "08:00-18:00" }) or the name of a schedule (resolved later).
    let shift: [number, number][][] | null = null;
    if (m['shift'] !== undefined && typeof m['shift'] !== 'string') shift = readWeek(m['shift'], join(at, 'shift'), p) ?? null;
    let staffing: TeamConfig['staffing'] = null;
    if (m['staffing'] !== undefined) {
      if (m['shift'] !== undefined) p.error(join(at, 'staffing'), 'give a shift or a staffing curve, not both');
      const sm = mapping(m['staffing'], join(at, 'staffing'), p, ['interval', 'counts']);
      const interval = sm?.['interval'] === undefined ? 1800 : duration(sm['interval'], join(at, 'staffing.interval'), p, { min: 60 });
      const raw = sm ? list(sm['counts'], join(at, 'staffing.counts'), p) : undefined;
      if (interval !== undefined && raw) {
        if (86400 % interval !== 0 || raw.length !== 86400 / interval) {
          p.error(join(at, 'staffing.counts'), `expected ${86400 % interval === 0 ? 86400 / interval : 'a whole day of'} counts (one per ${interval / 60}-minute slot of the day), got ${raw.length}`);
        } else {
          const counts = raw.map((x, j) => number(x, join(join(at, 'staffing.counts'), j), p, { min: 0, max: MAX_TEAM_COUNT, whole: true }) ?? 0);
          staffing = { interval, counts };
        }
      }
    }
    const team: TeamConfig & { shiftName?: string } = {
      name, count: staffing ? Math.max(count, ...staffing.counts) : count, capacityRule, groups, status, shift, staffing,
      ...readTeamSkills(m, at, p), // R18
      ...readTeamBrands(m, at, p), // R7
      ...readTeamWork(m, at, p, staffing ? Math.max(count, ...staffing.counts) : count, m['shift'] !== undefined || m['staffing'] !== undefined), // breaks, endOfShift, disconnects
    };
    if (typeof m['shift'] === 'string') team.shiftName = m['shift'];
    teams.push(team);
  });
  return teams;
}
