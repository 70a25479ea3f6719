// An error the user caused and can fix (bad flag, bad scenario, missing file). The CLI
// prints its message without a stack trace and exits with its code.

export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}
