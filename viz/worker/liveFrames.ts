// Replication 0 as the page plays it: the frame of the run's start (time 0), then the frames of
// each step of simulated time (an hour, or one frame when frames are further apart), up to the
// horizon. The worker posts each batch as it comes; the tests record a run the same way.

import type { Engine } from '../../sim/engine/Engine.ts';
import type { FrameRecorder } from './FrameRecorder.ts';
import type { StreamedFrame } from '../protocol.ts';

/**
 * Runs `engine` to `horizon`, yielding the frames `recorder` (attached to the engine's bus) made
 * in each step. The first batch holds the start frame, so every time the playback clock can show
 * has a frame at or before it.
 */
export function* liveFrames(engine: Engine, recorder: FrameRecorder, horizon: number, interval: number): Generator<StreamedFrame[]> {
  engine.runUntil(0);
  recorder.startFrame();
  const step = Math.max(interval, 3600);
  for (let t = step; ; t += step) {
    engine.runUntil(Math.min(t, horizon));
    recorder.flushUntil(Math.min(t, horizon));
    yield recorder.take();
    if (t >= horizon) return;
  }
}
