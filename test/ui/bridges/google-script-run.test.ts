// The google.script.run bridge: Promises over the builder API, codes kept, at most 10 calls at once.
import { describe, expect, it } from 'vitest';
import { BridgeError } from '../../../ui/bridge.js';
import {
  concurrencyLimit,
  createGoogleScriptRunBridge,
  MAX_CONCURRENT_CALLS,
  type GoogleScriptRun,
} from '../../../ui/bridges/google-script-run.js';
import { SERVER_FUNCTIONS } from '../../../ui/server-functions.js';
import { createScriptRun, type Transport } from '../support/script-run-shim.js';

const NAMES = Object.values(SERVER_FUNCTIONS);
const bridgeOver = (transport: Transport, names: readonly string[] = NAMES) =>
  createGoogleScriptRunBridge(createScriptRun(names, transport) as unknown as GoogleScriptRun);

describe('createGoogleScriptRunBridge', () => {
  it('calls the named server function with the arguments and resolves with its value', async () => {
    const seen: [string, unknown[]][] = [];
    const bridge = bridgeOver(async (name, args) => {
      seen.push([name, args]);
      return { ok: true, value: { name, args } };
    });
    await expect(bridge.selectCell('Class 3', 'B7')).resolves.toEqual({
      name: 'panelSelectCell',
      args: ['Class 3', 'B7'],
    });
    await bridge.previewStructure('Sheet1', null);
    expect(seen.map(([n]) => n)).toEqual(['panelSelectCell', 'panelPreviewStructure']);
    expect(seen[1]![1]).toEqual(['Sheet1', null]);
  });

  it('rejects with the stable code the server sent', async () => {
    const bridge = bridgeOver(async () => ({ ok: false, error: { code: 'BUSY', message: 'busy now' } }));
    const error = await bridge.reevaluate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    expect(error).toMatchObject({ code: 'BUSY', message: 'busy now' });
  });

  it('turns a failed execution or an odd answer into UNEXPECTED', async () => {
    const failing = bridgeOver(async () => {
      throw new Error('Exceeded maximum execution time');
    });
    await expect(failing.getContext()).rejects.toMatchObject({
      code: 'UNEXPECTED',
      message: 'Exceeded maximum execution time',
    });
    const odd = bridgeOver(async () => 'hello');
    await expect(odd.getContext()).rejects.toMatchObject({ code: 'UNEXPECTED' });
  });

  it('says so when the add-on does not expose a function', async () => {
    const bridge = bridgeOver(async () => ({ ok: true, value: null }), ['panelGetContext']);
    await expect(bridge.reevaluate()).rejects.toThrow(/panelReevaluate/);
  });

  it('refuses to send what google.script.run cannot carry, without calling', async () => {
    let calls = 0;
    const bridge = bridgeOver(async () => {
      calls++;
      return { ok: true, value: null };
    });
    const bad = { weeksPerTerm: new Date() } as unknown as Parameters<typeof bridge.saveSettings>[0];
    await expect(bridge.saveSettings(bad)).rejects.toMatchObject({ code: 'UNEXPECTED' });
    expect(calls).toBe(0);
  });

  it(`keeps at most ${MAX_CONCURRENT_CALLS} calls in flight and runs the rest in order`, async () => {
    let inFlight = 0;
    let most = 0;
    const order: string[] = [];
    const bridge = bridgeOver(async (_name, args) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      order.push(String(args[0]));
      inFlight--;
      return { ok: true, value: args[0] };
    });
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => bridge.getSheetStatus(`S${i}`)));
    expect(results).toEqual(Array.from({ length: 25 }, (_, i) => `S${i}`));
    expect(most).toBe(MAX_CONCURRENT_CALLS);
    expect(order.slice(0, MAX_CONCURRENT_CALLS).sort()).toEqual(
      Array.from({ length: MAX_CONCURRENT_CALLS }, (_, i) => `S${i}`).sort(),
    );
  });
});

describe('concurrencyLimit', () => {
  it('frees a slot when a task fails', async () => {
    const limit = concurrencyLimit(1);
    const first = limit(() => Promise.reject(new Error('no')));
    const second = limit(() => Promise.resolve('yes'));
    await expect(first).rejects.toThrow('no');
    await expect(second).resolves.toBe('yes');
  });
});
