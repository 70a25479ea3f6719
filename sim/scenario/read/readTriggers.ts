// `triggers:` and `messagingTriggers:` — in the Triggers API shape (title, active, position,
// conditions {all, any}, actions [{field, value}]) with omnisim's additions (activeWindows,
// switch, and for messaging triggers the event). An entry `{ import: file.json, map, onUnmapped }`
// brings in a Triggers API export; fields it cannot map are reported one by one.

import type { TriggerSpec, MessagingTriggerSpec, TriggerWindow, TriggerSwitchSpec, AutomationSpec } from '../../triggers/TriggerSpec.ts';
import { describeValue } from './describeValue.ts';
import { MESSAGING_EVENTS } from '../../triggers/TriggerSpec.ts';
import type { Problems } from './Problems.ts';
import type { ActionSpec } from '../../triggers/TriggerSpec.ts';
import type { ConditionValue } from '../conditions.ts';
import { bool, duration, join, list, mapping, number, oneOf, text } from './fields.ts';
import { readConditions } from './readConditions.ts';
import { readInstant } from './readArrivals.ts';
import { importZendeskTriggers } from '../../triggers/import/zendeskImport.ts';
import type { IdMap } from '../../triggers/import/zendeskImport.ts';
import { CHANNELS } from '../../model/codes.ts';

/** Reads a file the scenario refers to (relative to the scenario); absent in the browser. */
export type FileReader = (path: string) => string | { error: string };

const KEYS = ['title', 'active', 'position', 'category', 'conditions', 'actions', 'activeWindows', 'switch'];

export function readTriggers(v: unknown, path: string, p: Problems, readFile: FileReader | undefined): TriggerSpec[] {
  const out: TriggerSpec[] = [];
  if (v === undefined) return out;
  (list(v, path, p) ?? []).forEach((raw, i) => {
    const at = join(path, i);
    if (raw && typeof raw === 'object' && 'import' in raw) {
      out.push(...readImport(raw, at, p, readFile));
      return;
    }
    const t = readTrigger(raw, at, p, KEYS, out.length + 1);
    // Simulated as written, but told: the help desk refuses such a trigger (import-triggers leaves it out).
    if (t && t.conditions.all.length === 0 && t.conditions.any.length === 0) {
      p.warn(join(at, 'conditions'), `trigger "${t.title}" has no conditions: it fires on every ticket at every update (R51); Zendesk requires at least one condition`);
    }
    if (t) out.push(t);
  });
  return out;
}

export function readMessagingTriggers(v: unknown, path: string, p: Problems): MessagingTriggerSpec[] {
  const out: MessagingTriggerSpec[] = [];
  if (v === undefined) return out;
  (list(v, path, p) ?? []).forEach((raw, i) => {
    const at = join(path, i);
    const t = readTrigger(raw, at, p, [...KEYS, 'event'], out.length + 1);
    const m = raw as Record<string, unknown> | null;
    if (!t || !m) return;
    if (m['event'] === undefined) {
      p.error(join(at, 'event'), `a messaging trigger needs an event: one of ${MESSAGING_EVENTS.join(', ')} (R54)`);
      return;
    }
    const event = oneOf(m['event'], join(at, 'event'), p, MESSAGING_EVENTS);
    if (event) out.push({ ...t, event });
  });
  return out;
}

function readTrigger(raw: unknown, at: string, p: Problems, keys: string[], order: number): TriggerSpec | undefined {
  const m = mapping(raw, at, p, keys);
  if (!m) return undefined;
  const title = m['title'] === undefined ? `trigger ${order}` : text(m['title'], join(at, 'title'), p) ?? `trigger ${order}`;
  const active = m['active'] === undefined ? true : bool(m['active'], join(at, 'active'), p) ?? true;
  const position = m['position'] === undefined ? order : number(m['position'], join(at, 'position'), p) ?? order;
  const category = m['category'] === undefined ? null : text(m['category'], join(at, 'category'), p) ?? null;
  const actions: ActionSpec[] = [];
  if (m['actions'] === undefined) p.error(join(at, 'actions'), 'a trigger needs at least one action');
  (m['actions'] === undefined ? [] : list(m['actions'], join(at, 'actions'), p) ?? []).forEach((a, j) => {
    const am = mapping(a, join(join(at, 'actions'), j), p, ['field', 'value']);
    const field = am ? text(am['field'], join(join(join(at, 'actions'), j), 'field'), p) : undefined;
    if (am && field !== undefined) actions.push({ field, value: (am['value'] ?? null) as ConditionValue });
  });
  const windows: TriggerWindow[] = [];
  if (m['activeWindows'] !== undefined) {
    (list(m['activeWindows'], join(at, 'activeWindows'), p) ?? []).forEach((w, j) => {
      const wat = join(join(at, 'activeWindows'), j);
      const wm = mapping(w, wat, p, ['from', 'to', 'every']);
      if (!wm) return;
      const from = readInstant(wm['from'], join(wat, 'from'), p);
      const to = readInstant(wm['to'], join(wat, 'to'), p);
      const every = wm['every'] === undefined ? 0 : duration(wm['every'], join(wat, 'every'), p, { min: 0, above: true });
      if (from === undefined || to === undefined || every === undefined) return;
      if (to <= from) p.error(join(wat, 'to'), 'a window must end after it starts (use "d1 08:00" for the next morning)');
      else if (every > 0 && to - from > every) p.error(join(wat, 'every'), 'a repeating window must be shorter than its period');
      else windows.push({ from, to, every });
    });
  }
  let sw: TriggerSwitchSpec | null = null;
  if (m['switch'] !== undefined) {
    const sm = mapping(m['switch'], join(at, 'switch'), p, ['channel', 'queue', 'above', 'below', 'checkEvery']);
    if (sm) {
      const channel = sm['channel'] === undefined ? 'messaging' : oneOf(sm['channel'], join(at, 'switch.channel'), p, CHANNELS);
      const queue = sm['queue'] === undefined || sm['queue'] === null ? null : text(sm['queue'], join(at, 'switch.queue'), p) ?? null;
      const above = number(sm['above'], join(at, 'switch.above'), p, { min: 0 });
      const below = sm['below'] === undefined ? 0 : number(sm['below'], join(at, 'switch.below'), p, { min: 0 });
      const checkEvery = sm['checkEvery'] === undefined ? 60 : duration(sm['checkEvery'], join(at, 'switch.checkEvery'), p, { min: 1 });
      if (above !== undefined && below !== undefined && below > above) p.error(join(at, 'switch.below'), `below (${below}) must not exceed above (${above})`);
      if (channel && above !== undefined && below !== undefined && checkEvery !== undefined) sw = { channel, queue, above, below, checkEvery };
    }
  }
  return { title, active, position, category, conditions: readConditions(m['conditions'], join(at, 'conditions'), p), actions, windows, switch: sw };
}

function readImport(raw: object, at: string, p: Problems, readFile: FileReader | undefined): TriggerSpec[] {
  const m = mapping(raw, at, p, ['import', 'map', 'onUnmapped']);
  if (!m) return [];
  const file = text(m['import'], join(at, 'import'), p);
  if (file === undefined) return [];
  if (!readFile) {
    p.error(join(at, 'import'), 'files cannot be read here (in the browser, paste the triggers into the scenario)');
    return [];
  }
  const content = readFile(file);
  if (typeof content !== 'string') {
    p.error(join(at, 'import'), content.error);
    return [];
  }
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (e) {
    p.error(join(at, 'import'), `${file} is not valid JSON: ${(e as Error).message}`);
    return [];
  }
  const ids: IdMap = {};
  if (m['map'] !== undefined) {
    const mm = mapping(m['map'], join(at, 'map'), p, ['groups', 'agents', 'schedules', 'skills', 'brands']);
    for (const k of ['groups', 'agents', 'schedules', 'skills', 'brands'] as const) {
      if (mm?.[k] === undefined) continue;
      // Each part maps the export's ids to the scenario's names: { "360005": support }.
      const part = mapping(mm[k], join(join(at, 'map'), k), p, Object.keys(mm[k] ?? {}));
      if (!part) continue;
      const names: Record<string, string> = {};
      for (const [id, name] of Object.entries(part)) {
        if (typeof name === 'string' || typeof name === 'number') names[id] = String(name);
        else p.error(join(join(join(at, 'map'), k), id), `expected the scenario's name for id ${id}, e.g. "${id}": support, got ${describeValue(name)}`);
      }
      ids[k] = names;
    }
  }
  const onUnmapped = m['onUnmapped'] === undefined ? 'error' : oneOf(m['onUnmapped'], join(at, 'onUnmapped'), p, ['error', 'skipTrigger'] as const) ?? 'error';
  const r = importZendeskTriggers(json, ids);
  if ('error' in r) {
    p.error(join(at, 'import'), `${file}: ${r.error}`);
    return [];
  }
  for (const n of r.notes) {
    const msg = `${file}: trigger "${n.trigger}", ${n.where} (${n.field}): ${n.message}`;
    if (n.severity === 'unmapped-condition') {
      if (onUnmapped === 'error') p.error(join(at, 'import'), `${msg} — the trigger would match more than it should; map it, or set onUnmapped: skipTrigger`);
      else p.warn(join(at, 'import'), `${msg} — trigger left out`);
    } else if (n.severity === 'not-a-trigger') {
      // Not a condition that failed to map (the trigger would match more): no trigger at all.
      const entry = `${file}: ${n.trigger} of the export: ${n.message}`;
      if (onUnmapped === 'error') p.error(join(at, 'import'), `${entry}; fix the export, or set onUnmapped: skipTrigger to leave it out`);
      else p.warn(join(at, 'import'), `${entry} — left out`);
    } else if (n.severity === 'refused') {
      if (onUnmapped === 'error') p.error(join(at, 'import'), `${msg}; give it a condition in the export, or set onUnmapped: skipTrigger to leave it out`);
      else p.warn(join(at, 'import'), `${msg} — trigger left out`);
    } else if (n.severity === 'unmapped-action') {
      p.warn(join(at, 'import'), `${msg} — action left out`);
    }
  }
  return r.triggers;
}

export function readAutomations(v: unknown, path: string, p: Problems): AutomationSpec[] {
  const out: AutomationSpec[] = [];
  if (v === undefined) return out;
  (list(v, path, p) ?? []).forEach((raw, i) => {
    const at = join(path, i);
    const t = readTrigger(raw, at, p, ['title', 'every', 'conditions', 'actions'], out.length + 1);
    const m = raw as Record<string, unknown> | null;
    if (!t || !m) return;
    const every = m['every'] === undefined ? 3600 : duration(m['every'], join(at, 'every'), p, { min: 60 });
    if (every !== undefined) out.push({ title: t.title, every, conditions: t.conditions, actions: t.actions });
  });
  return out;
}
