// What is wrong with a scenario, each with the path that names where (`agents[1].capacity
// .messaging`), plus warnings that do not stop a run. Line numbers are attached afterwards.

export interface Problem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export class Problems {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  warn(path: string, message: string): void {
    this.warnings.push({ path, message });
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}

/** "file.yaml:12:5 agents[1].capacity.messaging: expected …" */
export function formatProblem(p: Problem, file?: string): string {
  const where = [file, p.line, p.column].filter((x) => x !== undefined).join(':');
  const path = p.path === '' ? '(top level)' : p.path;
  return `${where ? where + ' ' : ''}${path}: ${p.message}`;
}
