// The spreadsheet's own key-value store (document properties), for settings, the collation cursor and the
// ids of picked files. Never pupil data (LIMITS safety rule 7).

/** A synchronous string store; it serves the panel server's KeyValueStore as it is. */
export interface SyncStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export function propertiesStore(props: GoogleAppsScript.Properties.Properties): SyncStore {
  return {
    get: (key) => props.getProperty(key),
    set: (key, value) => void props.setProperty(key, value),
    delete: (key) => void props.deleteProperty(key),
  };
}
