// The other Apps Script services provmap uses: locks, properties, script, utilities, HTML and the Ui.

import type { CallLog } from './calls.js';
import { formatDate } from './dates.js';
import { AuthMode, Button, ButtonSet } from './enums.js';

/** Authorization mode of the current execution, as the trigger or call sets it. */
export interface FakeEnv {
  authMode: keyof typeof AuthMode;
}

/** Throws Apps Script's authorization error when the mode forbids a service. */
export function requireAuth(env: FakeEnv, what: string): void {
  if (env.authMode === 'NONE')
    throw new Error(`You do not have permission to call ${what}. Required permissions are missing.`);
}

// ---- LockService -----------------------------------------------------------------------------------------

/** Who holds the document lock: nobody, another execution, or one of our lock objects. */
export interface LockState {
  holder: FakeLock | 'other' | null;
  /** Milliseconds the tests pretend tryLock waited, summed. */
  waited: number;
}

export class FakeLock {
  constructor(
    private readonly env: FakeEnv,
    private readonly state: LockState,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    requireAuth(this.env, 'LockService.getDocumentLock');
    if (this.state.holder === this) return true;
    if (this.state.holder !== null) {
      this.state.waited += timeoutInMillis;
      return false;
    }
    this.state.holder = this;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }

  hasLock(): boolean {
    return this.state.holder === this;
  }

  releaseLock(): void {
    if (this.state.holder === this) this.state.holder = null;
  }
}

export function fakeLockService(env: FakeEnv, state: LockState) {
  return {
    getDocumentLock: () => {
      requireAuth(env, 'LockService.getDocumentLock');
      return new FakeLock(env, state);
    },
    getScriptLock: () => new FakeLock(env, state),
    getUserLock: () => new FakeLock(env, state),
  };
}

// ---- PropertiesService -----------------------------------------------------------------------------------

/** Apps Script's quotas: 9 KB per value, 500 KB per property store. */
export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
export const MAX_PROPERTY_STORE_BYTES = 500 * 1024;

const bytes = (s: string): number => new TextEncoder().encode(s).length;

export class FakeProperties {
  readonly data = new Map<string, string>();

  constructor(
    private readonly env: FakeEnv,
    private readonly calls: CallLog,
    private readonly what: string,
  ) {}

  private check(mutating: boolean): void {
    requireAuth(this.env, this.what);
    if (mutating && this.env.authMode === 'CUSTOM_FUNCTION')
      throw new Error('You do not have permission to call setProperty.');
    this.calls.tick(`Properties.${mutating ? 'set' : 'get'}`, false);
  }

  private size(): number {
    let n = 0;
    for (const [k, v] of this.data) n += bytes(k) + bytes(v);
    return n;
  }

  getProperty(key: string): string | null {
    this.check(false);
    return this.data.get(key) ?? null;
  }

  getProperties(): Record<string, string> {
    this.check(false);
    return Object.fromEntries(this.data);
  }

  getKeys(): string[] {
    this.check(false);
    return [...this.data.keys()];
  }

  setProperty(key: string, value: string): this {
    this.check(true);
    const v = String(value);
    if (bytes(v) > MAX_PROPERTY_VALUE_BYTES) throw new Error('Argument too large: value');
    const old = this.data.get(key);
    this.data.set(key, v);
    if (this.size() > MAX_PROPERTY_STORE_BYTES) {
      if (old === undefined) this.data.delete(key);
      else this.data.set(key, old);
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    return this;
  }

  setProperties(properties: Record<string, string>): this {
    for (const [k, v] of Object.entries(properties)) this.setProperty(k, v);
    return this;
  }

  deleteProperty(key: string): this {
    this.check(true);
    this.data.delete(key);
    return this;
  }

  deleteAllProperties(): this {
    this.check(true);
    this.data.clear();
    return this;
  }
}

// ---- HtmlService and the Ui ------------------------------------------------------------------------------

export class FakeHtmlOutput {
  private title = '';
  width = 0;
  height = 0;

  constructor(private readonly content: string) {}

  getContent(): string {
    return this.content;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): this {
    this.title = title;
    return this;
  }

  setWidth(width: number): this {
    this.width = width;
    return this;
  }

  setHeight(height: number): this {
    this.height = height;
    return this;
  }

  setSandboxMode(): this {
    return this;
  }

  setXFrameOptionsMode(): this {
    return this;
  }
}

/** Built HTML files by name (without .html), as clasp pushes them. */
export function fakeHtmlService(files: Map<string, string>) {
  return {
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
      const content = files.get(filename);
      if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
      return new FakeHtmlOutput(content);
    },
    createHtmlOutput(html = ''): FakeHtmlOutput {
      return new FakeHtmlOutput(html);
    },
  };
}

export interface MenuItem {
  caption: string;
  functionName: string;
}

/** What the Ui showed: menus, sidebars, dialogs and alerts, in order. */
export interface UiLog {
  menus: { title: string; addon: boolean; items: (MenuItem | 'separator')[] }[];
  sidebars: FakeHtmlOutput[];
  dialogs: { html: FakeHtmlOutput; title: string }[];
  alerts: string[];
}

class FakeMenu {
  private readonly items: (MenuItem | 'separator')[] = [];

  constructor(
    private readonly log: UiLog,
    private readonly title: string,
    private readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): this {
    this.items.push('separator');
    return this;
  }

  addToUi(): void {
    this.log.menus.push({ title: this.title, addon: this.addon, items: [...this.items] });
  }
}

export function fakeUi(log: UiLog) {
  return {
    ButtonSet,
    Button,
    createAddonMenu: () => new FakeMenu(log, 'provmap', true),
    createMenu: (title: string) => new FakeMenu(log, title, false),
    showSidebar: (html: FakeHtmlOutput) => void log.sidebars.push(html),
    showModalDialog: (html: FakeHtmlOutput, title: string) => void log.dialogs.push({ html, title }),
    showModelessDialog: (html: FakeHtmlOutput, title: string) => void log.dialogs.push({ html, title }),
    alert: (...args: unknown[]) => {
      log.alerts.push(args.filter((a) => typeof a === 'string').join(' — '));
      return Button.OK;
    },
  };
}

// ---- ScriptApp and Utilities -----------------------------------------------------------------------------

export function fakeScriptApp(env: FakeEnv) {
  return {
    AuthMode,
    getOAuthToken: () => {
      requireAuth(env, 'ScriptApp.getOAuthToken');
      return 'fake-oauth-token';
    },
    getScriptId: () => 'fake-script-id',
  };
}

let uuid = 0;

export const fakeUtilities = {
  formatDate: (date: Date, timeZone: string, format: string): string => formatDate(date, timeZone, format),
  getUuid: (): string => `00000000-0000-4000-8000-${String(++uuid).padStart(12, '0')}`,
  sleep: (): void => undefined,
};
