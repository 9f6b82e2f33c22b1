// The Google Sheets sidebar: the panel over google.script.run, in Google's add-on look.

import { createGoogleScriptRunBridge, type GoogleScriptRun } from '../bridges/google-script-run.js';
import { mountPanel } from '../panel/app.js';

declare const google: { script: { run: GoogleScriptRun } };

const root = document.getElementById('app');
if (root) mountPanel(root, createGoogleScriptRunBridge(google.script.run), { theme: 'google' });
