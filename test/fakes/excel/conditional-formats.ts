// Fake conditional formats: Custom and CellValue rules with fill and font, ordered by priority.

import { FakeContext, FakeObject, propNames } from './context.js';
import type { FakeRange } from './range.js';
import { FakeOfficeError, addressOf } from './state.js';
import type { CfRec, SheetRec } from './state.js';

const overlaps = (a: CfRec['rect'], b: CfRec['rect']) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** A leaf object with scalar properties stored on the rule record. */
class Leaf extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly find: () => CfRec,
    private readonly fields: Record<string, keyof CfRec>,
  ) {
    super(ctx);
    for (const [prop, field] of Object.entries(fields))
      Object.defineProperty(this, prop, {
        get: () => this.get(prop),
        set: (v: unknown) =>
          this.context.mutate(v, () => {
            (this.find() as unknown as Record<string, unknown>)[field] =
              typeof v === 'string' && field !== 'formula' ? v.toUpperCase() : v;
          }),
      });
  }

  load(spec?: unknown): this {
    this.loadProps(propNames(spec), () => {
      const rec = this.find();
      return Object.fromEntries(
        Object.entries(this.fields).map(([prop, field]) => [prop, rec[field] ?? null]),
      );
    });
    return this;
  }
}

export class FakeConditionalFormat extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => SheetRec,
    private readonly idOf: () => number,
  ) {
    super(ctx);
  }

  private rec(): CfRec {
    const rec = this.sheetOf().cfs.find((c) => c.id === this.idOf());
    if (!rec) throw new FakeOfficeError('ItemNotFound', 'conditional format not found');
    return rec;
  }

  /** Called by the collection when loading items. */
  publishItem(props: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(props)) this.publish(k, v);
  }

  get type(): string {
    return this.get('type') as string;
  }
  get priority(): number {
    return this.get('priority') as number;
  }
  set priority(p: number) {
    this.context.mutate(p, () => {
      const sheet = this.sheetOf();
      const rec = this.rec();
      sheet.cfs = sheet.cfs.filter((c) => c !== rec);
      sheet.cfs.splice(Math.max(0, Math.min(p, sheet.cfs.length)), 0, rec);
    });
  }

  private group(kind: 'Custom' | 'CellValue') {
    const find = () => {
      const rec = this.rec();
      if (rec.type !== kind) throw new FakeOfficeError('InvalidOperation', `not a ${kind} rule`);
      return rec;
    };
    const format = {
      fakeProxy: true,
      fill: new Leaf(this.context, find, { color: 'fill' }),
      font: new Leaf(this.context, find, { color: 'fontColor', bold: 'bold' }),
    };
    return { find, format };
  }

  get custom() {
    const g = this.group('Custom');
    return {
      fakeProxy: true,
      rule: new Leaf(this.context, g.find, { formula: 'formula' }),
      format: g.format,
    };
  }

  get cellValue() {
    const g = this.group('CellValue');
    const leaf = new Leaf(this.context, g.find, { rule: 'rule' });
    return Object.assign(leaf, { format: g.format });
  }

  getRangeOrNullObject() {
    const address = () => addressOf(this.sheetOf().name, this.rec().rect);
    return new (class extends FakeObject {
      load(spec?: unknown) {
        this.loadProps(propNames(spec), () => ({ address: address() }));
        return this;
      }
      get isNullObject() {
        return false;
      }
      get address() {
        return this.get('address') as string;
      }
    })(this.context);
  }

  delete(): void {
    this.context.mutate({}, () => {
      const sheet = this.sheetOf();
      const rec = this.rec();
      sheet.cfs = sheet.cfs.filter((c) => c !== rec);
    });
  }
}

export class FakeConditionalFormatCollection extends FakeObject {
  private list: FakeConditionalFormat[] | null = null;

  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  add(type: string): FakeConditionalFormat {
    if (type !== 'Custom' && type !== 'CellValue')
      throw new FakeOfficeError('NotImplemented', `the fake supports Custom and CellValue, not ${type}`);
    let id = 0;
    const sheetOf = () => this.range.sheet.resolve();
    this.context.mutate({ type }, () => {
      id = this.state.nextCfId();
      sheetOf().cfs.push({ id, type, rect: this.range.rect() });
    });
    return new FakeConditionalFormat(this.context, sheetOf, () => id);
  }

  load(spec?: unknown): this {
    const props = propNames(spec).map((p) => p.replace(/^items\//, ''));
    this.context.read(
      () => {
        const sheet = this.range.sheet.resolve();
        const rect = this.range.rect();
        return sheet.cfs
          .map((c, i) => ({ id: c.id, type: c.type, priority: i }))
          .filter((c) => overlaps(sheet.cfs.find((x) => x.id === c.id)!.rect, rect));
      },
      (items) => {
        this.list = items.map((it) => {
          const cf = new FakeConditionalFormat(
            this.context,
            () => this.range.sheet.resolve(),
            () => it.id,
          );
          cf.publishItem(Object.fromEntries(props.map((p) => [p, (it as Record<string, unknown>)[p]])));
          return cf;
        });
      },
    );
    return this;
  }

  get items(): FakeConditionalFormat[] {
    if (!this.list)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available. Call load and sync first.",
      );
    return this.list;
  }
}
