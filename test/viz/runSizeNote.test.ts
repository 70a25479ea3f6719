// Before a run that would be long or need more memory than a browser tab has, the page says so:
// with the replications knob, 50,000 replications of a day are a typo away.

import { describe, expect, it } from 'vitest';
import { bytesOf, runSizeNote, summaryBytes } from '../../viz/worker/runSizeNote.ts';
import { compileFile } from '../support/scenarios.ts';
import { withRunOptions } from '../../sim/run/runScenario.ts';
import { simulate } from '../../sim/run/simulate.ts';

describe('runSizeNote', () => {
  it('says nothing for the bundled scenarios as written', () => {
    for (const name of ['multichannel-day.yaml', 'erlang-c-e1.yaml', 'large-centre-year.yaml']) expect(runSizeNote(compileFile(name)), name).toBeNull();
  });

  it('gives the time and the memory of 50,000 replications of a day', () => {
    expect(runSizeNote(withRunOptions(compileFile('multichannel-day.yaml'), { replications: 50_000 }))).toEqual({
      message: 'about 133 million tickets (50,000 replications × 1d): at the 0.3–2.3 million tickets a second `npm run bench` measures, 58 s to 7 min or more in a browser; '
        + 'every replication\'s figures are kept until the report is built: about 13 GB for 50,000 replications × 1d, more than a browser tab may have (often 2–4 GB), '
        + 'so the page may slow down and stop before the end (a wider report.seriesInterval needs less). The figures appear when every replication has run; fewer replications (the knobs) answer sooner',
      // What the replications field's note says: the paragraph made the knobs' form a column of text.
      brief: 'a long run, 58 s to 7 min or more; about 13 GB of figures, more than a tab may have',
    });
  });

  it('says briefly only what applies: the memory of 5,000 replications of a day, which are quick enough', () => {
    expect(runSizeNote(withRunOptions(compileFile('multichannel-day.yaml'), { replications: 5_000 }))?.brief).toBe('about 1.3 GB of figures, more than a tab may have');
  });

  it('measures a replication\'s figures as a run\'s summary takes them', () => {
    const compiled = withRunOptions(compileFile('multichannel-day.yaml'), {});
    const real = bytesOf(simulate(compiled, 0));
    expect(Math.abs(summaryBytes(compiled) - real) / real).toBeLessThan(0.02);
  });
});
