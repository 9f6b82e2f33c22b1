// The files a SENCO chose with the Google Picker: ids and file names only, in document properties.

import type { SyncStore } from '../stores/document-store.js';

/** Store key of the picked files. */
export const PICKED_KEY = 'provmap.pickedFiles';
/** Drive file ids are long URL-safe strings; anything else is refused. */
const FILE_ID = /^[A-Za-z0-9_-]{10,200}$/;
const MAX_FILES = 100;

export interface PickedFile {
  id: string;
  name: string;
}

function parse(json: string | null): PickedFile[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (f): f is PickedFile =>
        typeof f === 'object' &&
        f !== null &&
        typeof f.id === 'string' &&
        FILE_ID.test(f.id) &&
        typeof f.name === 'string',
    );
  } catch {
    return [];
  }
}

/** Files picked so far, oldest first. */
export function pickedFiles(store: SyncStore): PickedFile[] {
  return parse(store.get(PICKED_KEY));
}

/** Adds files the Picker returned (unknown shapes are dropped); returns the whole list. */
export function rememberPicked(store: SyncStore, docs: unknown): PickedFile[] {
  const incoming = Array.isArray(docs) ? docs : [];
  const byId = new Map(pickedFiles(store).map((f) => [f.id, f]));
  for (const d of incoming) {
    if (typeof d !== 'object' || d === null) continue;
    const { id, name } = d as { id?: unknown; name?: unknown };
    if (typeof id !== 'string' || !FILE_ID.test(id)) continue;
    byId.delete(id);
    byId.set(id, {
      id,
      name: typeof name === 'string' && name.trim() ? name.trim().slice(0, 200) : 'Untitled spreadsheet',
    });
  }
  const list = [...byId.values()].slice(-MAX_FILES);
  store.set(PICKED_KEY, JSON.stringify(list));
  return list;
}

/** Forgets one picked file (it can be picked again). */
export function forgetPicked(store: SyncStore, id: string): void {
  const list = pickedFiles(store).filter((f) => f.id !== id);
  store.set(PICKED_KEY, JSON.stringify(list));
}
