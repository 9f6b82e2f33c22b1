// The scales a custom function can use: built-ins plus the school's own, read from document properties.

import { ScaleRegistry } from '../../core/scales/index.js';
import { SETTINGS_KEY } from '../../ui/server/index.js';

/** Built-ins plus the school's scales; built-ins only when settings are missing, unreadable or unusable. */
export function registryFromProperties(props: GoogleAppsScript.Properties.Properties | null): ScaleRegistry {
  try {
    const raw = props?.getProperty(SETTINGS_KEY);
    const settings: unknown = raw ? JSON.parse(raw) : null;
    const school =
      typeof settings === 'object' &&
      settings !== null &&
      Array.isArray((settings as { schoolScales?: unknown }).schoolScales)
        ? (settings as { schoolScales: ConstructorParameters<typeof ScaleRegistry>[0] }).schoolScales
        : [];
    return new ScaleRegistry(school);
  } catch {
    return new ScaleRegistry();
  }
}
