// Class maps from other files: the Google Picker (drive.file) and the Sheets advanced service.
//
// Exports: pickerFiles (ClassMapFiles for the panel), pickerConfig, readPickedFile, and the picked-files
// store (pickedFiles, rememberPicked, forgetPicked).

export {
  pickerFiles,
  pickerConfig,
  PICKER_FILE,
  PICKER_KEY_PROPERTY,
  PICKER_APP_PROPERTY,
  type PickerConfig,
} from './picker-files.js';
export { readPickedFile } from './read-file.js';
export { pickedFiles, rememberPicked, forgetPicked, PICKED_KEY, type PickedFile } from './picked-files.js';
