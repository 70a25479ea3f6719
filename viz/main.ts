// The page: pick or upload a scenario, edit its common knobs, and watch it — one panel, or a
// variant side by side with another on the same seed and time axis. State lives in the URL
// (?scenario=…&variant=…&compare=…&speed=…&autoplay=1) so a view can be shared or tested.

import { combineLatest } from 'rxjs';
import { SCENARIO_NAMES, BUNDLED } from './scenarios.ts';
import { SimulationPanel } from './app/SimulationPanel.ts';
import { createPanelScales } from './app/panelViews.ts';
import { Playback } from './app/Playback.ts';
import type { Speed } from './app/Playback.ts';
import { buildKnobs } from './app/knobs.ts';
import type { Knobs } from './app/knobs.ts';
import type { KnobEdits } from './app/knobEdits.ts';
import { showProblems, showMessage, showList, clearErrors } from './app/errors.ts';
import { RunWarnings } from './app/runWarnings.ts';
import { readUploads } from './app/readUploads.ts';
import { chooseScenario } from './app/chooseScenario.ts';
import { formatTime } from './views/timeAxis.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const picker = $<HTMLSelectElement>('scenario-picker');
const upload = $<HTMLInputElement>('upload');
const variantPicker = $<HTMLSelectElement>('variant-picker');
const comparePicker = $<HTMLSelectElement>('compare-picker');
const knobsBox = $<HTMLElement>('knobs');
const knobsToggle = $<HTMLButtonElement>('knobs-toggle');
const errors = $<HTMLElement>('errors');
const play = $<HTMLButtonElement>('play');
const speed = $<HTMLSelectElement>('speed');
const scrubber = $<HTMLInputElement>('scrubber');
const clock = $<HTMLOutputElement>('clock');
const status = $<HTMLElement>('status');
const panelsHost = $<HTMLElement>('panels');


/** The scenario being shown: its file name and text (bundled, or uploaded), and for an upload
 *  every file chosen with it by name, which its references are read from (null: bundled). */
let current: { fileName: string; source: string; files: Record<string, string> | null } = { fileName: '', source: '', files: null };
let variants: string[] = [];
let knobs: Knobs | null = null;
/** The knobs' changes (undefined: the scenario as written). */
let patch: unknown = undefined;
let edits: KnobEdits | null = null;
/** The message the knobs' bad fields showed last. */
let knobsMessage = '';
/** The run's warnings, every panel's. */
const runWarnings = new RunWarnings(errors, () => knobs);

const panels: SimulationPanel[] = [];
/** Side by side, the two panels' charts draw on one y scale per chart. */
const scales = createPanelScales();
const playback = new Playback(
  () => Math.min(...panels.map((p) => (p.meta ? p.available : 0))),
  () => Math.max(1, ...panels.map((p) => p.horizon)),
);

// A first, empty entry: shown while no bundled scenario is loaded (an upload, a bad URL), so
// picking any scenario from the list is a change.
picker.add(new Option('— pick a scenario —', ''));
picker.options[0]!.disabled = true;
for (const name of SCENARIO_NAMES) picker.add(new Option(name, name));

function option(select: HTMLSelectElement, values: string[], none: string | null, selected: string | null): void {
  select.replaceChildren();
  if (none !== null) select.add(new Option(none, ''));
  for (const v of values) select.add(new Option(v, v));
  select.value = selected ?? '';
  select.disabled = values.length === 0;
}

/** Starts (or restarts) the simulation of the current scenario in one or two panels. */
function simulate(): void {
  clearErrors(errors);
  runWarnings.clear();
  knobs?.clearRunMarks();
  const variant = variantPicker.value || null;
  const compare = comparePicker.value || null;
  const wanted = compare !== null ? 2 : 1;
  while (panels.length > wanted) panels.pop()!.destroy();
  while (panels.length < wanted) addPanel();
  panelsHost.classList.toggle('side-by-side', wanted === 2);
  const { fileName, source, files } = current;
  panels[0]!.load({ fileName, source, files, variant, patch, edits });
  if (compare !== null) panels[1]!.load({ fileName, source, files, variant: compare === '(scenario as written)' ? null : compare, patch, edits });
  playback.seek(0);
  syncUrl();
}

function addPanel(): void {
  const p = new SimulationPanel(panelsHost, panels.length === 0 ? 'Main panel' : 'Comparison panel', scales);
  p.invalid$.subscribe(({ fileName, problems, fromKnobs }) => {
    // Those the knobs' values brought are told at the knobs' fields and by field, not at the file's lines.
    const told = knobs !== null ? { file: problems, knobs: knobs.refuse(fromKnobs) } : { file: [...problems, ...fromKnobs], knobs: [] };
    const n = told.file.length + told.knobs.length;
    showProblems(errors, `${fileName} cannot be simulated — ${n} problem${n === 1 ? '' : 's'}:`, fileName, told.file, told.knobs);
  });
  p.warnings$.subscribe((w) => runWarnings.report(p.label, w, panels.map((x) => x.label)));
  p.crashed$.subscribe((message) => showMessage(errors, `The simulation stopped: ${message}`));
  p.meta$.subscribe(({ meta, variants: vs }) => {
    if (p !== panels[0]) return;
    // A whole number of steps: a range input stops at the last step within its max, so a
    // horizon that is not a whole number of frames (E1: 30 days of 1320 s) could not be scrubbed
    // to its end (d29 23:46). Beyond the horizon, seek() stops at it.
    scrubber.max = String(Math.ceil(meta.horizon / meta.interval) * meta.interval);
    scrubber.step = String(meta.interval);
    showClock(); // the horizon decides how the clock writes the time
    if (vs.join() !== variants.join()) {
      variants = vs;
      option(variantPicker, variants, variants.length ? '(scenario as written)' : null, variantPicker.value || null);
      option(comparePicker, [...(variants.length ? ['(scenario as written)'] : []), ...variants], 'nobody (one panel)', comparePicker.value || null);
    }
  });
  panels.push(p);
}

function loadScenario(fileName: string, source: string, files: Record<string, string> | null = null): void {
  current = { fileName, source, files };
  patch = undefined;
  edits = null;
  variants = [];
  option(variantPicker, [], null, null);
  option(comparePicker, [], 'nobody (one panel)', null);
  knobs = null;
  knobsBox.replaceChildren();
  if (!knobsBox.hidden) showKnobs();
  simulate();
}

/** Builds the knobs editor for the current scenario when it is first shown (it parses the YAML). */
function showKnobs(): void {
  if (knobs !== null) return;
  const k = buildKnobs(current.source, () => {
    const r = k.patch();
    if ('errors' in r) {
      if (r.errors.length === 1) showMessage(errors, (knobsMessage = `Knobs: ${r.errors[0]}`));
      else showList(errors, (knobsMessage = `Knobs: ${r.errors.length} values cannot be used:`), r.errors);
      return;
    }
    patch = r.patch;
    edits = r.edits;
    simulate();
  }, () => {
    // The bad fields are right now: their message goes too (not another one shown since).
    if (!errors.hidden && errors.firstChild?.textContent === knobsMessage) clearErrors(errors);
  });
  knobs = k;
  knobsBox.replaceChildren(k.root);
}

/** While the page follows its address (at start, and on Back or Forward), it rewrites it instead of adding history. */
let followingUrl = true;

/**
 * The address says what is shown. A new scenario, variant, comparison or knobs run is a new
 * history entry, so that Back returns to what was shown before it (it left the page); a speed
 * change only rewrites the address. An uploaded file cannot be in the address: its entry keeps
 * its name in the history state, so that coming back to it can say so.
 */
function syncUrl(kind: 'show' | 'speed' = 'show'): void {
  const q = new URLSearchParams();
  const uploaded = current.files !== null;
  if (current.fileName && !uploaded) q.set('scenario', current.fileName);
  if (variantPicker.value) q.set('variant', variantPicker.value);
  if (comparePicker.value) q.set('compare', comparePicker.value);
  q.set('speed', speed.value);
  const state = uploaded ? { upload: current.fileName } : null;
  const same = location.search === `?${q}` && (history.state?.upload ?? null) === (state?.upload ?? null);
  // Only when it changes: a same-document navigation costs the page a few milliseconds.
  if (same && !(kind === 'show' && patch !== undefined && !followingUrl)) return;
  if (kind === 'show' && !followingUrl) history.pushState(state, '', `?${q}`);
  else history.replaceState(state, '', `?${q}`);
}

// ---- wiring ------------------------------------------------------------------------------

picker.addEventListener('change', () => loadScenario(picker.value, BUNDLED[picker.value]!));
variantPicker.addEventListener('change', simulate);
comparePicker.addEventListener('change', simulate);
knobsToggle.addEventListener('click', () => {
  knobsBox.hidden = !knobsBox.hidden;
  if (!knobsBox.hidden) showKnobs();
  knobsToggle.setAttribute('aria-expanded', String(!knobsBox.hidden));
});
// A scenario is uploaded with the files it refers to (trigger exports, replayed ticket CSVs),
// chosen together; its references are read from those files only (viz/uploadReader.ts).
upload.addEventListener('change', async () => {
  const chosen = [...(upload.files ?? [])];
  if (chosen.length === 0) return;
  upload.value = ''; // so that choosing the same files again is a change
  const read = await readUploads(chosen);
  if (read.problems.length === 1) {
    showMessage(errors, read.problems[0]!);
    return;
  }
  if (read.problems.length > 1) {
    showList(errors, `${read.problems.length} of the chosen files cannot be read:`, read.problems);
    return;
  }
  const c = chooseScenario(read.files);
  if ('error' in c) {
    showMessage(errors, `Upload: ${c.error}.`);
    return;
  }
  picker.value = '';
  loadScenario(c.scenario.name, c.scenario.text, Object.fromEntries(read.files.map((f) => [f.name, f.text])));
});
play.addEventListener('click', () => {
  // Play at the end of the run plays it again from the start.
  if (!playback.playing$.value && playback.time$.value >= playback.end) playback.seek(0);
  playback.playing$.next(!playback.playing$.value);
});
/** A value of the speed list as the playback clock takes it. */
const speedOf = (value: string): Speed => (value === 'max' ? 'max' : Number(value));
speed.addEventListener('change', () => {
  playback.speed$.next(speedOf(speed.value));
  syncUrl('speed');
});
scrubber.addEventListener('input', () => playback.seek(Number(scrubber.value)));

/**
 * The clock says the time shown as the charts' time axis and cursor write it: "10:05" in a run of
 * a day or less ("24:00" at its end, where the axis ends), "d2 13:00" in a longer one.
 */
function showClock(): void {
  const text = formatTime(playback.time$.value, playback.end);
  if (clock.value !== text) clock.value = text;
}

combineLatest([playback.playing$, playback.time$]).subscribe(([playing, t]) => {
  // ❚❚ rather than ⏸, which common Linux fonts lack (it showed as an empty box).
  play.textContent = playing ? '❚❚ Pause' : '▶ Play';
  scrubber.value = String(t);
  showClock();
});

// Render at most once per animation frame, whatever the rate of updates.
let scheduled = false;
let viewError = '';
function frame(): void {
  scheduled = false;
  const t = playback.time$.value;
  for (const p of panels) {
    try {
      p.render(t);
    } catch (e) {
      // A view that fails must not stop the others, nor the page: say so once, keep going.
      const message = `A view failed to draw: ${(e as Error).message ?? String(e)}`;
      if (message !== viewError) showMessage(errors, (viewError = message));
    }
  }
  const states = panels.map((p) => p.status);
  const settled = panels.every((p) => p.settled);
  const stopped = states.includes('crashed');
  status.textContent = panels.length === 0 ? 'no scenario' : states.includes('invalid') ? 'invalid scenario' : stopped ? 'stopped' : settled ? 'ready' : 'simulating…';
  document.body.dataset['status'] = settled ? 'ready' : states.includes('invalid') ? 'invalid' : stopped ? 'stopped' : 'busy';
  requestFrame();
}
function requestFrame(): void {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(frame);
  }
}

playback.start();
requestFrame();

// ---- start from the URL ----------------------------------------------------------------------

// In a task of its own: evaluating this module and building the first panel (and its worker)
// in one task was the page's longest task at load (51-85 ms).
setTimeout(() => followUrl(true), 0);

// Back and Forward show what the address says (an uploaded file's entry: the page cannot load it again).
addEventListener('popstate', () => {
  const upload = (history.state as { upload?: string } | null)?.upload;
  if (upload !== undefined) {
    showMessage(errors, `${upload} was uploaded: the page does not keep uploaded files, so it cannot show it again — upload it again (with the files it refers to), or go Back to a bundled scenario.`);
    return;
  }
  followUrl(false);
});

/** Shows what the page address says: the scenario, its variant and comparison, the speed (at start, autoplay). */
function followUrl(atStart: boolean): void {
  followingUrl = true;
  try {
    applyUrl(new URLSearchParams(location.search), atStart);
  } finally {
    followingUrl = false;
  }
}

/** The address followed last: a variant to apply once its scenario is read is dropped if the page has followed another since. */
let urlVisit = 0;

function applyUrl(params: URLSearchParams, atStart: boolean): void {
  const visit = ++urlVisit;
  const start = params.get('scenario') ?? 'multichannel-day.yaml';
  const initialSpeed = params.get('speed');
  const urlProblems: string[] = [];
  option(variantPicker, [], null, null);
  option(comparePicker, [], 'nobody (one panel)', null);
  // Back and Forward keep the speed playing now (only speed changes rewrite it in an entry).
  if (initialSpeed && atStart) {
    if ([...speed.options].some((o) => o.value === initialSpeed)) {
      speed.value = initialSpeed;
      playback.speed$.next(speedOf(initialSpeed));
    } else {
      urlProblems.push(`speed "${initialSpeed}" is not one of ${[...speed.options].map((o) => o.value).join(', ')}; playing at ${speed.value}×`);
    }
  }
  if (BUNDLED[start]) {
    picker.value = start;
    loadScenario(start, BUNDLED[start]!);
    const v = params.get('variant');
    const c = params.get('compare');
    if (v || c) {
      // Variants are known once the scenario is read; apply the URL's choice then.
      const once = panels[0]!.meta$.subscribe(() => {
        once.unsubscribe();
        if (visit !== urlVisit) return;
        const unknown = [
          ...(v && !variants.includes(v) ? [`variant "${v}"`] : []),
          ...(c && c !== '(scenario as written)' && !variants.includes(c) ? [`comparison "${c}"`] : []),
        ];
        if (unknown.length > 0) showMessage(errors, `${start} has no ${unknown.join(' and no ')} (variants: ${variants.join(', ') || 'none'}).`);
        if (v && variants.includes(v)) variantPicker.value = v;
        if (c && [...comparePicker.options].some((o) => o.value === c)) comparePicker.value = c;
        if (comparePicker.value || variantPicker.value) {
          followingUrl = true;
          simulate();
          followingUrl = false;
        }
      });
    }
  } else {
    picker.value = '';
    urlProblems.push(`no bundled scenario "${start}"; pick one from the list or upload a file`);
  }
  if (urlProblems.length > 0) showMessage(errors, `The page address: ${urlProblems.join('; ')}.`);
  if (atStart && params.get('autoplay') === '1') playback.playing$.next(true);
}
