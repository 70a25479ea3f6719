// The simulation, off the page's thread: parses and checks the scenario, plays replication 0
// into frames streamed back in batches, with the run's metrics attached, then runs the other
// replications for the report (the same code as `omnisim run`, so the page's numbers equal the
// CLI's for the same scenario and seed).

import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import type { ParseResult } from '../../sim/scenario/read/parseScenario.ts';
import type { Problem } from '../../sim/scenario/read/Problems.ts';
import { meteredRun, simulate } from '../../sim/run/simulate.ts';
import { buildReport } from '../../sim/run/Report.ts';
import { reportWindows } from '../../sim/metrics/reportWindows.ts';
import { erlangFor } from '../../sim/analytic/erlangFor.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';
import { FrameRecorder } from './FrameRecorder.ts';
import { liveFrames } from './liveFrames.ts';
import { queueSlots, runMeta } from './runMeta.ts';
import { runSizeNote } from './runSizeNote.ts';
import { recipeNoteShown } from '../../sim/scenario/recipeNote.ts';
import { BUNDLED, bundledReader } from '../scenarios.ts';
import { uploadReader } from '../uploadReader.ts';
import { applyKnobEdits } from '../app/knobEdits.ts';
import { attributeKnobProblems, knobChangesOneByOne, splitKnobProblems } from './knobProblems.ts';
import type { FromWorker, KnobProblem, LoadRequest, RunWarning, ToWorker } from '../protocol.ts';
import { changedByKnobs, frameBuffers } from '../protocol.ts';

let current = 0;
const post = (m: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);
const yieldToMessages = () => new Promise((r) => setTimeout(r, 0));
/** Replications run back to back for up to this long before the worker reads its messages. */
const YIELD_MS = 50;
/** The page hears of progress at most this often. */
const PROGRESS_MS = 100;

self.onmessage = (ev: MessageEvent<ToWorker>) => {
  const m = ev.data;
  current = m.id; // a newer request (or a cancel) makes older work stop at its next yield
  if (m.type === 'load') void load(m).catch((e: unknown) => post({ type: 'crash', id: m.id, message: (e as Error).message ?? String(e) }));
};

/** The scenario run and its warnings: the base, or the variant of that name (undefined: there is none). */
function variantOf(r: ParseResult, variant: string | null): { compiled: CompiledScenario; warnings: Problem[] } | undefined {
  if (variant !== null) return r.variants.find((x) => x.name === variant);
  return r.compiled ? { compiled: r.compiled, warnings: r.warnings } : undefined;
}

/**
 * The warnings of a run (of `run`, from variantOf): the reader's, `more` (about the files
 * chosen with an upload) and, for a long or large run, the note that says so (at `replications`).
 */
function runWarnings(run: { compiled: CompiledScenario; warnings: Problem[] } | undefined, more: readonly Problem[]): RunWarning[] {
  const size = run ? runSizeNote(run.compiled) : null;
  return [...(run?.warnings ?? []), ...more, ...(size === null ? [] : [{ path: 'replications', ...size }])];
}

async function load(req: LoadRequest): Promise<void> {
  const edits = req.edits;
  // An upload's references are read from the files chosen with it, never from the bundled ones.
  const upload = req.files !== null ? uploadReader(req.fileName, req.files, Object.keys(BUNDLED)) : null;
  const readFile = upload?.read ?? bundledReader(req.fileName);
  /** The scenario with knobs' changes (none: as the file writes it). */
  const read = (k: Pick<LoadRequest, 'patch' | 'edits'>) => parseScenarioText(req.source, {
    readFile, patch: k.patch ?? undefined,
    ...(k.edits ? { edit: (raw: unknown) => applyKnobEdits(raw, k.edits!) } : {}),
  });
  const r = read(req);
  const asWritten = () => read({ patch: undefined, edits: null });
  const unused = upload?.unused() ?? [];
  const unusedWarning: Problem[] = unused.length === 0 ? []
    : [{ path: '', message: `chosen with the scenario, but it refers to no file named ${unused.join(' or ')}, so ${unused.length === 1 ? 'that file is' : 'those files are'} not used` }];
  if (!r.compiled) {
    // With the knobs' changes, the errors the file as written gets too are the file's, told at its
    // lines; the others the knobs' values brought, and the page tells each at the knob whose change
    // alone brings it (a team made smaller than its breaks' waves: at the team's agents).
    let split = { file: r.errors, knobs: [] as KnobProblem[] };
    if (changedByKnobs(req)) {
      const { file, knobs } = splitKnobProblems(r.errors, asWritten().errors);
      split = { file, knobs: attributeKnobProblems(knobs, knobChangesOneByOne(req.patch, edits, r.raw), (c) => read(c).errors) };
    }
    post({ type: 'invalid', id: req.id, fileName: req.fileName, problems: split.file, knobProblems: split.knobs, warnings: [...r.warnings, ...unusedWarning] });
    return;
  }
  const run = variantOf(r, req.variant);
  if (!run) {
    post({ type: 'invalid', id: req.id, fileName: req.fileName, problems: [{ path: 'variants', message: `no variant "${req.variant}"` }], knobProblems: [], warnings: [] });
    return;
  }
  const compiled = run.compiled;
  const sc = compiled.scenario;
  const meta = runMeta(compiled, req.variant);
  const interval = meta.interval;
  const queues = queueSlots(compiled);
  // A variant's: those it gets as the scenario does, and its own (variants.<name> → …).
  const warnings = runWarnings(run, unusedWarning);
  // With the knobs' changes, the warnings the file as written gets too (the variant as written,
  // for a variant) are the file's, told at its lines; the others the knobs brought, and the page
  // tells them at the knobs' fields.
  let split = { file: warnings, knobs: [] as RunWarning[] };
  if (warnings.length > 0 && changedByKnobs(req)) {
    split = splitKnobProblems(warnings, runWarnings(variantOf(asWritten(), req.variant), unusedWarning));
  }
  post({ type: 'meta', id: req.id, meta, variants: r.variants.map((v) => v.name), warnings: split.file, knobWarnings: split.knobs,
    description: sc.description, recipeNote: recipeNoteShown(sc) });

  // Live run: replication 0, streamed from its start an hour of simulated time at a time. The
  // run's metrics ride along, so replication 0 counts toward the report without being run again.
  const live = meteredRun(compiled, 0);
  const engine = live.engine;
  const recorder = new FrameRecorder(interval, sc.horizon, queues.index, meta.agents.count);
  recorder.attach(engine.bus);
  for (const frames of liveFrames(engine, recorder, sc.horizon, interval)) {
    post({ type: 'frames', id: req.id, frames }, frameBuffers(frames));
    await yieldToMessages();
    if (current !== req.id) return;
  }
  post({ type: 'live-done', id: req.id });

  // The other replications for the report (as many as the scenario or the replications knob
  // says), yielding to messages at least every YIELD_MS so that a newer request stops them. A
  // yield after every replication cost each one the browser's 4 ms clamp on nested timeouts
  // (3,000 replications of a short scenario: 24 s, now 4.5 s), and their progress, 100 messages
  // a replication, now goes to the page at most every PROGRESS_MS.
  const runs = [live.summarize()];
  const total = sc.replications;
  let yielded = performance.now();
  let told = -Infinity;
  const progress = (done: number) => {
    const now = performance.now();
    if (now - told < PROGRESS_MS) return;
    told = now;
    post({ type: 'progress', id: req.id, done, total });
  };
  for (let r = 1; r < total; r++) {
    progress(r);
    runs.push(simulate(compiled, r, { onProgress: (f) => progress(r + f) }));
    if (performance.now() - yielded >= YIELD_MS || r === total - 1) {
      await yieldToMessages();
      if (current !== req.id) return;
      yielded = performance.now();
    }
  }
  const report = buildReport(sc, runs, reportWindows(sc));
  const erlang = Object.fromEntries(meta.channels.map((c) => [c, erlangFor(sc, c)]));
  post({ type: 'report', id: req.id, report, erlang });
}

/** Every queue a ticket can wait in: custom queues and standard queues, per channel. */
