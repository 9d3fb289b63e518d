// Looking user text up in a table. Ids, units, column headings and words in reports, ledgers and links
// are their authors' text, and every plain object answers to names it never held: `toString`,
// `constructor`, `__proto__`. `table[key]` or `key in table` would take those for entries (a language
// `toString` that then broke every message, an area `constructor` whose terms were `Object`). These
// two read a table's own keys only, and are the one way to look user text up in an object.

/** `table[key]` when `key` is one of the table's own keys; otherwise undefined. */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

/** True when `key` is one of the table's own keys (and then typed as one). */
export function isOwnKey<T extends object>(table: T, key: PropertyKey): key is keyof T {
  return Object.hasOwn(table, key)
}
