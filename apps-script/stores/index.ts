// Stores kept in document properties.
//
// Exports: propertiesStore (KeyValueStore for the panel server) and propertiesRuleMemory (which
// conditional format rules provmap wrote).

export { propertiesStore, type SyncStore } from './document-store.js';
export { propertiesRuleMemory } from './rule-memory.js';
