// Runs an engine to its horizon, in a hundred slices when someone follows the progress (the CLI's
// progress bar): `onProgress` gets the simulated fraction of the horizon done after each.

import type { Engine } from '../engine/Engine.ts';

export function runWithProgress(engine: Engine, onProgress?: (fraction: number) => void): void {
  if (!onProgress) {
    engine.run();
    return;
  }
  const h = engine.horizon;
  for (let i = 1; i <= 100; i++) {
    engine.runUntil((h * i) / 100);
    onProgress(i / 100);
  }
}
