// Class maps in other files, for the panel: the Google Picker to choose them, the Sheets service to read.

import { ProvmapError } from '../../core/errors.js';
import type { ClassMapFiles } from '../../ui/server/index.js';
import type { SyncStore } from '../stores/document-store.js';
import type { AppsScriptServices } from '../services.js';
import { pickedFiles, rememberPicked } from './picked-files.js';
import { readPickedFile } from './read-file.js';

/** Script properties a deployment sets for the Picker (see docs/apps-script.md); not secrets of a school. */
export const PICKER_KEY_PROPERTY = 'PICKER_API_KEY';
export const PICKER_APP_PROPERTY = 'PICKER_APP_ID';

/** What the Picker dialog needs: the user's token (drive.file), the API key and the Cloud project number. */
export interface PickerConfig {
  oauthToken: string;
  developerKey: string;
  appId: string;
}

export function pickerConfig(s: AppsScriptServices): PickerConfig {
  const props = s.properties.getScriptProperties();
  const developerKey = props.getProperty(PICKER_KEY_PROPERTY) ?? '';
  const appId = props.getProperty(PICKER_APP_PROPERTY) ?? '';
  if (!developerKey || !appId)
    throw new ProvmapError(
      'UNSUPPORTED_HOST',
      'Choosing files is not set up for this copy of provmap. Collate class maps that are tabs in this spreadsheet, or ask whoever deployed provmap to set the Picker keys.',
    );
  return { oauthToken: s.script.getOAuthToken(), developerKey, appId };
}

/** The Picker dialog is one HTML file of the project. */
export const PICKER_FILE = 'Picker';

/** ClassMapFiles over the Picker dialog, the picked-files store and the Sheets advanced service. */
export function pickerFiles(s: AppsScriptServices, store: SyncStore): ClassMapFiles {
  return {
    pick() {
      pickerConfig(s);
      const html = s.html.createHtmlOutputFromFile(PICKER_FILE).setWidth(760).setHeight(520);
      s.app.getUi().showModalDialog(html, 'Choose class maps');
      return { sources: [], pending: true };
    },
    list() {
      return pickedFiles(store).map((f) => ({ kind: 'file' as const, id: f.id, name: f.name }));
    },
    read(id) {
      const picked = pickedFiles(store).find((f) => f.id === id);
      if (!picked) throw new ProvmapError('SHEET_NOT_FOUND', 'That file was not chosen with "Choose files".');
      if (!s.sheets)
        throw new ProvmapError('UNSUPPORTED_HOST', 'The Google Sheets service is not enabled for provmap.');
      return readPickedFile(s.sheets, id, picked.name);
    },
  };
}

export { rememberPicked };
