import { useCallback, useEffect, useRef, useState } from "react";

export type AutosaveStatus = "idle" | "waiting" | "saving" | "saved" | "failed";

export interface Autosave {
  status: AutosaveStatus;
  savedAt: Date | null;
  /** Saves now whatever is waiting (after a failure, for instance). */
  retry: () => void;
  /** Stops saving: drops anything waiting and resolves once a save under way has finished. */
  stop: () => Promise<void>;
  /** Starts saving again after `stop`, for example when sharing did not go through. */
  resume: () => void;
}

/**
 * Saves `value` a moment after it stops changing, one save at a time, always the newest value last.
 * Anything still waiting is saved when the page is left.
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<unknown>, delayMs = 1200): Autosave {
  const [status, setStatus] = useState<AutosaveStatus>("idle");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const latest = useRef(value);
  const saved = useRef(value);
  const saveRef = useRef(save);
  saveRef.current = save;
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);

  const run = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    if (running.current) return running.current;
    const work = (async () => {
      try {
        while (!stopped.current && latest.current !== saved.current) {
          const next = latest.current;
          setStatus("saving");
          await saveRef.current(next);
          saved.current = next;
        }
        if (!stopped.current) {
          setStatus("saved");
          setSavedAt(new Date());
        }
      } catch {
        setStatus("failed");
      } finally {
        running.current = null;
      }
    })();
    running.current = work;
    return work;
  }, []);

  useEffect(() => {
    latest.current = value;
    if (stopped.current || value === saved.current) return;
    setStatus("waiting");
    timer.current = window.setTimeout(() => void run(), delayMs);
    return () => window.clearTimeout(timer.current);
  }, [value, delayMs, run]);

  // Leaving the page mid-sentence still keeps the sentence.
  useEffect(
    () => () => {
      if (!stopped.current && latest.current !== saved.current)
        saveRef.current(latest.current).catch(() => undefined);
    },
    [],
  );

  const stop = useCallback(async () => {
    stopped.current = true;
    window.clearTimeout(timer.current);
    await running.current;
  }, []);

  const resume = useCallback(() => {
    stopped.current = false;
    if (latest.current !== saved.current) void run();
  }, [run]);

  return { status, savedAt, retry: () => void run(), stop, resume };
}
