/**
 * Counts presses of the Shift key on its own, like GOV.UK's "exit this page": three in a row, each
 * within a second of the one before, trigger. Shift used with another key (typing a capital letter,
 * Shift+Tab) does not count and starts the count again.
 */
export interface ShiftPressCounter {
  keyDown(event: KeyboardEvent): void;
  keyUp(event: KeyboardEvent): void;
  reset(): void;
}

export interface ShiftPressOptions {
  onTrigger: () => void;
  /** Called with the number of presses so far (0 when the count starts again). */
  onProgress?: (count: number) => void;
  presses?: number;
  withinMs?: number;
  now?: () => number;
}

export function createShiftPressCounter(options: ShiftPressOptions): ShiftPressCounter {
  const presses = options.presses ?? 3;
  const withinMs = options.withinMs ?? 1000;
  const now = options.now ?? (() => performance.now());

  let count = 0;
  let lastPressAt = Number.NEGATIVE_INFINITY;
  let shiftIsDown = false;
  let usedWithOtherKey = false;

  const setCount = (next: number) => {
    if (next === count) return;
    count = next;
    options.onProgress?.(count);
  };

  const withOtherModifier = (event: KeyboardEvent) => event.ctrlKey || event.altKey || event.metaKey;

  return {
    keyDown(event) {
      if (event.isComposing) return;
      if (event.key === "Shift") {
        if (!event.repeat) {
          shiftIsDown = true;
          usedWithOtherKey = withOtherModifier(event);
        }
        return;
      }
      if (shiftIsDown) usedWithOtherKey = true;
      setCount(0);
    },
    keyUp(event) {
      if (event.key !== "Shift" || !shiftIsDown) return;
      shiftIsDown = false;
      if (usedWithOtherKey || withOtherModifier(event)) {
        setCount(0);
        return;
      }
      const at = now();
      const next = at - lastPressAt <= withinMs ? count + 1 : 1;
      lastPressAt = at;
      if (next >= presses) {
        setCount(0);
        lastPressAt = Number.NEGATIVE_INFINITY;
        options.onTrigger();
        return;
      }
      setCount(next);
    },
    reset() {
      shiftIsDown = false;
      usedWithOtherKey = false;
      lastPressAt = Number.NEGATIVE_INFINITY;
      setCount(0);
    },
  };
}
