// The explicit allow-list of top-level functions: every other function lives inside the bundle, where the
// browser console (google.script.run) cannot reach it. The build and the tests hold globals.ts to this.

import { SERVER_FUNCTIONS } from '../ui/server-functions.js';

export type PublicKind = 'trigger' | 'menu' | 'server' | 'custom';

/** Name -> what calls it: Apps Script triggers, menu items, google.script.run, or a cell formula. */
export const PUBLIC_FUNCTIONS: Readonly<Record<string, PublicKind>> = {
  onOpen: 'trigger',
  onInstall: 'trigger',
  menuSetUpProvisionMap: 'menu',
  menuSetUpTracker: 'menu',
  menuAddAssessmentPoint: 'menu',
  menuReevaluate: 'menu',
  menuReview: 'menu',
  menuOpenPanel: 'menu',
  menuHelp: 'menu',
  ...Object.fromEntries(Object.values(SERVER_FUNCTIONS).map((name) => [name, 'server' as const])),
  pickerGetConfig: 'server',
  pickerFilesChosen: 'server',
  PROVMAP_PROGRESS: 'custom',
  PROVMAP_STATUS: 'custom',
  PROVMAP_STEPS: 'custom',
};
