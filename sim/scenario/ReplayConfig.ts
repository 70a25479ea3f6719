// Arrivals replayed from a CSV export of real tickets (`arrivals: { replay: tickets.csv }`):
// the file is read when the scenario is read, so a compiled scenario carries its rows and runs
// the same wherever it goes (worker threads, sweep units, the browser).

/** One replayed ticket's own fields; what the file leaves empty comes from the channel's mixes. */
export interface ReplayRow {
  /** Priority code (low 0 … urgent 3), or -1: drawn from the channel's priority mix. */
  priority: number;
  /** Group name, or null: drawn from the channel's group mix. */
  group: string | null;
  /** Tags added to the channel's own tags. */
  tags: string[];
  /** R7: brand name, or null: drawn from the channel's brand mix. */
  brand: string | null;
  /** Line of the file the row came from (for traces and messages). */
  line: number;
}

export interface ReplayConfig {
  /** The file, as the scenario names it (relative to the scenario file). */
  file: string;
  /** Wall-clock date-time of t = 0 for files with timestamps ("2024-03-05T08:00"); null:
   *  midnight of the first ticket's day. */
  start: string | null;
  /** Minutes east of UTC of the centre's clock: timestamps written with an offset (Z, +02:00)
   *  are converted to it; null: every timestamp is read as the clock it shows. */
  utcOffsetMinutes: number | null;
  /** A row that cannot be read refuses the scenario (error) or is left out with a warning (skip). */
  onBadRow: 'error' | 'skip';
  /** This channel's rows, parallel to the arrival times (filled when the file is read). */
  rows: ReplayRow[];
}
