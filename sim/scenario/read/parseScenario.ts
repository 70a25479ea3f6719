// Scenario text (YAML, or JSON which is YAML too) → a checked, compiled scenario, or every
// problem found, each with its path and its line and column in the file. No file system
// here: the CLI and the browser both hand in text.

import type { Scenario, TeamConfig, ChannelConfig, ReportWindow } from '../Scenario.ts';
import type { ChannelName } from '../../model/codes.ts';
import { CHANNELS } from '../../model/codes.ts';
import { DEFAULTS, defaultChannel } from '../defaults.ts';
import { Problems } from './Problems.ts';
import type { Problem } from './Problems.ts';
import { duration, join, list, mapping, number, oneOf, text } from './fields.ts';
import { readInstant } from './readArrivals.ts';
import { RateFunction } from '../../traffic/RateFunction.ts';
import { readChannel } from './readChannel.ts';
import { readCapacityRules, readTeams, resolveShifts } from './readAgents.ts';
import { readQueues } from './readQueues.ts';
import { readSettings } from './readSettings.ts';
import { readSchedules } from './readSchedules.ts';
import { readTriggers, readMessagingTriggers, readAutomations } from './readTriggers.ts';
import { checkSkills, checkTriggerSkills } from './readSkills.ts';
import { checkBrands, checkBrandStaffing } from './readBrands.ts';
import { checkLoad } from './checkLoad.ts';
import { checkShifts } from './checkShifts.ts';
import { checkWindows } from './checkWindows.ts';
import { channelCapacity } from '../channelCapacity.ts';
import { readYamlSource } from './readYamlSource.ts';
import { readInboxes } from './readInboxes.ts';
import { readInitialState, checkInitialState } from './readInitialState.ts';
import { readRecipe } from './readRecipe.ts';
import { resolveReplays } from './readReplay.ts';
import type { FileReader } from './readTriggers.ts';
import { compileScenario } from '../../engine/compileScenario.ts';
import { mergePatch } from './mergePatch.ts';
import { MAX_REPLICATIONS } from '../replicationLimit.ts';
import { formatDuration } from '../units.ts';
import type { CompiledScenario } from '../../engine/compileScenario.ts';

export interface Variant {
  name: string;
  compiled: CompiledScenario;
  /**
   * The variant's warnings: those the scenario gets too as the scenario's (at its paths), its own
   * under `variants.<name> → …`, each placed in the file.
   */
  warnings: Problem[];
}

export interface ParseResult {
  compiled?: CompiledScenario;
  /** The scenario's variants (`variants:`), each a complete scenario; empty when it has none. */
  variants: Variant[];
  errors: Problem[];
  warnings: Problem[];
  /** The file's value as read (before any edit), when its text could be read. */
  raw?: unknown;
}

/** What a variant may not change: compared variants must share their random numbers. */
const FIXED_IN_VARIANTS = ['seed', 'horizon', 'warmup', 'replications', 'start'];

const TOP_KEYS = ['name', 'description', 'seed', 'horizon', 'warmup', 'replications', 'start', 'settings', 'channels',
  'capacityRules', 'agents', 'queues', 'schedules', 'triggers', 'messagingTriggers', 'automations', 'report',
  'inboxes', 'initialState', 'recipe'];

export interface ParseOptions {
  /** Reads files the scenario refers to (trigger imports), relative to the scenario file. */
  readFile?: FileReader;
  /** Changes applied on top of the scenario and of each variant (the browser's knobs). */
  patch?: unknown;
  /** Edits the raw scenario (variants included) before it is read; returns an error to refuse. */
  edit?: (raw: unknown) => unknown | { error: string };
}
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export function parseScenarioText(source: string, options: ParseOptions = {}): ParseResult {
  const src = readYamlSource(source, 'a scenario');
  if ('errors' in src) return { variants: [], errors: src.errors, warnings: [] };
  const p = new Problems();
  let raw = src.raw;
  const asRead = raw;
  if (raw === null || raw === undefined) {
    p.error('', 'the scenario is empty');
    return { variants: [], errors: p.errors, warnings: [] };
  }
  if (options.edit) {
    const edited = options.edit(raw);
    if (edited && typeof edited === 'object' && 'error' in edited && Object.keys(edited).length === 1) {
      p.error('', String((edited as { error: unknown }).error));
      return { variants: [], errors: p.errors, warnings: [] };
    }
    raw = edited;
  }
  const { base, patches } = splitVariants(raw, p);
  const knobs = (x: unknown) => (options.patch === undefined ? x : mergePatch(x, options.patch));
  const compiled = readAndCompile(knobs(base), p, options);
  const variants: Variant[] = [];
  // A problem the variant only inherits from the scenario is told once, for the scenario.
  const key = (x: Problem) => `${x.path}\0${x.message}`;
  const inherited = new Set(p.errors.map(key));
  const inheritedWarnings = new Set(p.warnings.map(key));
  for (const [name, patch] of patches) {
    // Each variant is read as a whole scenario; its problems are named under variants.<name>.
    const vp = new Problems();
    const c = readAndCompile(knobs(mergePatch(base, patch)), vp, options);
    const prefix = (x: Problem) => ({ ...x, path: x.path.startsWith(`variants.${name}`) ? x.path : `variants.${name} → ${x.path}` });
    for (const e of vp.errors) if (!inherited.has(key(e))) p.errors.push(prefix(e));
    if (c) variants.push({ name, compiled: c, warnings: vp.warnings.map((w) => (inheritedWarnings.has(key(w)) ? { ...w } : prefix(w))) });
  }
  src.locate(p.errors);
  src.locate(p.warnings);
  for (const v of variants) src.locate(v.warnings);
  const ok = p.ok && compiled !== undefined;
  return { ...(ok ? { compiled } : {}), variants: ok ? variants : [], errors: p.errors, warnings: p.warnings, raw: asRead };
}

function readAndCompile(raw: unknown, p: Problems, options: ParseOptions): CompiledScenario | undefined {
  const scenario = readScenario(raw, p, options);
  if (!scenario || !p.ok) return undefined;
  const c = compileScenario(scenario);
  for (const prob of c.problems) p.error(prob.path, prob.message);
  return p.ok ? c.compiled : undefined;
}

/** Takes `variants:` off the scenario: the base, and each variant's patch. */
function splitVariants(raw: unknown, p: Problems): { base: unknown; patches: [string, unknown][] } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || !('variants' in raw)) return { base: raw, patches: [] };
  const { variants, ...base } = raw as Record<string, unknown>;
  const m = variants && typeof variants === 'object' && !Array.isArray(variants) ? (variants as Record<string, unknown>) : null;
  if (!m) {
    p.error('variants', 'expected a mapping of variant name: changes to the scenario, e.g. { baseline: {}, recipe: { settings: … } }');
    return { base, patches: [] };
  }
  const patches: [string, unknown][] = [];
  for (const [name, patch] of Object.entries(m)) {
    if (patch !== null && (typeof patch !== 'object' || Array.isArray(patch))) {
      p.error(`variants.${name}`, 'expected a mapping of changes to the scenario ({} for the scenario as it is)');
      continue;
    }
    const fixed = Object.keys(patch ?? {}).filter((k) => FIXED_IN_VARIANTS.includes(k));
    for (const k of fixed) p.error(`variants.${name}.${k}`, `a variant cannot change ${k}: compared variants share their random numbers and time axis`);
    patches.push([name, patch ?? {}]);
  }
  return { base, patches };
}

/** Reads an already-parsed object (e.g. built in the browser editor). */
export function readScenario(raw: unknown, p: Problems, options: ParseOptions = {}): Scenario | undefined {
  const m = mapping(raw, '', p, TOP_KEYS);
  if (!m) return undefined;
  const name = m['name'] === undefined ? DEFAULTS.name : text(m['name'], 'name', p) ?? DEFAULTS.name;
  const description = m['description'] === undefined ? '' : text(m['description'], 'description', p, false) ?? '';
  const seed = m['seed'] === undefined ? DEFAULTS.seed : number(m['seed'], 'seed', p, { whole: true, min: 0, max: Number.MAX_SAFE_INTEGER }) ?? DEFAULTS.seed;
  const horizonRead = m['horizon'] === undefined ? DEFAULTS.horizon : duration(m['horizon'], 'horizon', p, { min: 0, above: true });
  const warmupRead = m['warmup'] === undefined ? DEFAULTS.warmup : duration(m['warmup'], 'warmup', p, { min: 0 });
  const horizon = horizonRead ?? DEFAULTS.horizon;
  const warmup = warmupRead ?? DEFAULTS.warmup;
  // Only compare what the file gave correctly: a bad horizon must not also blame the warm-up.
  if (horizonRead !== undefined && warmupRead !== undefined && warmup >= horizon) {
    p.error('warmup', `the warm-up (${formatDuration(warmup)}) must be shorter than the horizon (${formatDuration(horizon)})`);
  }
  const replications = m['replications'] === undefined ? DEFAULTS.replications
    : number(m['replications'], 'replications', p, { whole: true, min: 1, max: MAX_REPLICATIONS }) ?? DEFAULTS.replications;
  let startWeekday: number = DEFAULTS.startWeekday;
  if (m['start'] !== undefined) {
    const s = mapping(m['start'], 'start', p, ['weekday']);
    const raw = s?.['weekday'];
    const wd = raw === undefined ? undefined : oneOf(typeof raw === 'string' ? raw.toLowerCase() : raw, 'start.weekday', p, WEEKDAY_NAMES);
    if (wd) startWeekday = WEEKDAY_NAMES.indexOf(wd);
  }
  const settings = readSettings(m['settings'], 'settings', p);
  const channels = readChannels(m['channels'], p);
  const capacityRules = readCapacityRules(m['capacityRules'], 'capacityRules', p);
  if (!capacityRules.some((r) => r.name === DEFAULTS.capacityRule.name)) capacityRules.push({ ...DEFAULTS.capacityRule });
  const teams = m['agents'] === undefined ? [] : readTeams(m['agents'], 'agents', p, capacityRules);
  const queues = readQueues(m['queues'], 'queues', p);
  const schedules = readSchedules(m['schedules'], 'schedules', p);
  resolveShifts(teams, schedules, 'agents', p);
  const triggers = readTriggers(m['triggers'], 'triggers', p, options.readFile);
  const messagingTriggers = readMessagingTriggers(m['messagingTriggers'], 'messagingTriggers', p);
  const automations = readAutomations(m['automations'], 'automations', p);
  let seriesInterval: number = DEFAULTS.report.seriesInterval;
  let windows: ReportWindow[] | null = null;
  if (m['report'] !== undefined) {
    const r = mapping(m['report'], 'report', p, ['seriesInterval', 'windows']);
    if (r?.['seriesInterval'] !== undefined) seriesInterval = duration(r['seriesInterval'], 'report.seriesInterval', p, { min: 1 }) ?? 0;
    if (r?.['windows'] !== undefined) windows = readWindows(r['windows'], 'report.windows', p, horizon);
  }
  if (seriesInterval > 0 && horizon / seriesInterval > 2_000_000) {
    p.error('report.seriesInterval', `${Math.ceil(horizon / seriesInterval)} buckets is too many; use a wider interval`);
  }
  const groups = collectGroups(teams, channels, queues, [...triggers, ...messagingTriggers]);
  // Replayed exports (their rows' groups are groups too), inboxes, work at time 0.
  const voiceKey = m['channels'] && typeof m['channels'] === 'object' && 'talk' in m['channels'] ? 'talk' : 'voice';
  const replayGroups = resolveReplays(channels, { horizon, startWeekday, teams, queues, voiceKey }, options.readFile, p);
  const inboxes = readInboxes(m['inboxes'], 'inboxes', p, teams);
  for (const g of [...replayGroups, ...inboxes.flatMap((x) => x.groups)]) if (!groups.includes(g)) groups.push(g);
  const initialState = readInitialState(m['initialState'], 'initialState', p);
  checkInitialState(initialState, teams, capacityRules, 'initialState', p);
  const recipe = readRecipe(m['recipe'], 'recipe', p);
  const scenario: Scenario = {
    name, description, seed, horizon, warmup, replications, startWeekday, settings, channels,
    capacityRules, teams, groups, queues, schedules, triggers, messagingTriggers, automations, report: { seriesInterval, windows },
    inboxes, initialState, ...(recipe ? { recipe } : {}),
  };
  checkBrands(scenario, voiceKey, p); // R7: a team's brands, a mix on every channel, no pull inbox
  // Cross-section warnings only mean something for a file without errors (a refused count
  // would otherwise also warn "no agents").
  if (p.ok) crossCheck(scenario, voiceKey, p);
  return scenario;
}

function readWindows(v: unknown, path: string, p: Problems, horizon: number): ReportWindow[] {
  const out: ReportWindow[] = [];
  (list(v, path, p) ?? []).forEach((raw, i) => {
    const at = join(path, i);
    const w = mapping(raw, at, p, ['name', 'from', 'to']);
    if (!w) return;
    const name = text(w['name'], join(at, 'name'), p) ?? `window${i + 1}`;
    const from = w['from'] === undefined ? 0 : readInstant(w['from'], join(at, 'from'), p);
    const to = w['to'] === undefined ? horizon : readInstant(w['to'], join(at, 'to'), p);
    if (from === undefined || to === undefined) return;
    if (to <= from) p.error(join(at, 'to'), `a window must end after it starts (${formatDuration(from)} → ${formatDuration(to)})`);
    else if (out.some((x) => x.name === name)) p.error(join(at, 'name'), `window "${name}" is defined twice`);
    else out.push({ name, from, to });
  });
  return out;
}

function readChannels(v: unknown, p: Problems): ChannelConfig[] {
  const out = CHANNELS.map((c) => defaultChannel(c));
  if (v === undefined) {
    p.error('channels', 'a scenario needs at least one channel with arrivals (messaging, email or voice)');
    return out;
  }
  const m = mapping(v, 'channels', p, [...CHANNELS, 'talk']);
  if (!m) return out;
  if (m['talk'] !== undefined && m['voice'] !== undefined) p.error('channels.talk', 'give voice or talk, not both');
  CHANNELS.forEach((c, i) => {
    const key = c === 'voice' && m['talk'] !== undefined ? 'talk' : c;
    if (m[key] !== undefined) out[i] = readChannel(c as ChannelName, m[key], join('channels', key), p);
  });
  if (!out.some((c) => c.enabled)) p.error('channels', 'a scenario needs at least one channel with arrivals (messaging, email or voice)');
  return out;
}

function collectGroups(teams: TeamConfig[], channels: ChannelConfig[], queues: Scenario['queues'], triggers: Scenario['triggers'] = []): string[] {
  const seen: string[] = [];
  const add = (g: string) => {
    if (!seen.includes(g)) seen.push(g);
  };
  teams.forEach((t) => t.groups.forEach(add));
  channels.forEach((c) => c.groupMix.forEach((g) => add(g.name)));
  queues.forEach((q) => [...q.primaryGroups, ...q.secondaryGroups].forEach(add));
  // A group a trigger moves tickets to is a group too (recipe B's email_group).
  for (const t of triggers) for (const a of t.actions) if ((a.field === 'group_id' || a.field === 'group') && typeof a.value === 'string' && a.value !== '') add(a.value);
  return seen;
}

/** Consistency across sections; what cannot work is an error, what is suspicious a warning. */
function crossCheck(sc: Scenario, voiceKey: string, p: Problems): void {
  sc.channels.forEach((ch) => {
    if (!ch.enabled) return;
    if (ch.arrivals.times === null) {
      const a = `channels.${ch.channel}.arrivals`;
      if (ch.arrivals.rate === 0 && !ch.arrivals.spikes.some((sp) => sp.extraRate > 0)) p.warn(`${a}.rate`, `the ${ch.channel} rate is 0: no ${ch.channel} ticket will arrive`);
      // The rate times the profile, weekday and spike factors is 0 over the whole run.
      else if (new RateFunction(ch.arrivals, sc.startWeekday).integrate(0, sc.horizon) === 0) {
        p.warn(a, `the ${ch.channel} rate × profile × weekday factors is 0 throughout the run (${formatDuration(sc.horizon)}): no ${ch.channel} ticket will arrive`);
      }
    }
    ch.arrivals.spikes.forEach((s, i) => {
      if (s.start >= sc.horizon) p.warn(`channels.${ch.channel}.arrivals.spikes[${i}].at`, `the spike starts at ${formatDuration(s.start)}, not before the horizon (${formatDuration(sc.horizon)}), so it never happens`);
    });
    if (channelCapacity(sc, ch.channel) === 0) p.warn(`channels.${ch.channel}`, `no agent has ${ch.channel} capacity: every ${ch.channel} ticket will wait${ch.patience ? ' until it is abandoned' : ' to the end'}`);
    ch.groupMix.forEach((g) => {
      const staffed = sc.teams.some((t) => t.count > 0 && t.groups.includes(g.name));
      const viaQueue = sc.queues.length > 0;
      if (!staffed && !viaQueue) p.warn(`channels.${ch.channel}.group`, `no team belongs to group "${g.name}", so its tickets are never answered`);
    });
  });
  sc.queues.forEach((q, i) => {
    [...q.primaryGroups, ...q.secondaryGroups].forEach((g) => {
      if (!sc.teams.some((t) => t.count > 0 && t.groups.includes(g))) p.warn(`queues[${i}]`, `no agent belongs to group "${g}"`);
    });
  });
  if (sc.teams.reduce((n, t) => n + t.count, 0) === 0) p.warn('agents', 'the scenario has no agents: nothing will be answered');
  checkSkills(sc, p);
  checkTriggerSkills(sc, p);
  checkBrandStaffing(sc, voiceKey, p);
  checkLoad(sc, p);
  checkShifts(sc, p);
  checkWindows(sc, p);
  if (sc.warmup === 0 && sc.horizon >= 7 * 86400) p.warn('warmup', 'a long run without warm-up starts empty; its first hours bias steady-state figures');
}

