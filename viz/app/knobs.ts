// The small editor for the common knobs: agents per team and their capacity per channel, the
// first messaging spike (size and time), the routing setting for agent-ended sessions, the
// seed and the number of replications. It reads the scenario as written and returns what the user changed: a JSON merge patch
// for the seed and the routing setting, and field edits for teams and the spike (knobEdits.ts:
// applied to the scenario and to each variant, keeping a variant's own changes), so anything it
// does not show, or the user did not change, stays as the file says. A bad value is told at its
// field before anything runs; a warning the changes bring to a run, at the field it is about; and
// a value the scenario reader refuses with the file's other values, at the field whose change brings it.

import { parse } from 'yaml';
import type { KnobEdits, TeamEdit } from './knobEdits.ts';
import { readReplications } from './readReplications.ts';
import { DEFAULTS } from '../../sim/scenario/defaults.ts';
import { MAX_REPLICATIONS } from '../../sim/scenario/replicationLimit.ts';
import { MAX_TEAM_COUNT } from '../../sim/scenario/read/readAgents.ts';
import { field, markField, numberInput, numberProblem } from './knobFields.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';
import type { KnobProblem, RunWarning } from '../protocol.ts';
import type { Mark } from './knobFields.ts';
import { checkSpikeKnobs } from './checkSpikeKnobs.ts';
import { SPIKE_PATH, inVariant, teamPath } from './knobPaths.ts';

export interface Knobs {
  root: HTMLElement;
  /** The changes for the current values, or for each bad field its name and what is wrong (the fields are marked). */
  patch(): { patch: unknown; edits: KnobEdits } | { errors: string[] };
  /**
   * Tells the warnings the knobs' changes brought to a run: each at the field of the value it is
   * about (marked as a warning; a long one, such as the run-size note, by its brief), and returns
   * them worded in full for the page's message, by field name (by scenario path, and at no field,
   * when it is about no one field's value).
   */
  warn(problems: readonly RunWarning[]): string[];
  /**
   * Tells the problems the knobs' values brought to a run the scenario reader refused: each at the
   * fields whose change alone brings it, marked as a bad value until that field is changed, and
   * returns them worded for the page's message, by field name (by scenario path when no one
   * field's change brings it).
   */
  refuse(problems: readonly KnobProblem[]): string[];
  /** Takes a run's marks away, its warnings' and its refusals' (a new run tells its own). */
  clearRunMarks(): void;
}

type Raw = Record<string, unknown>;

/** Where in the scenario a field's value goes: a warning at that path is about the field's value. */
const writes = (input: HTMLInputElement, path: string): void => {
  input.dataset['path'] = path;
};
/** What messages call a field: the words the user sees beside it. */
const labelOf = (input: HTMLInputElement): string => input.dataset['label'] ?? input.name;

/** `onCorrected`: every field marked bad has been given a right value (the page's message about them can go). */
export function buildKnobs(source: string, onApply: () => void, onCorrected: () => void = () => {}): Knobs {
  const root = document.createElement('form');
  root.className = 'knob-form';
  root.noValidate = true; // out-of-range values are reported in the page's error box, naming the field
  let raw: Raw = {};
  try {
    raw = (parse(source) ?? {}) as Raw;
  } catch {
    // The worker reports a parse error with its position; the knobs stay empty.
  }
  const teams = Array.isArray(raw['agents']) ? (raw['agents'] as Raw[]) : [];
  const teamInputs = teams.map((t, i) => {
    const box = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = `Team ${String(t['team'] ?? i + 1)}`;
    box.append(legend);
    const cap = (t['capacity'] ?? {}) as Raw;
    const team = legend.textContent;
    const count = numberInput(`team-${i}-count`, `${team} · agents`, Number(t['count'] ?? 1), 0, MAX_TEAM_COUNT);
    count.required = true;
    const messaging = numberInput(`team-${i}-messaging`, `${team} · messaging`, cap['messaging'] as number | undefined, 0, 500);
    const email = numberInput(`team-${i}-email`, `${team} · email`, cap['email'] as number | undefined, 0, 500);
    const voice = numberInput(`team-${i}-voice`, `${team} · voice`, (cap['voice'] ?? cap['talk']) as number | undefined, 0, 1);
    const hasInlineCapacity = t['capacity'] !== undefined;
    writes(count, teamPath(i, 'count'));
    for (const [c, input] of [['messaging', messaging], ['email', email], ['voice', voice]] as const) writes(input, teamPath(i, `capacity.${c}`));
    box.append(field('agents', count));
    if (hasInlineCapacity) box.append(field('messaging', messaging), field('email', email), field('voice', voice));
    root.append(box);
    return { count, messaging, email, voice, hasInlineCapacity };
  });
  const channels = (raw['channels'] ?? {}) as Raw;
  const messaging = (channels['messaging'] ?? {}) as Raw;
  const arrivals = (typeof messaging['arrivals'] === 'object' ? messaging['arrivals'] : {}) as Raw;
  const spikes = Array.isArray(arrivals['spikes']) ? (arrivals['spikes'] as Raw[]) : [];
  const spike = spikes[0];
  const spikeBox = document.createElement('fieldset');
  const sl = document.createElement('legend');
  sl.textContent = 'Messaging spike';
  spikeBox.append(sl);
  const spikeMultiplier = numberInput('spike-multiplier', 'Messaging spike · × rate', spike ? Number(spike['multiplier'] ?? 1) : undefined, 0, null, 'any');
  spikeMultiplier.required = true; // emptied, it was left out: the run kept the file's × rate
  const spikeAt = document.createElement('input');
  spikeAt.name = 'spike-at';
  spikeAt.dataset['label'] = 'Messaging spike · at';
  spikeAt.value = spike ? String(spike['at'] ?? '') : '';
  spikeAt.placeholder = '10:00';
  spikeAt.title = 'When the spike starts: a time of day 0 such as 10:00, a day and time such as d2 10:00, or a duration after the start such as 34h';
  const spikeDuration = document.createElement('input');
  spikeDuration.name = 'spike-duration';
  spikeDuration.dataset['label'] = 'Messaging spike · for';
  spikeDuration.value = spike ? String(spike['duration'] ?? '') : '';
  spikeDuration.placeholder = '40m';
  spikeDuration.title = 'How long the spike lasts: a duration such as 40m or 1h30m';
  writes(spikeMultiplier, `${SPIKE_PATH}.multiplier`);
  writes(spikeAt, `${SPIKE_PATH}.at`);
  writes(spikeDuration, `${SPIKE_PATH}.duration`);
  spikeBox.append(field('× rate', spikeMultiplier), field('at', spikeAt), field('for', spikeDuration));
  // Only a spike the file has can be changed: without one, the fields showed their placeholders
  // ("10:00", "40m") as if there were a spike, and what was typed in them was left out.
  const hasSpike = spike !== undefined && messaging['arrivals'] !== undefined;
  if (hasSpike) root.append(spikeBox);
  const settings = (raw['settings'] ?? {}) as Raw;
  const routing = document.createElement('input');
  routing.type = 'checkbox';
  routing.name = 'route-agent-ended-as-email';
  routing.checked = settings['routeAgentEndedAsEmail'] === true;
  routing.dataset['label'] = 'Route agent-ended messaging sessions as email';
  writes(routing, 'settings.routeAgentEndedAsEmail');
  // The seeds a scenario file may have (up to 2^53 − 1, as the scenario reader and --seed take).
  const seed = numberInput('seed', 'seed', Number(raw['seed'] ?? 1), 0, Number.MAX_SAFE_INTEGER);
  seed.required = true;
  writes(seed, 'seed');
  // Replications: checked as `omnisim run --replications` checks them (readReplications), on
  // the text as typed (a number field reads "2.5e1" as 25 and letters as empty).
  const fileReplications = raw['replications'] ?? DEFAULTS.replications;
  const replications = document.createElement('input');
  replications.name = 'replications';
  replications.dataset['label'] = 'replications';
  replications.inputMode = 'numeric';
  replications.value = String(fileReplications);
  writes(replications, 'replications');
  replications.title = `Independent runs the figures are the mean and 95% interval of: a whole number from 1 to ${MAX_REPLICATIONS.toLocaleString('en')} (omnisim run --replications)`;
  const other = document.createElement('fieldset');
  const ol = document.createElement('legend');
  ol.textContent = 'Routing and run';
  other.append(ol, field('Route agent-ended messaging sessions as email (R43)', routing), field('seed', seed), field('replications', replications));
  root.append(other);
  const apply = document.createElement('button');
  apply.type = 'submit';
  apply.textContent = 'Apply';
  root.append(apply);
  if (raw['variants'] !== undefined) {
    const note = document.createElement('p');
    note.className = 'knob-note';
    note.textContent = 'Values as the file writes them before any variant; a variant keeps its own changes to every field you leave as it is.';
    root.append(note);
  }
  root.addEventListener('submit', (e) => {
    e.preventDefault();
    onApply();
  });

  /** What is wrong with each field shown, in the order shown (none: every value can be run). */
  const problems = (): Map<HTMLInputElement, string> => {
    const out = new Map<HTMLInputElement, string>();
    for (const i of root.querySelectorAll<HTMLInputElement>('input[type=number]')) {
      const problem = numberProblem(i);
      if (problem !== null) out.set(i, problem);
    }
    if (hasSpike) {
      const bad = checkSpikeKnobs(spike, { at: spikeAt.value, duration: spikeDuration.value });
      if (bad.at !== undefined) out.set(spikeAt, bad.at);
      if (bad.duration !== undefined) out.set(spikeDuration, bad.duration);
    }
    const reps = readReplications(replications.value);
    if ('error' in reps) out.set(replications, reps.error);
    return new Map([...root.querySelectorAll('input')].filter((i) => out.has(i)).map((i) => [i, out.get(i)!]));
  };
  /** A value the run refused is no longer marked. */
  const unrefuse = (i: HTMLInputElement) => {
    delete i.dataset['refused'];
    markField(i, null);
  };
  // A bad field stays marked until its value is right; then the note goes, and once no field is
  // marked, the page's message about them. A value the run refused stays marked until its field
  // is changed (whether the new one is right, only a run can tell).
  root.addEventListener('input', (e) => {
    const t = e.target;
    if (!(t instanceof HTMLInputElement)) return;
    // A warning, or a refusal, was about the value the run took: changed, the field no longer holds it.
    if (t.dataset['warned'] !== undefined) markField(t, null, 'warning');
    const refused = t.dataset['refused'] !== undefined;
    if (refused) unrefuse(t);
    if (!t.hasAttribute('aria-invalid') && !refused) return;
    const now = problems();
    for (const i of root.querySelectorAll<HTMLInputElement>('input[aria-invalid]:not([data-refused])')) markField(i, now.get(i) ?? null);
    if (root.querySelector('input[aria-invalid]') === null) onCorrected();
  });

  /**
   * Tells each of a run's problems at the fields `fieldsOf` names (by scenario path), with
   * `kind`'s mark and the words `said` gives — at the field, the problem's `brief` when it has one
   * (the full words are the note's title) — and returns the page's lines: by field name, or by the
   * problem's scenario path (no line of the file) when it is about no field shown.
   */
  const tell = <P extends RunWarning>(problems: readonly P[], fieldsOf: (p: P) => readonly string[], kind: Mark, said: (p: P, at: HTMLInputElement) => string): string[] => {
    const inputs = [...root.querySelectorAll('input')];
    /** By field, its notes: the words at the field, and in full. */
    const atField = new Map<HTMLInputElement, Map<string, string>>();
    const lines = problems.map((p) => {
      const fields = fieldsOf(p);
      const at = inputs.filter((i) => fields.includes(i.dataset['path'] ?? ''));
      if (at.length === 0) return `Knobs: ${formatProblem({ path: p.path, message: p.message })}`;
      // Told once, if two panels' runs both bring it.
      for (const i of at) atField.set(i, (atField.get(i) ?? new Map()).set(p.brief ?? said(p, i), said(p, i)));
      return `Knobs: ${at.map(labelOf).join(', ')}: ${said(p, at[0]!)}`;
    });
    for (const [input, notes] of atField) {
      markField(input, [...notes.keys()].join('; '), kind);
      const full = [...notes.values()].join('; ');
      const note = input.ownerDocument.getElementById(`${input.name}-${kind}`)!;
      if (full !== [...notes.keys()].join('; ')) note.title = full;
      else note.removeAttribute('title');
      if (kind === 'problem') input.dataset['refused'] = '';
    }
    return lines;
  };

  return {
    root,
    patch() {
      for (const i of root.querySelectorAll('input')) unrefuse(i);
      const bad = problems();
      if (bad.size > 0) {
        for (const [i, problem] of bad) markField(i, problem);
        bad.keys().next().value!.focus();
        return { errors: [...bad].map(([i, problem]) => `${labelOf(i)}: ${problem}`) };
      }
      const reps = readReplications(replications.value); // a number: checked above
      // Only what was changed goes into the patch and the edits, so a variant's own changes are kept.
      const edited: TeamEdit[] = [];
      teams.forEach((t, i) => {
        const k = teamInputs[i]!;
        const e: TeamEdit = { team: typeof t['team'] === 'string' ? t['team'] : i };
        if (Number(k.count.value) !== Number(t['count'] ?? 1)) e.count = Number(k.count.value);
        if (k.hasInlineCapacity) {
          const cap = (t['capacity'] ?? {}) as Raw;
          for (const c of ['messaging', 'email', 'voice'] as const) {
            const was = c === 'voice' ? (cap['voice'] ?? cap['talk']) : cap[c];
            if (k[c].value !== '' && Number(k[c].value) !== was) (e.capacity ??= {})[c] = Number(k[c].value);
          }
        }
        if (e.count !== undefined || e.capacity !== undefined) edited.push(e);
      });
      const edits: KnobEdits = { teams: edited };
      const patch: Raw = { seed: Number(seed.value) };
      if ('value' in reps && reps.value !== Number(fileReplications)) patch['replications'] = reps.value;
      if (routing.checked !== (settings['routeAgentEndedAsEmail'] === true)) patch['settings'] = { routeAgentEndedAsEmail: routing.checked };
      if (hasSpike) {
        const s: NonNullable<KnobEdits['spike']> = {};
        if (spikeMultiplier.value !== '' && Number(spikeMultiplier.value) !== Number(spike['multiplier'] ?? 1)) s.multiplier = Number(spikeMultiplier.value);
        if (spikeAt.value !== String(spike['at'] ?? '')) s.at = spikeAt.value;
        if (spikeDuration.value !== String(spike['duration'] ?? '')) s.duration = spikeDuration.value;
        if (Object.keys(s).length > 0) edits.spike = s;
      }
      return { patch, edits };
    },
    warn(problems) {
      // A warning about no one field's value (no agents left) is told by its scenario path; a
      // variant's, at the field the knobs change the variant's value with.
      return tell(problems, (p) => [inVariant(p.path)], 'warning', (p) => p.message);
    },
    refuse(problems) {
      // The reader's words are about its path (a team's breaks' waves when the team's agents were
      // changed): said as what the value brings, not as the field's own range.
      const lines = tell(problems, (p) => p.fields, 'problem', (p, at) => (p.path === at.dataset['path'] ? p.message
        : `the scenario cannot use this value — ${formatProblem({ path: p.path, message: p.message })}`));
      // As Apply does with a bad value: the first such field gets the focus, unless the user has moved on.
      const first = root.querySelector<HTMLInputElement>('input[data-refused]');
      const active = document.activeElement;
      if (first && (active === null || active === document.body || active === apply)) first.focus();
      return lines;
    },
    clearRunMarks() {
      for (const i of root.querySelectorAll('input')) {
        markField(i, null, 'warning');
        if (i.dataset['refused'] !== undefined) unrefuse(i);
      }
    },
  };
}
