// Runs in the sidebar page before its own script: google.script.run, wired to the test's server functions.
import { SERVER_FUNCTIONS } from '../../../ui/server-functions.js';
import { createScriptRun } from './script-run-shim.js';

const w = window as unknown as {
  google: unknown;
  __provmapServer(name: string, argsJson: string): Promise<string>;
};
w.google = {
  script: {
    run: createScriptRun(Object.values(SERVER_FUNCTIONS), async (name, args) =>
      JSON.parse(await w.__provmapServer(name, JSON.stringify(args))),
    ),
  },
};
