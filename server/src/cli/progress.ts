/** Reports one step of a long command: what it is doing now, and how far along it is. */
export type ProgressReport = (done: number, total: number, what: string) => void;

/**
 * Counted steps on one line of a terminal ("Backing up: 12 of 41 tables (spaces)"), rewritten in
 * place; nothing at all when the output goes to a pipe or a file, so scripts read only results.
 */
export function terminalProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): { report: ProgressReport; finish(): void } {
  const live = stream.isTTY === true;
  return {
    report(done, total, what) {
      if (live) stream.write(`\r\u001b[2K${label}: ${done} of ${total} ${what}`);
    },
    finish() {
      if (live) stream.write("\r\u001b[2K");
    },
  };
}
