import type { TalkView } from "@mend/core/talks/contract";
import { useEffect, useState } from "react";

/** The server's clock as this device reckons it: the talk's `serverTime` plus the time since it arrived. */
export function serverOffset(talk: Pick<TalkView, "serverTime">, receivedAt: number): number {
  return Date.parse(talk.serverTime) - receivedAt;
}

/** Ticks once a second while `active`, so countdowns move. */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [active]);
  return now;
}

/** Milliseconds left on the shared timer at `deviceNow`, corrected for the difference between the two clocks. */
export function remainingMs(
  timer: NonNullable<TalkView["timer"]>,
  offset: number,
  deviceNow: number,
): number {
  if (timer.endsAt === null) return timer.remainingMs;
  return Math.max(0, Date.parse(timer.endsAt) - (deviceNow + offset));
}

/** "12:05" for minutes and seconds; hours appear only when there are any. */
export function clockText(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = hours > 0 ? String(minutes).padStart(2, "0") : String(minutes);
  return `${hours > 0 ? `${hours}:` : ""}${mm}:${String(seconds).padStart(2, "0")}`;
}

/** The same time in words, for screen readers: "12 minutes left". */
export function minutesInWords(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (minutes <= 1) return "less than a minute";
  if (minutes < 120) return `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} hours${rest ? ` ${rest} minutes` : ""}`;
}

/**
 * Reads the talk again when something changes with time alone: a break that can now be ended,
 * a scheduled start that opens, a limit that is reached.
 */
export function useRefetchAt(
  times: readonly (string | null | undefined)[],
  offset: number,
  refetch: () => void,
): void {
  const key = times.filter(Boolean).join("|");
  useEffect(() => {
    const timers = key
      .split("|")
      .filter(Boolean)
      .map((iso) => Date.parse(iso) - offset - Date.now())
      .filter((wait) => wait > 0 && wait < 2 ** 31 - 1)
      .map((wait) => window.setTimeout(refetch, wait + 500));
    return () => {
      for (const timer of timers) window.clearTimeout(timer);
    };
  }, [key, offset, refetch]);
}
