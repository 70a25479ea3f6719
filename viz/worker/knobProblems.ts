// Which of a run's problems the knobs brought: those the scenario as written does not get. A
// spike the knobs moved past the end of the run was warned of at the file's line of that spike,
// and a team the knobs made smaller than its breaks' waves was refused at the line of those
// waves, as if the user had written them there; the file's own problems still name their lines.
// A problem the knobs brought is told at the field whose change alone brings it.

import type { Problem } from '../../sim/scenario/read/Problems.ts';
import type { KnobEdits, TeamEdit } from '../app/knobEdits.ts';
import { SPIKE_PATH, teamPath } from '../app/knobPaths.ts';
import type { KnobProblem } from '../protocol.ts';

const key = (p: Problem) => `${p.path}\0${p.message}`;

/**
 * `run`: the problems (errors, or warnings) of the run, with the knobs' changes; `asWritten`:
 * those of the scenario as the file writes it. A problem both give (same path, same words) is the
 * file's; any other, the knobs' — a file's problem whose figures the knobs changed included, as it
 * now tells of them.
 */
export function splitKnobProblems<P extends Problem>(run: readonly P[], asWritten: readonly Problem[]): { file: P[]; knobs: P[] } {
  const written = new Set(asWritten.map(key));
  return { file: run.filter((p) => written.has(key(p))), knobs: run.filter((p) => !written.has(key(p))) };
}

/** One knob's change alone: the field's scenario path (as the knobs name their fields), and the patch and edits that make it. */
export interface KnobChange {
  field: string;
  patch: unknown;
  edits: KnobEdits | null;
}

type Raw = Record<string, unknown>;
const isMapping = (x: unknown): x is Raw => x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * Each leaf of a JSON merge patch that changes `raw`, alone: `{ seed: 2, settings: { x: true } }`
 * → seed, settings.x (the knobs' patch always holds the seed, changed or not).
 */
function patchLeaves(patch: unknown, raw: unknown, at = ''): KnobChange[] {
  if (!isMapping(patch)) return at === '' || patch === raw ? [] : [{ field: at, patch, edits: null }];
  return Object.entries(patch).flatMap(([k, v]) => patchLeaves(v, isMapping(raw) ? raw[k] : undefined, at === '' ? k : `${at}.${k}`)
    .map((c) => ({ ...c, patch: { [k]: c.patch } })));
}

/**
 * The knobs' changes one by one. `raw`: the file as read, whose `agents` list gives a team edit
 * (by name, or by position when the team has none) the position its fields are named by.
 */
export function knobChangesOneByOne(patch: unknown, edits: KnobEdits | null, raw: unknown): KnobChange[] {
  const agents = isMapping(raw) && Array.isArray(raw['agents']) ? (raw['agents'] as unknown[]) : [];
  const position = (e: TeamEdit) => (typeof e.team === 'number' ? e.team : agents.findIndex((t) => isMapping(t) && t['team'] === e.team));
  const teams = (edits?.teams ?? []).flatMap((e) => [
    ...(e.count === undefined ? [] : [{ field: teamPath(position(e), 'count'), patch: undefined, edits: { teams: [{ team: e.team, count: e.count }] } }]),
    ...Object.entries(e.capacity ?? {}).map(([c, v]) => ({
      field: teamPath(position(e), `capacity.${c as 'messaging' | 'email' | 'voice'}`), patch: undefined, edits: { teams: [{ team: e.team, capacity: { [c]: v } }] },
    })),
  ]);
  const spike = Object.entries(edits?.spike ?? {}).map(([k, v]) => ({ field: `${SPIKE_PATH}.${k}`, patch: undefined, edits: { teams: [], spike: { [k]: v } } }));
  return [...patchLeaves(patch, raw), ...teams, ...spike];
}

/**
 * The problems the knobs brought (`knobs`, from splitKnobProblems), each with the fields whose
 * change alone brings it (none: only several changes together do). `problemsWith(c)` reads the
 * scenario with change `c` alone (read once each, and not at all when the knobs brought no
 * problem). The file's lines are left out: the file as written has no such problem.
 */
export function attributeKnobProblems(knobs: readonly Problem[], changes: readonly KnobChange[], problemsWith: (c: KnobChange) => readonly Problem[]): KnobProblem[] {
  const out: KnobProblem[] = knobs.map((p) => ({ path: p.path, message: p.message, fields: [] }));
  if (out.length === 0) return out;
  for (const c of changes) {
    const brought = new Set(problemsWith(c).map(key));
    for (const p of out) if (brought.has(key(p))) p.fields.push(c.field);
  }
  return out;
}
