/**
 * Runs queries one after another and returns their results in order, like `Promise.all` would. A
 * transaction holds one connection, which takes one query at a time: node-postgres warns when
 * queries overlap on it (and will refuse in its next major version), and PGlite runs them one by one
 * anyway. Use it wherever the database handle may be a transaction.
 */
export async function inSequence<T extends unknown[]>(
  ...tasks: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  const results: unknown[] = [];
  for (const task of tasks as (() => Promise<unknown>)[]) results.push(await task());
  return results as T;
}
