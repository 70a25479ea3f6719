// Reads trigger JSON in the help desk's Triggers API shape — `{ triggers: [{ title, active,
// position, category_id, conditions: { all, any }, actions: [{ field, value }] }] }` — and maps
// every field it understands onto omnisim's triggers. Every field it cannot map is reported
// with the trigger, the condition or action, and why: nothing is dropped silently.

import type { Condition, ConditionValue } from '../../scenario/conditions.ts';
import type { ActionSpec, TriggerSpec } from '../TriggerSpec.ts';
import { CONDITION_FIELDS, FIELD_ALIASES } from '../conditions/fields.ts';
import { compileConditions } from '../conditions/compileConditions.ts';
import type { CompileProblem } from '../conditions/compileConditions.ts';
import { ACTION_ALIASES, ACTION_FIELDS, isSkillAction } from '../actions/actions.ts';
import { viaChannel } from './viaIds.ts';
import { mapSkillIds } from './skillIds.ts';
import { NOT_SIMULATED_CONDITIONS, NOT_SIMULATED_ACTIONS } from './unsupported.ts';
import { describeValue } from '../../scenario/read/describeValue.ts';

/** Ids of the export (numeric; skills: UUIDs) → names in the scenario. */
export interface IdMap {
  groups?: Record<string, string>;
  agents?: Record<string, string>;
  schedules?: Record<string, string>;
  skills?: Record<string, string>;
  /** R7: brand ids → the scenario's brand names. */
  brands?: Record<string, string>;
}

export interface ImportNote {
  trigger: string;
  /** "conditions.all[2]" or "actions[0]" ('' for the trigger itself). */
  where: string;
  field: string;
  /** 'refused': the trigger is not one the help desk accepts (no conditions); it is left out.
   *  'not-a-trigger': the export's entry is no trigger object at all (a number, a list …); left out. */
  severity: 'unmapped-condition' | 'unmapped-action' | 'refused' | 'not-a-trigger' | 'note';
  message: string;
}

export interface ImportResult {
  triggers: TriggerSpec[];
  notes: ImportNote[];
  /** Triggers left out (an unmapped condition would change what they match). */
  skipped: string[];
}

/** Field names the export may use for what omnisim calls something else. */
const IMPORT_FIELD_ALIASES: Record<string, string> = {
  via_id: 'channel',
  current_via_id: 'channel',
  in_business_hours: 'within_business_hours',
  ticket_is_public: '',
};

/** Where the user adds an id to the map: a scenario's `map.groups`; `omnisim import-triggers` says its --map file. */
export type MapPlace = (kind: keyof IdMap) => string;
const SCENARIO_MAP: MapPlace = (kind) => `map.${kind}`;

export function importZendeskTriggers(json: unknown, ids: IdMap = {}, mapPlace: MapPlace = SCENARIO_MAP): ImportResult | { error: string } {
  const list = Array.isArray(json) ? json : (json as { triggers?: unknown })?.triggers ?? ((json as { trigger?: unknown })?.trigger ? [(json as { trigger: unknown }).trigger] : undefined);
  if (!Array.isArray(list)) return { error: 'expected a Triggers API export: { "triggers": [ … ] }, a list of triggers, or { "trigger": { … } }' };
  const notes: ImportNote[] = [];
  const triggers: TriggerSpec[] = [];
  const skipped: string[] = [];
  list.forEach((raw, i) => {
    if (!isObject(raw)) {
      // Not a trigger at all: nothing to import, and nothing can be matched safely.
      skipped.push(`trigger ${i + 1}`);
      notes.push({ trigger: `trigger ${i + 1}`, where: '', field: '', severity: 'not-a-trigger', message: `expected a trigger object, got ${describeValue(raw)}` });
      return;
    }
    const r = raw;
    const title = typeof r['title'] === 'string' && r['title'] !== '' ? r['title'] : `trigger ${i + 1}`;
    const note = (where: string, field: string, severity: ImportNote['severity'], message: string) => notes.push({ trigger: title, where, field, severity, message });
    if (r['title'] !== undefined && typeof r['title'] !== 'string') note('title', 'title', 'note', `expected text, got ${describeValue(r['title'])}; named "${title}"`);
    let droppedCondition = false;
    // A conditions block of the wrong shape must not become "no conditions" (a trigger that matches every ticket).
    const shapeError = (where: string, message: string) => {
      droppedCondition = true;
      note(where, where, 'unmapped-condition', message);
    };
    const rawConds = r['conditions'];
    const conds: Record<string, unknown> = isObject(rawConds) ? rawConds : {};
    if (rawConds !== undefined && rawConds !== null && !isObject(rawConds)) shapeError('conditions', `expected { "all": [ … ], "any": [ … ] }, got ${describeValue(rawConds)}`);
    const mapConds = (side: 'all' | 'any'): Condition[] => {
      const v = conds[side];
      if (v === undefined || v === null) return [];
      if (!Array.isArray(v)) {
        shapeError(`conditions.${side}`, `expected a list of conditions, got ${describeValue(v)}`);
        return [];
      }
      return v.flatMap((c: unknown, j) => {
        const mapped = isObject(c) ? mapCondition(c, ids, mapPlace) : `expected a condition { "field", "operator", "value" }, got ${describeValue(c)}`;
        if (typeof mapped === 'string') {
          droppedCondition = true;
          note(`conditions.${side}[${j}]`, isObject(c) ? String(c['field'] ?? '?') : '?', 'unmapped-condition', mapped);
          return [];
        }
        return [mapped];
      });
    };
    const all = mapConds('all');
    const any = mapConds('any');
    const rawActions = r['actions'];
    if (rawActions !== undefined && rawActions !== null && !Array.isArray(rawActions)) note('actions', 'actions', 'unmapped-action', `expected a list of actions, got ${describeValue(rawActions)}`);
    const actions = (Array.isArray(rawActions) ? (rawActions as unknown[]) : []).flatMap((a, j) => {
      if (!isObject(a)) {
        note(`actions[${j}]`, '?', 'unmapped-action', `expected an action { "field", "value" }, got ${describeValue(a)}`);
        return [];
      }
      const mapped = mapAction(a, ids, mapPlace);
      if (typeof mapped === 'string') {
        note(`actions[${j}]`, String(a?.['field'] ?? '?'), 'unmapped-action', mapped);
        return [];
      }
      if (mapped.note) note(`actions[${j}]`, mapped.action.field, 'note', mapped.note);
      return [mapped.action];
    });
    if (droppedCondition) {
      skipped.push(title);
      return;
    }
    // The help desk requires at least one condition; one with none would fire on every ticket at
    // every update here (R51), so it is left out rather than imported as "matches everything".
    if (all.length === 0 && any.length === 0) {
      const where = `trigger ${i + 1} of the export${typeof r['position'] === 'number' ? `, position ${r['position']}` : ''}`;
      note('conditions', 'conditions', 'refused', `no conditions (${where}): Zendesk requires at least one, and without one it would fire on every ticket at every update`);
      skipped.push(title);
      return;
    }
    triggers.push({
      title,
      active: r['active'] !== false,
      position: typeof r['position'] === 'number' ? r['position'] : i + 1,
      category: r['category_id'] === undefined || r['category_id'] === null ? null : String(r['category_id']),
      conditions: { all, any },
      actions,
      windows: [],
      switch: null,
    });
  });
  return { triggers, notes, skipped };
}

function mapId(kind: keyof IdMap, value: unknown, ids: IdMap): string | null {
  if (value === null || value === '') return '';
  const v = String(value);
  const table = ids[kind];
  if (table && v in table) return table[v]!;
  // A name (not a numeric id) is taken as it is and checked when the scenario is compiled.
  return /^\d+$/.test(v) ? null : v;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function mapCondition(c: Record<string, unknown>, ids: IdMap, mapPlace: MapPlace): Condition | string {
  if (typeof c['field'] !== 'string') return `expected the field's name as text, got ${describeValue(c['field'])}`;
  if (c['operator'] !== undefined && typeof c['operator'] !== 'string') return `expected the operator as text, got ${describeValue(c['operator'])}`;
  const field = c['field'];
  const operator = String(c['operator'] ?? '');
  // As in a scenario, a missing value is null: the field's own check says whether it needs one.
  let value = (c['value'] === undefined ? null : c['value']) as ConditionValue;
  const why = NOT_SIMULATED_CONDITIONS[field] ?? (field.startsWith('custom_fields_') ? 'custom ticket fields are not simulated' : undefined);
  if (why) return why;
  const name = IMPORT_FIELD_ALIASES[field] ?? FIELD_ALIASES[field] ?? field;
  if (!(name in CONDITION_FIELDS)) return `omnisim has no condition "${field}"`;
  if (field === 'via_id' || field === 'current_via_id') {
    const ch = viaChannel(value);
    if (ch === null) return `via ${String(value)} is not a messaging, email or voice channel omnisim simulates`;
    value = ch;
  } else if (name === 'group_id' || name === 'assignee_id' || name === 'schedule_id' || name === 'brand_id') {
    const kind = name === 'group_id' ? 'groups' : name === 'assignee_id' ? 'agents' : name === 'schedule_id' ? 'schedules' : 'brands';
    if (value === 'current_user') return 'current_user (the agent making the update) has no counterpart in a simulation';
    const mapped = mapId(kind, value, ids);
    if (mapped === null) return `${kind.slice(0, -1)} id ${String(value)} is not mapped to a name; add it under ${mapPlace(kind)}`;
    value = mapped;
  }
  const problem = checkValue(name, operator, value);
  return problem ?? { field: name, operator, value };
}

/**
 * The field's own check of the operator and value (the one a scenario's conditions get when
 * compiled), with any name taken as known: names are checked against the scenario later.
 */
function checkValue(field: string, operator: string, value: ConditionValue): string | null {
  const names = Array.isArray(value) ? value.map(String) : value === null ? [] : [String(value)];
  const problems: CompileProblem[] = [];
  compileConditions({ all: [{ field, operator, value }], any: [] }, { groups: names, agents: names, schedules: names, brands: names }, '', problems);
  return problems[0]?.message ?? null;
}

function mapAction(a: Record<string, unknown>, ids: IdMap, mapPlace: MapPlace): { action: ActionSpec; note?: string } | string {
  const field = String(a['field'] ?? '');
  let value = a['value'] as ConditionValue;
  const why = NOT_SIMULATED_ACTIONS[field] ?? (field.startsWith('custom_fields_') ? 'custom ticket fields are not simulated' : undefined);
  if (why) return why;
  const name = ACTION_ALIASES[field] ?? field;
  if (!(name in ACTION_FIELDS)) return `omnisim has no action "${field}"`;
  if (name === 'group_id' || name === 'assignee_id' || name === 'set_schedule') {
    const kind = name === 'group_id' ? 'groups' : name === 'assignee_id' ? 'agents' : 'schedules';
    if (value === 'current_user') return 'current_user (the agent making the update) has no counterpart in a simulation';
    const mapped = mapId(kind, value, ids);
    if (mapped === null) return `${kind.slice(0, -1)} id ${String(value)} is not mapped to a name; add it under ${mapPlace(kind)}`;
    value = mapped;
  }
  if (isSkillAction(name)) {
    const mapped = mapSkillIds(value, ids.skills, mapPlace('skills'));
    if (typeof mapped === 'string') return mapped;
    value = mapped;
  }
  if (name.startsWith('notification_')) return { action: { field: name, value }, note: 'notifications have no effect on routing; a firing that only notifies is counted as a no-op firing' };
  return { action: { field: name, value } };
}
