import type { JobEngine } from "./engine.ts";

/** What a route or a job needs to queue more work. */
export type JobSender = Pick<JobEngine, "send">;

/**
 * A sender for work that is built before the job engine starts (the app listens, then migrates, then
 * starts the engine): requests made before then are refused rather than lost silently.
 */
export function lateJobSender(): JobSender & { attach(engine: JobSender): void } {
  let engine: JobSender | undefined;
  return {
    attach(started) {
      engine = started;
    },
    send(request) {
      if (!engine) return Promise.reject(new Error("The job engine has not started yet."));
      return engine.send(request);
    },
  };
}
