// Worker-thread entry for sweep units. Plain JavaScript (worker threads cannot start from a
// .ts file): registers tsx, then loads the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./unitWorkerBody.ts');
