// A table of words teachers write, looked up by cell text.

/**
 * The entry for `key` in a word table, or undefined when the table has no such word. Only the table's own
 * words count: a cell holding "constructor" or "__proto__" is a word like any other, never a property of
 * every object.
 */
export function lookupWord<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
