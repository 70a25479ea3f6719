// Where in the scenario a knob's value goes: a field is named by this path (data-path), and a
// message the run brings about the value at that path is told at that field. The knobs and the
// worker (which finds the knob a refused run comes from) name the fields alike.

export type TeamField = 'count' | 'capacity.messaging' | 'capacity.email' | 'capacity.voice';

/** The file's `i`-th team's field (`agents[1].count`). */
export const teamPath = (i: number, f: TeamField): string => `agents[${i}].${f}`;

/** The first messaging spike, whose `at`, `duration` and `multiplier` the knobs change. */
export const SPIKE_PATH = 'channels.messaging.arrivals.spikes[0]';

/**
 * Where a variant's problem (`variants.recipe → channels.messaging…`) stands in the variant as a
 * scenario: the knobs change the variant's spike and teams as the scenario's, so a warning there
 * is about the same field.
 */
export const inVariant = (path: string): string => path.replace(/^variants\..*? → /, '');
