/** "1 promise", "3 promises": a count with the word that fits it, for sentences shown to people. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
