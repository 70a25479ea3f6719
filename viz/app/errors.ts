// The error banner: what is wrong and where (file:line:col path: message), for a bad upload,
// a bad knob value, or a crash — the page keeps working with what it had.

import type { Problem } from '../../sim/scenario/read/Problems.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';

/** Each problem at its place in `file`; then `more`, lines already worded (a run's warnings from the knobs). */
export function showProblems(box: HTMLElement, title: string, file: string, problems: Problem[], more: readonly string[] = []): void {
  showList(box, title, [...problems.map((p) => formatProblem(p, file)), ...more]);
}

/** A title and one line per item (none: the title alone). */
export function showList(box: HTMLElement, title: string, lines: readonly string[]): void {
  showGroups(box, title, [{ heading: null, lines }]);
}

/**
 * A title, then each group's lines under its heading (side by side, each panel's warnings under
 * the panel's name). Returns the title's element, which stays the banner's first while it shows this.
 */
export function showGroups(box: HTMLElement, title: string, groups: readonly { heading: string | null; lines: readonly string[] }[]): HTMLElement {
  box.hidden = false;
  box.replaceChildren();
  const h = document.createElement('strong');
  h.textContent = title;
  box.append(h);
  for (const g of groups) {
    if (g.heading !== null) {
      const gh = document.createElement('p');
      gh.className = 'errors-group';
      gh.textContent = g.heading;
      box.append(gh);
    }
    const ul = document.createElement('ul');
    for (const line of g.lines) {
      const li = document.createElement('li');
      li.textContent = line;
      ul.append(li);
    }
    box.append(ul);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => (box.hidden = true));
  box.append(close);
  return h;
}

export function showMessage(box: HTMLElement, message: string): void {
  showList(box, message, []);
}

export function clearErrors(box: HTMLElement): void {
  box.hidden = true;
  box.replaceChildren();
}
