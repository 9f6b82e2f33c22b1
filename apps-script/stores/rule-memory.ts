// Remembers which conditional format rules provmap wrote on each sheet, in document properties.
// Only short hashes of rule conditions and colours are stored: no pupil data.

import type { RuleMemory } from '../host/apply-plan.js';

const KEY = 'provmap.rules.';

/** A RuleMemory over a properties store (the document's). */
export function propertiesRuleMemory(props: GoogleAppsScript.Properties.Properties): RuleMemory {
  return {
    read(sheetId) {
      const raw = props.getProperty(`${KEY}${sheetId}`);
      if (!raw) return [];
      try {
        const parsed: unknown = JSON.parse(raw);
        return Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === 'string') : [];
      } catch {
        return [];
      }
    },
    write(sheetId, signatures) {
      props.setProperty(`${KEY}${sheetId}`, JSON.stringify([...new Set(signatures)]));
    },
  };
}
