// What a number knob takes, said in words as the page says it everywhere ("expected a whole
// number from 1 to 100,000, got "0""), from the field's own range rather than in the browser's
// words ("Value must be greater than or equal to 1."), which no other message on the page uses.

/** "a whole number from 0 to 100,000", "a number of 0 or more" (max null: no upper bound). */
export function expectedNumber(min: number, max: number | null, whole: boolean): string {
  const kind = whole ? 'a whole number' : 'a number';
  const n = (x: number) => x.toLocaleString('en');
  return max === null ? `${kind} of ${n(min)} or more` : `${kind} from ${n(min)} to ${n(max)}`;
}
