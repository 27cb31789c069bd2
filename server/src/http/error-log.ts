/**
 * What a log may say about a failure. A database error names its code and the constraint, table and
 * column it concerns, never its message, detail, query or parameters: those quote what a person wrote
 * (a private note, a letter, an email and its password hash). The query wrapper's own message lists
 * every parameter, so an error that carries a database error is described by that error alone.
 */
export interface LoggedError {
  type: string;
  message?: string;
  database?: { code: string; constraint?: string; table?: string; column?: string; routine?: string };
  stack?: string;
}

interface DriverError {
  code: string;
  severity: string;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  routine?: unknown;
}

/** pg and PGlite both raise PostgreSQL's error fields: a five-character SQLSTATE code and a severity. */
function isDriverError(value: unknown): value is DriverError {
  if (typeof value !== "object" || value === null) return false;
  const { code, severity } = value as Partial<DriverError>;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && typeof severity === "string";
}

function driverErrorIn(error: unknown): DriverError | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === "object" && current !== null && !seen.has(current)) {
    if (isDriverError(current)) return current;
    seen.add(current);
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

const nameOf = (value: unknown) => (typeof value === "string" && value.length <= 63 ? value : undefined);

/** Only the "at …" lines: the first line of a stack repeats the message. */
function framesOf(error: unknown): string | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  if (!stack) return undefined;
  const frames = stack.split("\n").filter((line) => /^\s+at /.test(line));
  return frames.length > 0 ? frames.join("\n") : undefined;
}

export function describeError(error: unknown): LoggedError {
  const type = error instanceof Error ? error.constructor.name : typeof error;
  const stack = framesOf(error);
  const driver = driverErrorIn(error);
  if (driver) {
    const database = {
      code: driver.code,
      ...(nameOf(driver.constraint) ? { constraint: nameOf(driver.constraint) } : {}),
      ...(nameOf(driver.table) ? { table: nameOf(driver.table) } : {}),
      ...(nameOf(driver.column) ? { column: nameOf(driver.column) } : {}),
      ...(nameOf(driver.routine) ? { routine: nameOf(driver.routine) } : {}),
    };
    return { type, database, ...(stack ? { stack } : {}) };
  }
  if (error instanceof Error && "params" in error) {
    // A query that failed before reaching the database: its message still lists the parameters.
    return { type, ...(stack ? { stack } : {}) };
  }
  return {
    type,
    ...(error instanceof Error ? { message: error.message } : {}),
    ...(stack ? { stack } : {}),
  };
}
