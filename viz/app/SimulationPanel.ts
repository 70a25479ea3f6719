// One column of the page: a scenario (or one of its variants) simulated in its own Web Worker.
// Worker messages arrive as an rxjs stream; frames accumulate as the run streams in; the views
// are updated for the time the shared playback clock shows. A bad scenario shows its problems
// and leaves the rest of the page working.

import { Subject, fromEvent, map, filter } from 'rxjs';
import type { Subscription } from 'rxjs';
import type { FromWorker, KnobProblem, RunMeta, RunWarning, LoadRequest, StreamedFrame } from '../protocol.ts';
import { changedByKnobs } from '../protocol.ts';
import type { Report } from '../../sim/run/Report.ts';
import type { Problem } from '../../sim/scenario/read/Problems.ts';
import { createPanelViews } from './panelViews.ts';
import { AgentTimeline } from './AgentTimeline.ts';
import type { PanelViews, PanelScales, ErlangByChannel } from './panelViews.ts';

export type PanelState = 'idle' | 'loading' | 'streaming' | 'reporting' | 'ready' | 'invalid' | 'crashed';

export class SimulationPanel {
  readonly root: HTMLElement;
  readonly title: HTMLElement;
  /** The scenario's file name and variant, in the title. */
  private readonly name: HTMLElement;
  /** What the figures are for, once the run's meta come: seed, replications, knobs. */
  private readonly run: HTMLElement;
  /** Under the title: what the scenario is about (its `description:`), as the HTML report heads it. */
  private readonly about: HTMLElement;
  /** Under the title: the run's recipe is reconstructed (spec Q19), as the CLI and the HTML report say it. */
  private readonly recipe: HTMLElement;
  private knobsApplied = false;
  /** The scenario file run (its problems' lines are its). */
  private fileName = '';
  /** Why the scenario cannot be run: the file's problems, and those the knobs' values brought (`fromKnobs`). */
  readonly invalid$ = new Subject<{ fileName: string; problems: Problem[]; fromKnobs: KnobProblem[] }>();
  /**
   * The run's warnings: the file's (`problems`, placed in `fileName`) and those the knobs' changes
   * brought (`fromKnobs`); `title`: what the panel runs, as its heading says (the file and variant).
   */
  readonly warnings$ = new Subject<{ fileName: string; title: string; problems: Problem[]; fromKnobs: RunWarning[] }>();
  readonly meta$ = new Subject<{ meta: RunMeta; variants: string[] }>();
  readonly crashed$ = new Subject<string>();
  meta: RunMeta | null = null;
  /** The frames streamed so far; the one shown is rebuilt whole from them. */
  private timeline = new AgentTimeline();
  report: Report | null = null;
  erlang: ErlangByChannel = {};
  private progress = { done: 0, total: 0 };
  private state: PanelState = 'idle';
  private readonly worker: Worker;
  private readonly sub: Subscription;
  private readonly views: PanelViews;
  private requestId = 0;
  private dirty = true;
  private lastShown = -1;

  /** `scales`: the domains shared with the other panel's charts (side by side). */
  constructor(host: HTMLElement, readonly label: string, scales: PanelScales) {
    this.root = document.createElement('section');
    this.root.className = 'panel';
    this.root.setAttribute('aria-label', label);
    this.title = document.createElement('h2');
    this.name = document.createElement('span');
    this.run = document.createElement('small');
    this.run.className = 'panel-run';
    this.title.append(this.name, this.run);
    this.about = document.createElement('p');
    this.about.className = 'panel-about';
    this.about.hidden = true;
    this.recipe = document.createElement('p');
    this.recipe.className = 'panel-recipe';
    this.recipe.setAttribute('role', 'note');
    this.recipe.hidden = true;
    this.root.append(this.title, this.about, this.recipe);
    host.append(this.root);
    this.views = createPanelViews(this.root, scales);
    this.worker = new Worker(new URL('../worker/simWorker.ts', import.meta.url), { type: 'module' });
    this.sub = fromEvent<MessageEvent<FromWorker>>(this.worker, 'message')
      .pipe(map((e) => e.data), filter((m) => m.id === this.requestId))
      .subscribe((m) => this.receive(m));
    this.setState('idle');
  }

  load(req: Omit<LoadRequest, 'type' | 'id'>): void {
    this.requestId++;
    this.meta = null;
    this.timeline = new AgentTimeline();
    this.report = null;
    this.erlang = {};
    this.progress = { done: 0, total: 0 };
    this.lastShown = -1;
    this.dirty = true;
    this.views.reset();
    this.fileName = req.fileName;
    this.name.textContent = `${req.fileName}${req.variant ? ` · ${req.variant}` : ''}`;
    this.run.textContent = '';
    this.showAbout('', null);
    this.knobsApplied = changedByKnobs(req);
    this.setState('loading');
    this.worker.postMessage({ type: 'load', id: this.requestId, ...req });
  }

  get frames(): readonly StreamedFrame[] {
    return this.timeline.frames;
  }

  /** How far the run has streamed (simulated seconds). */
  get available(): number {
    return this.frames.length > 0 ? this.frames[this.frames.length - 1]!.t : 0;
  }

  get horizon(): number {
    return this.meta?.horizon ?? 0;
  }

  /** Draws the views for simulated time t (cheap when nothing changed). */
  render(t: number): void {
    // Until the run's meta come, the views are built (one per frame) while the worker starts.
    if (!this.meta) {
      this.views.prepare();
      return;
    }
    // The run's start, then a frame an interval apart, and the last one at the horizon.
    const index = this.timeline.indexAt(t);
    if (!this.dirty && index === this.lastShown) return;
    this.lastShown = index;
    this.dirty = false;
    const complete = this.views.update({
      meta: this.meta,
      frames: this.frames,
      frame: index >= 0 ? this.timeline.frame(index) : null,
      t,
      report: this.report,
      erlang: this.erlang,
      progress: this.progressShown(),
    });
    if (!complete) this.dirty = true; // views still being built: draw again next frame
  }

  /**
   * Replications done, in replications: while the first one streams in, the share of its
   * horizon simulated so far (the worker reports only the replications after it, and a long
   * first replication — a year — showed no progress at all).
   */
  private progressShown(): { done: number; total: number } {
    if (!this.meta) return this.progress;
    if (this.state === 'streaming') return { done: Math.min(1, this.available / this.meta.horizon), total: this.meta.replications };
    if (this.state === 'reporting' && this.progress.total === 0) return { done: 1, total: this.meta.replications };
    return this.progress;
  }

  /** Ready, and the views show everything there is (the report included). */
  get settled(): boolean {
    return this.state === 'ready' && !this.dirty;
  }

  destroy(): void {
    this.sub.unsubscribe();
    this.worker.terminate();
    this.views.destroy();
    this.root.remove();
  }

  private receive(m: FromWorker): void {
    switch (m.type) {
      case 'invalid':
        this.setState('invalid');
        this.invalid$.next({ fileName: m.fileName, problems: m.problems, fromKnobs: m.knobProblems });
        break;
      case 'meta':
        this.meta = m.meta;
        // As the CLI's report heads its table: the seed and replications the figures are for
        // (the knobs' changes are not in the page address: a shared link runs the file as written).
        this.run.textContent = `seed ${m.meta.seed} · ${m.meta.replications} replication${m.meta.replications === 1 ? '' : 's'}${this.knobsApplied ? ' · changed with the knobs' : ''}`;
        this.showAbout(m.description, m.recipeNote);
        this.setState('streaming');
        this.meta$.next({ meta: m.meta, variants: m.variants });
        if (m.warnings.length + m.knobWarnings.length > 0) this.warnings$.next({ fileName: this.fileName, title: this.name.textContent ?? '', problems: m.warnings, fromKnobs: m.knobWarnings });
        break;
      case 'frames':
        this.timeline.append(m.frames);
        this.dirty = true;
        break;
      case 'live-done':
        this.setState('reporting');
        break;
      case 'progress':
        this.progress = { done: m.done, total: m.total };
        this.dirty = true;
        break;
      case 'report':
        this.report = m.report;
        this.erlang = m.erlang;
        this.dirty = true;
        this.setState('ready');
        break;
      case 'crash':
        this.setState('crashed');
        this.crashed$.next(m.message);
        break;
    }
  }

  /** What the run is: its description, and the note of a reconstructed recipe (each hidden without). */
  private showAbout(description: string, recipeNote: string | null): void {
    this.about.textContent = description;
    this.about.hidden = description === '';
    this.recipe.textContent = recipeNote ?? '';
    this.recipe.hidden = recipeNote === null;
  }

  private setState(s: PanelState): void {
    this.state = s;
    this.root.dataset['status'] = s;
  }

  get status(): PanelState {
    return this.state;
  }
}
