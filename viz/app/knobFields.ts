// A knob's input and what is wrong with its value: a labelled field, a number field with the
// scenario reader's range, and the mark of a bad value (aria-invalid, the warning outline, and a
// note under the field that says what is wrong), which stays until the value is right, or of a
// value the run took with a warning (a dashed outline and a note), which stays until it is changed.

import { expectedNumber } from './expectedNumber.ts';

/** An input with the words the user sees beside it. */
export function field(label: string, input: HTMLInputElement): HTMLLabelElement {
  const l = document.createElement('label');
  l.append(label, input);
  return l;
}

/** A bad value (the run cannot use it), or a value the run takes with a warning. */
export type Mark = 'problem' | 'warning';
const MARKS: readonly Mark[] = ['problem', 'warning'];

/**
 * Says at the field what is wrong with its value, or, for a warning, what to know about it (null:
 * nothing, which clears that note). Each note is the field's description (aria-describedby); a
 * problem also makes the field invalid (aria-invalid), a warning only marks it (data-warned).
 */
export function markField(input: HTMLInputElement, message: string | null, kind: Mark = 'problem'): void {
  const doc = input.ownerDocument;
  const id = `${input.name}-${kind}`;
  let note = doc.getElementById(id);
  if (message === null) {
    note?.remove();
  } else {
    if (!note) {
      note = doc.createElement('span');
      note.id = id;
      note.className = `knob-${kind}`;
      if (kind === 'problem') note.setAttribute('role', 'alert');
      input.after(note);
    }
    const text = kind === 'warning' ? `Warning: ${message}` : message;
    if (note.textContent !== text) note.textContent = text;
  }
  const notes = MARKS.map((k) => `${input.name}-${k}`).filter((n) => doc.getElementById(n) !== null);
  if (notes.includes(`${input.name}-problem`)) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  if (notes.includes(`${input.name}-warning`)) input.dataset['warned'] = '';
  else delete input.dataset['warned'];
  if (notes.length > 0) input.setAttribute('aria-describedby', notes.join(' '));
  else input.removeAttribute('aria-describedby');
}

/**
 * A number field; `label` is what messages call it (the words the user sees beside it). Its
 * range and step are the scenario reader's, so a value the file may hold is never refused
 * (max null: no upper bound; step 'any': any fraction).
 */
export function numberInput(name: string, label: string, value: number | undefined, min: number, max: number | null, step: number | 'any' = 1): HTMLInputElement {
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

/**
 * What is wrong with a number field's value (null: nothing), in the page's words and from the
 * field's own range: an emptied required field is an error, not a 0, and text the browser cannot
 * read as a number (its value is then empty) is not called empty.
 */
export function numberProblem(i: HTMLInputElement): string | null {
  if (i.checkValidity()) return null;
  const expected = expectedNumber(Number(i.min), i.max === '' ? null : Number(i.max), i.step !== 'any');
  if (i.validity.badInput) return `expected ${expected} (what is typed is not a number)`;
  if (i.value === '') return 'enter a number (the field is empty)';
  return `expected ${expected}, got "${i.value}"`;
}
