/** The persistence main needs: electron-store in the app, a Map in tests. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  /** The stored file could not be read at all when the app started, and was started afresh. */
  readonly unreadableAtStart?: boolean;
}

export function createMemoryStore(
  initial: Record<string, unknown> = {},
): KeyValueStore & { dump(): Record<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  return {
    get: (key) => structuredClone(data.get(key)),
    set: (key, value) => void data.set(key, structuredClone(value)),
    delete: (key) => void data.delete(key),
    dump: () => Object.fromEntries(data),
  };
}
