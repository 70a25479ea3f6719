// A knob's input and what is wrong with its value: a labelled field, a number field with the
// scenario reader's range, and the mark of a bad value (aria-invalid, the warning outline, and a
// note under the field that says what is wrong), which stays until the value is right.

import { expectedNumber } from './expectedNumber.ts';

/** An input with the words the user sees beside it. */
export function field(label: string, input: HTMLInputElement): HTMLLabelElement {
  const l = document.createElement('label');
  l.append(label, input);
  return l;
}

/** Says at the field what is wrong with its value (null: nothing, which clears it). */
export function markField(input: HTMLInputElement, message: string | null): void {
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
  if (note.textContent !== message) note.textContent = message;
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', id);
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
