// The small editor for the common knobs: agents per team and their capacity per channel, the
// first messaging spike (size and time), the routing setting for agent-ended sessions, the
// seed and the number of replications. It reads the scenario as written and returns what the user changed: a JSON merge patch
// for the seed and the routing setting, and field edits for teams and the spike (knobEdits.ts:
// applied to the scenario and to each variant, keeping a variant's own changes), so anything it
// does not show, or the user did not change, stays as the file says.

import { parse } from 'yaml';
import type { KnobEdits, TeamEdit } from './knobEdits.ts';
import { readReplications } from './readReplications.ts';
import { DEFAULTS } from '../../sim/scenario/defaults.ts';
import { MAX_REPLICATIONS } from '../../sim/scenario/replicationLimit.ts';
import { MAX_TEAM_COUNT } from '../../sim/scenario/read/readAgents.ts';

export interface Knobs {
  root: HTMLElement;
  /** The changes for the current values, or a message naming the bad field. */
  patch(): { patch: unknown; edits: KnobEdits } | { error: string };
}

type Raw = Record<string, unknown>;

function field(label: string, input: HTMLInputElement): HTMLLabelElement {
  const l = document.createElement('label');
  l.append(label, input);
  return l;
}

/** Says at the field what is wrong with its value (null: nothing, which clears it). */
function markField(input: HTMLInputElement, message: string | null): void {
  const id = `${input.name}-problem`;
  let note = input.ownerDocument.getElementById(id);
  if (message === null) {
    note?.remove();
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
    return;
  }
  if (!note) {
    note = input.ownerDocument.createElement('span');
    note.id = id;
    note.className = 'knob-problem';
    note.setAttribute('role', 'alert');
    input.after(note);
  }
  note.textContent = message;
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', id);
}

/**
 * A number field; `label` is what messages call it (the words the user sees beside it). Its
 * range and step are the scenario reader's, so a value the file may hold is never refused
 * (max null: no upper bound; step 'any': any fraction).
 */
function numberInput(name: string, label: string, value: number | undefined, min: number, max: number | null, step: number | 'any' = 1): HTMLInputElement {
  const i = document.createElement('input');
  i.type = 'number';
  i.name = name;
  i.dataset['label'] = label;
  i.min = String(min);
  if (max !== null) i.max = String(max);
  i.step = String(step);
  if (value !== undefined) i.value = String(value);
  return i;
}

export function buildKnobs(source: string, onApply: () => void): Knobs {
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
  const spikeAt = document.createElement('input');
  spikeAt.name = 'spike-at';
  spikeAt.value = spike ? String(spike['at'] ?? '') : '';
  spikeAt.placeholder = '10:00';
  const spikeDuration = document.createElement('input');
  spikeDuration.name = 'spike-duration';
  spikeDuration.value = spike ? String(spike['duration'] ?? '') : '';
  spikeDuration.placeholder = '40m';
  spikeBox.append(field('× rate', spikeMultiplier), field('at', spikeAt), field('for', spikeDuration));
  // Only a spike the file has can be changed: without one, the fields showed their placeholders
  // ("10:00", "40m") as if there were a spike, and what was typed in them was left out.
  if (spike && messaging['arrivals'] !== undefined) root.append(spikeBox);
  const settings = (raw['settings'] ?? {}) as Raw;
  const routing = document.createElement('input');
  routing.type = 'checkbox';
  routing.name = 'route-agent-ended-as-email';
  routing.checked = settings['routeAgentEndedAsEmail'] === true;
  // The seeds a scenario file may have (up to 2^53 − 1, as the scenario reader and --seed take).
  const seed = numberInput('seed', 'seed', Number(raw['seed'] ?? 1), 0, Number.MAX_SAFE_INTEGER);
  seed.required = true;
  // Replications: checked as `omnisim run --replications` checks them (readReplications), on
  // the text as typed (a number field reads "2.5e1" as 25 and letters as empty).
  const fileReplications = raw['replications'] ?? DEFAULTS.replications;
  const replications = document.createElement('input');
  replications.name = 'replications';
  replications.inputMode = 'numeric';
  replications.value = String(fileReplications);
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
  // A field's problem stays until its value changes.
  root.addEventListener('input', (e) => {
    if (e.target instanceof HTMLInputElement) markField(e.target, null);
  });

  return {
    root,
    patch() {
      for (const i of root.querySelectorAll('input')) markField(i, null);
      // An emptied required field is an error, not a 0 (a number input reads "" as 0 otherwise).
      const bad = [...root.querySelectorAll<HTMLInputElement>('input[type=number]')].find((i) => !i.checkValidity());
      if (bad) {
        const label = bad.dataset['label'] ?? bad.name;
        const problem = bad.validity.valueMissing || (bad.value === '' && bad.validity.badInput) ? 'enter a number (the field is empty)'
          : `${bad.validationMessage || 'out of range'} (got "${bad.value}")`;
        markField(bad, problem);
        bad.focus();
        return { error: `${label}: ${problem}` };
      }
      const reps = readReplications(replications.value);
      if ('error' in reps) {
        markField(replications, reps.error);
        replications.focus();
        return { error: `replications: ${reps.error}` };
      }
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
      if (reps.value !== Number(fileReplications)) patch['replications'] = reps.value;
      if (routing.checked !== (settings['routeAgentEndedAsEmail'] === true)) patch['settings'] = { routeAgentEndedAsEmail: routing.checked };
      if (spike && messaging['arrivals'] !== undefined) {
        const s: NonNullable<KnobEdits['spike']> = {};
        if (spikeMultiplier.value !== '' && Number(spikeMultiplier.value) !== Number(spike['multiplier'] ?? 1)) s.multiplier = Number(spikeMultiplier.value);
        if (spikeAt.value !== '' && spikeAt.value !== String(spike['at'] ?? '')) s.at = spikeAt.value;
        if (spikeDuration.value !== '' && spikeDuration.value !== String(spike['duration'] ?? '')) s.duration = spikeDuration.value;
        if (Object.keys(s).length > 0) edits.spike = s;
      }
      return { patch, edits };
    },
  };
}
