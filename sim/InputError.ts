// Input a computation cannot take, and the user can fix: a flag or target out of range, a team
// the scenario does not have, a queue that grows without limit. The CLI prints its message as
// the user's to fix (exit 1); any other error that reaches it is a bug in omnisim (exit 70).
// A RangeError, so callers that caught the library's RangeErrors still do; but only this kind is
// the user's — a RangeError of the language ("Maximum call stack size exceeded", "Invalid array
// length") is not.

export class InputError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
