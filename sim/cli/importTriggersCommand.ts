// `omnisim import-triggers FILE`: reads a Triggers API export, says for every trigger what it
// mapped and what it could not (trigger, condition or action, and why), and prints — or writes
// with --out — the triggers as a scenario section to paste or reference.

import { parse, stringify } from 'yaml';
import { importZendeskTriggers } from '../triggers/import/zendeskImport.ts';
import type { IdMap, MapPlace } from '../triggers/import/zendeskImport.ts';
import type { Command } from 'commander';
import type { CliIo } from './CliIo.ts';
import { UserError } from './UserError.ts';
import { readUserFile } from './readUserFile.ts';
import { checkWritable, distinctOutputs, writeOutput } from './writeOutput.ts';

/** Ids are mapped here with a --map file, not a scenario's map: (its "groups" for group ids …). */
const MAP_FILE: MapPlace = (kind) => `"${kind}" in a --map file ({"${kind}": {"<id>": "<name>"}})`;

export function importTriggersCommand(file: string, mapFile: string | undefined): { report: string; yaml: string; unmappedConditions: number } {
  const text = readUserFile(file, 'a Triggers API export');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    if (looksLikeScenario(text)) throw new UserError(notAnExport(file));
    throw new UserError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  let ids: IdMap = {};
  if (mapFile !== undefined) {
    const mapText = readUserFile(mapFile, 'a JSON id map', '--map');
    let raw: unknown;
    try {
      raw = JSON.parse(mapText);
    } catch (e) {
      throw new UserError(`--map ${mapFile}: expected JSON like {"groups": {"360001": "support"}} (${(e as Error).message})`);
    }
    ids = idMap(mapFile, raw);
  }
  const r = importZendeskTriggers(json, ids, MAP_FILE);
  if ('error' in r) throw new UserError(looksLikeScenario(text) ? notAnExport(file) : `${file}: ${r.error}`);
  const lines: string[] = [];
  // Trigger by trigger, in the export's order: titles need not be unique (two triggers called
  // the same must not share one line and each other's notes), so each trigger's notes and
  // outcome are what importing up to it adds to importing up to the one before.
  const list = exportedList(json);
  let before = { triggers: 0, notes: 0 };
  for (let i = 0; i < list.length; i++) {
    const upTo = importZendeskTriggers(list.slice(0, i + 1), ids, MAP_FILE) as typeof r;
    const imported = upTo.triggers.length > before.triggers ? upTo.triggers[upTo.triggers.length - 1]! : null;
    const notes = upTo.notes.slice(before.notes);
    const title = imported?.title ?? upTo.skipped[upTo.skipped.length - 1] ?? `trigger ${i + 1}`;
    before = { triggers: upTo.triggers.length, notes: upTo.notes.length };
    const refused = notes.some((n) => n.severity === 'refused');
    const notATrigger = notes.some((n) => n.severity === 'not-a-trigger');
    const status = imported ? `mapped: ${imported.conditions.all.length + imported.conditions.any.length} condition(s), ${imported.actions.length} action(s)`
      : notATrigger ? 'NOT IMPORTED: not a trigger'
      : refused ? 'NOT IMPORTED: Zendesk would not accept it as exported' : 'NOT IMPORTED: an unmapped condition would change what it matches';
    lines.push(`• ${title} — ${status}`);
    for (const n of notes) {
      const kind = n.severity === 'unmapped-condition' ? 'condition not mapped' : n.severity === 'unmapped-action' ? 'action not mapped' : n.severity === 'refused' || n.severity === 'not-a-trigger' ? 'refused' : 'note';
      // "actions[0] notification_user", or one of them when the other is empty or the same.
      const place = [...new Set([n.where, n.field])].filter((x) => x !== '').join(' ');
      lines.push(`    ${place === '' ? '' : `${place}: `}${kind} — ${n.message}`);
    }
  }
  const unmappedConditions = r.notes.filter((n) => n.severity === 'unmapped-condition').length;
  const unmappedActions = r.notes.filter((n) => n.severity === 'unmapped-action').length;
  const refusedTriggers = r.notes.filter((n) => n.severity === 'refused').length;
  const notTriggers = r.notes.filter((n) => n.severity === 'not-a-trigger').length;
  lines.push('', `${r.triggers.length} of ${list.length} trigger(s) imported; ${unmappedConditions} condition(s) and ${unmappedActions} action(s) not mapped` +
    `${refusedTriggers > 0 ? `; ${refusedTriggers} trigger(s) with no conditions refused` : ''}` +
    `${notTriggers > 0 ? `; ${notTriggers} entr${notTriggers === 1 ? 'y' : 'ies'} not a trigger object` : ''}.`);
  const section = {
    triggers: r.triggers.map((t) => ({
      title: t.title, active: t.active, position: t.position, ...(t.category ? { category: t.category } : {}),
      conditions: t.conditions, actions: t.actions,
    })),
  };
  return { report: lines.join('\n') + '\n', yaml: stringify(section, { lineWidth: 120 }), unmappedConditions };
}

const ID_KINDS = ['groups', 'agents', 'schedules', 'skills', 'brands'] as const;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const shown = (v: unknown) => (typeof v === 'string' ? `"${v}"` : Array.isArray(v) ? 'a list' : JSON.stringify(v));

/** The --map file's content checked: { groups?, agents?, schedules?, skills?, brands? }, each id → name. */
function idMap(file: string, raw: unknown): IdMap {
  const expected = `expected JSON like {"groups": {"360001": "support"}, "skills": {"<skill id>": "spanish"}}`;
  if (!isObject(raw)) throw new UserError(`--map ${file}: ${expected}, got ${shown(raw)}`);
  const ids: IdMap = {};
  for (const [kind, table] of Object.entries(raw)) {
    if (!(ID_KINDS as readonly string[]).includes(kind)) throw new UserError(`--map ${file}: unknown key "${kind}" (expected ${ID_KINDS.join(', ')})`);
    if (!isObject(table)) throw new UserError(`--map ${file}: ${kind}: expected a mapping of ids to names, e.g. {"360001": "support"}, got ${shown(table)}`);
    // As a scenario's `map:` reads them: a name, or a number taken as its text.
    ids[kind as (typeof ID_KINDS)[number]] = Object.fromEntries(Object.entries(table).map(([id, name]) => {
      if (!(typeof name === 'string' && name.trim() !== '') && typeof name !== 'number') {
        throw new UserError(`--map ${file}: ${kind}."${id}": expected a name, got ${shown(name)}`);
      }
      return [id, String(name)];
    }));
  }
  return ids;
}

const notAnExport = (file: string) =>
  `${file}: is a scenario, not a Triggers API export (the JSON the help desk's Triggers API returns); its triggers run with it: omnisim run ${file}`;

/** Whether YAML text reads as a scenario: a mapping with channels: or agents:. */
function looksLikeScenario(text: string): boolean {
  try {
    const doc: unknown = parse(text);
    return doc !== null && typeof doc === 'object' && !Array.isArray(doc) && ('channels' in doc || 'agents' in doc);
  } catch {
    return false;
  }
}

/** The export's triggers as importZendeskTriggers finds them (it has said the shape is right). */
function exportedList(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  const o = json as { triggers?: unknown; trigger?: unknown };
  return Array.isArray(o.triggers) ? o.triggers : [o.trigger];
}

export function addImportTriggersCommand(program: Command, io: CliIo): void {
  program
    .command('import-triggers')
    .description('map a Triggers API export (JSON) onto omnisim triggers, reporting every field it cannot map')
    .argument('<file>', 'JSON export: { "triggers": [ … ] }')
    .option('--map <file>', 'JSON mapping ids to names: {"groups": {"360001": "support"}, "agents": {…}, "schedules": {…}, "skills": {…}, "brands": {…}}')
    .option('--out <file>', 'write the mapped triggers as a YAML scenario section (- for standard output, the report then on standard error)')
    .action((file: string, o: { map?: string; out?: string }) => {
      checkWritable('--out', o.out);
      distinctOutputs([['the export', file], ...(o.map ? [['the --map file', o.map] as [string, string]] : [])], [['--out', o.out]]);
      const r = importTriggersCommand(file, o.map);
      if (o.out === '-') {
        io.err(r.report);
        io.out(r.yaml);
        return;
      }
      io.out(r.report);
      if (o.out) {
        writeOutput(o.out, r.yaml);
        io.out(`\nwrote ${o.out} (paste it into a scenario, or reference the export with triggers: [{ import: ${file} }])\n`);
      } else {
        io.out('\n' + r.yaml);
      }
    });
}
