// The warnings of the run shown, in the page's banner: each panel's as it reports them — the
// file's at its lines, the knobs' at the knobs' fields and by field name. Side by side, both
// panels' are told, each under its panel's name (the banner told whichever panel reported first).

import type { Problem } from '../../sim/scenario/read/Problems.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';
import { showGroups } from './errors.ts';
import type { Knobs } from './knobs.ts';
import type { RunWarning } from '../protocol.ts';

/** What a panel reports: its file (the lines' file), its title (file and variant), and its warnings. */
export interface PanelWarnings {
  fileName: string;
  title: string;
  problems: Problem[];
  fromKnobs: RunWarning[];
}

export class RunWarnings {
  private readonly reported = new Map<string, PanelWarnings>();
  /** The banner's title while it tells these warnings. */
  private shown: HTMLElement | null = null;

  /** `knobs`: the knobs' editor, once built (it tells the knobs' warnings at their fields). */
  constructor(private readonly box: HTMLElement, private readonly knobs: () => Knobs | null) {}

  /** A new run: no warnings yet. */
  clear(): void {
    this.reported.clear();
    this.shown = null;
  }

  /**
   * Panel `label`'s warnings came (`panels`: the labels of the panels shown, in order). The knobs'
   * fields are marked, and the banner tells every panel's so far — unless it shows another
   * message (a panel's problems, a crash).
   */
  report(label: string, w: PanelWarnings, panels: readonly string[]): void {
    this.reported.set(label, w);
    const told = panels.filter((l) => this.reported.has(l)).map((l) => [l, this.reported.get(l)!] as const);
    // The knobs' warnings of every panel at once, so that a field both panels warn of tells both.
    const knobs = this.knobs();
    const knobLines = knobs?.warn(told.flatMap(([, x]) => x.fromKnobs)) ?? [];
    let k = 0;
    const groups = told.map(([l, x]) => {
      const file = knobs ? x.problems : [...x.problems, ...x.fromKnobs];
      const mine = knobs ? knobLines.slice(k, (k += x.fromKnobs.length)) : [];
      return { heading: panels.length > 1 ? `${l} — ${x.title}:` : null, lines: [...file.map((p) => formatProblem(p, x.fileName)), ...mine] };
    });
    if (!this.box.hidden && this.box.firstElementChild !== this.shown) return;
    this.shown = showGroups(this.box, panels.length > 1 ? 'Warnings, panel by panel:' : `Warnings for ${w.title}:`, groups);
  }
}
