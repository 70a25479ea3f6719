// Reads trigger JSON in the help desk's Triggers API shape — `{ triggers: [{ title, active,
// position, category_id, conditions: { all, any }, actions: [{ field, value }] }] }` — and maps
// every field it understands onto omnisim's triggers. Every field it cannot map is reported
// with the trigger, the condition or action, and why: nothing is dropped silently.

import type { Condition, ConditionValue } from '../../scenario/conditions.ts';
import type { ActionSpec, TriggerSpec } from '../TriggerSpec.ts';
import { CONDITION_FIELDS, FIELD_ALIASES } from '../conditions/fields.ts';
import { ACTION_ALIASES, ACTION_FIELDS } from '../actions/actions.ts';
import { viaChannel } from './viaIds.ts';
import { NOT_SIMULATED_CONDITIONS, NOT_SIMULATED_ACTIONS } from './unsupported.ts';

/** Numeric ids of the export → names in the scenario. */
export interface IdMap {
  groups?: Record<string, string>;
  agents?: Record<string, string>;
  schedules?: Record<string, string>;
}

export interface ImportNote {
  trigger: string;
  /** "conditions.all[2]" or "actions[0]" ('' for the trigger itself). */
  where: string;
  field: string;
  severity: 'unmapped-condition' | 'unmapped-action' | 'note';
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

export function importZendeskTriggers(json: unknown, ids: IdMap = {}): ImportResult | { error: string } {
  const list = Array.isArray(json) ? json : (json as { triggers?: unknown })?.triggers ?? ((json as { trigger?: unknown })?.trigger ? [(json as { trigger: unknown }).trigger] : undefined);
  if (!Array.isArray(list)) return { error: 'expected a Triggers API export: { "triggers": [ … ] }, a list of triggers, or { "trigger": { … } }' };
  const notes: ImportNote[] = [];
  const triggers: TriggerSpec[] = [];
  const skipped: string[] = [];
  list.forEach((raw, i) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const title = typeof r['title'] === 'string' ? r['title'] : `trigger ${i + 1}`;
    const note = (where: string, field: string, severity: ImportNote['severity'], message: string) => notes.push({ trigger: title, where, field, severity, message });
    const conds = (r['conditions'] ?? {}) as { all?: unknown; any?: unknown };
    let droppedCondition = false;
    const mapConds = (side: 'all' | 'any'): Condition[] => {
      const arr = Array.isArray(conds[side]) ? (conds[side] as Record<string, unknown>[]) : [];
      return arr.flatMap((c, j) => {
        const mapped = mapCondition(c, ids);
        if (typeof mapped === 'string') {
          droppedCondition = true;
          note(`conditions.${side}[${j}]`, String(c?.['field'] ?? '?'), 'unmapped-condition', mapped);
          return [];
        }
        return [mapped];
      });
    };
    const all = mapConds('all');
    const any = mapConds('any');
    const actions = (Array.isArray(r['actions']) ? (r['actions'] as Record<string, unknown>[]) : []).flatMap((a, j) => {
      const mapped = mapAction(a, ids);
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

function mapCondition(c: Record<string, unknown>, ids: IdMap): Condition | string {
  const field = String(c['field'] ?? '');
  const operator = String(c['operator'] ?? '');
  let value = c['value'] as ConditionValue;
  const why = NOT_SIMULATED_CONDITIONS[field] ?? (field.startsWith('custom_fields_') ? 'custom ticket fields are not simulated' : undefined);
  if (why) return why;
  const name = IMPORT_FIELD_ALIASES[field] ?? FIELD_ALIASES[field] ?? field;
  if (!(name in CONDITION_FIELDS)) return `omnisim has no condition "${field}"`;
  if (field === 'via_id' || field === 'current_via_id') {
    const ch = viaChannel(value);
    if (ch === null) return `via ${String(value)} is not a messaging, email or voice channel omnisim simulates`;
    value = ch;
  } else if (name === 'group_id' || name === 'assignee_id' || name === 'schedule_id') {
    const kind = name === 'group_id' ? 'groups' : name === 'assignee_id' ? 'agents' : 'schedules';
    if (value === 'current_user') return 'current_user (the agent making the update) has no counterpart in a simulation';
    const mapped = mapId(kind, value, ids);
    if (mapped === null) return `${kind.slice(0, -1)} id ${String(value)} is not mapped to a name; add it under map.${kind}`;
    value = mapped;
  }
  return { field: name, operator, value };
}

function mapAction(a: Record<string, unknown>, ids: IdMap): { action: ActionSpec; note?: string } | string {
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
    if (mapped === null) return `${kind.slice(0, -1)} id ${String(value)} is not mapped to a name; add it under map.${kind}`;
    value = mapped;
  }
  if (name.startsWith('notification_')) return { action: { field: name, value }, note: 'notifications have no effect on routing; a firing that only notifies is counted as a no-op firing' };
  return { action: { field: name, value } };
}
