// A stand-in for the browser side of google.script.run: the same builder API (withSuccessHandler,
// withFailureHandler, one function per public server function), asynchronous, with arguments and results
// serialised as Apps Script does. Runs in Node tests and, bundled, inside the page under test.

/** Delivers one call to the server side and settles with its (JSON) answer. */
export type Transport = (name: string, args: unknown[]) => Promise<unknown>;

type Handler = (value: unknown) => void;

/** Apps Script refuses Dates, functions and other non-plain values as arguments. */
function serialise(args: unknown[]): unknown[] {
  const check = (v: unknown): void => {
    if (v === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof v)) return;
    if (typeof v !== 'object') throw new Error(`Invalid argument: ${typeof v}`);
    if (Array.isArray(v)) return v.forEach(check);
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw new Error('Invalid argument: not a plain object');
    Object.values(v as object).forEach(check);
  };
  args.forEach(check);
  return JSON.parse(JSON.stringify(args)) as unknown[];
}

/** A `google.script.run` whose server exposes exactly `names`. */
export function createScriptRun(names: readonly string[], transport: Transport): Record<string, unknown> {
  const make = (success: Handler | null, failure: Handler | null): Record<string, unknown> => {
    const runner: Record<string, unknown> = {
      withSuccessHandler: (f: Handler) => make(f, failure),
      withFailureHandler: (f: Handler) => make(success, f),
      withUserObject: () => make(success, failure),
    };
    for (const name of names)
      runner[name] = (...args: unknown[]): void => {
        let payload: unknown[];
        try {
          payload = serialise(args);
        } catch (e) {
          setTimeout(() => failure?.(e), 0);
          return;
        }
        transport(name, payload).then(
          (value) => success?.(value === undefined ? null : JSON.parse(JSON.stringify(value))),
          (error: unknown) => failure?.(error instanceof Error ? error : new Error(String(error))),
        );
      };
    return runner;
  };
  return make(null, null);
}
