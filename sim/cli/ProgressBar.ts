// A progress bar on stderr for long runs, drawn only on an interactive terminal and at most
// ten times a second; it estimates the time left from the rate so far.

import type { CliIo } from './CliIo.ts';

export class ProgressBar {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly io: CliIo, private readonly label: string) {}

  update(done: number, total: number, detail = ''): void {
    if (!this.io.interactive) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < total) return;
    this.lastDraw = now;
    const frac = total > 0 ? Math.min(1, done / total) : 0;
    const width = Math.max(10, Math.min(30, this.io.columns - 60));
    const full = Math.round(frac * width);
    const elapsed = (now - this.started) / 1000;
    const left = frac > 0 ? elapsed * (1 - frac) / frac : NaN;
    const eta = Number.isFinite(left) && frac < 1 ? ` · ${left < 60 ? `${left.toFixed(0)}s` : `${Math.round(left / 60)}m`} left` : '';
    this.io.err(`\r${this.label} ▕${'█'.repeat(full)}${'░'.repeat(width - full)}▏ ${(frac * 100).toFixed(0).padStart(3)}% ${detail}${eta}\x1b[K`);
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.io.err('\r\x1b[K');
  }
}
