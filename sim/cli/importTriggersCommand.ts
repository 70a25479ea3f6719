// `omnisim import-triggers FILE`: reads a Triggers API export, says for every trigger what it
// mapped and what it could not (trigger, condition or action, and why), and prints — or writes
// with --out — the triggers as a scenario section to paste or reference.

import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { importZendeskTriggers } from '../triggers/import/zendeskImport.ts';
import type { IdMap } from '../triggers/import/zendeskImport.ts';
import { UserError } from './UserError.ts';

export function importTriggersCommand(file: string, mapFile: string | undefined): { report: string; yaml: string; unmappedConditions: number } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${file}: no such file`);
    throw new UserError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  let ids: IdMap = {};
  if (mapFile) {
    try {
      ids = JSON.parse(readFileSync(mapFile, 'utf8')) as IdMap;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(`--map ${mapFile}: no such file`);
      throw new UserError(`--map ${mapFile}: expected JSON like {"groups": {"360001": "support"}} (${(e as Error).message})`);
    }
  }
  const r = importZendeskTriggers(json, ids);
  if ('error' in r) throw new UserError(`${file}: ${r.error}`);
  const lines: string[] = [];
  const titles = [...new Set([...r.triggers.map((t) => t.title), ...r.skipped])];
  for (const title of titles) {
    const t = r.triggers.find((x) => x.title === title);
    const notes = r.notes.filter((n) => n.trigger === title);
    const status = t ? `mapped: ${t.conditions.all.length + t.conditions.any.length} condition(s), ${t.actions.length} action(s)` : 'NOT IMPORTED: an unmapped condition would change what it matches';
    lines.push(`• ${title} — ${status}`);
    for (const n of notes) {
      const kind = n.severity === 'unmapped-condition' ? 'condition not mapped' : n.severity === 'unmapped-action' ? 'action not mapped' : 'note';
      lines.push(`    ${n.where} ${n.field}: ${kind} — ${n.message}`);
    }
  }
  const unmappedConditions = r.notes.filter((n) => n.severity === 'unmapped-condition').length;
  const unmappedActions = r.notes.filter((n) => n.severity === 'unmapped-action').length;
  lines.push('', `${r.triggers.length} of ${titles.length} trigger(s) imported; ${unmappedConditions} condition(s) and ${unmappedActions} action(s) not mapped.`);
  const section = {
    triggers: r.triggers.map((t) => ({
      title: t.title, active: t.active, position: t.position, ...(t.category ? { category: t.category } : {}),
      conditions: t.conditions, actions: t.actions,
    })),
  };
  return { report: lines.join('\n') + '\n', yaml: stringify(section, { lineWidth: 120 }), unmappedConditions };
}
