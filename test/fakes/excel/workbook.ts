// Fake workbook, worksheets, names, notes and freeze panes, and the request context Excel.run hands out.

import { parseA1Range, quoteSheet } from '../../../core/grid.js';
import { FakeContext, FakeObject, propNames } from './context.js';
import { FakeRange, SheetRef, WHOLE_SHEET } from './range.js';
import { FakeOfficeError, MAX_COL, MAX_ROW, addressOf, key, unkey } from './state.js';
import type { FakeWorkbookState, Rect } from './state.js';

/** Parses 'B2', 'B2:D9', 'A:A' or '1:3' into a rectangle. */
export function parseAddress(address: string): Rect {
  const a = address.replace(/^.*!/, '').replace(/\$/g, '');
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (cols)
    return {
      top: 0,
      bottom: MAX_ROW,
      left: parseA1Range(`${cols[1]}1`).left,
      right: parseA1Range(`${cols[2]}1`).left,
    };
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COL };
  try {
    return parseA1Range(a);
  } catch {
    throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
  }
}

class FakeFreezePanes extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetRef,
  ) {
    super(ctx);
  }
  private set(rows: number, columns: number): void {
    this.context.mutate({ rows, columns }, () => (this.sheet.resolve().frozen = { rows, columns }));
  }
  unfreeze(): void {
    this.set(0, 0);
  }
  freezeRows(n: number): void {
    this.set(n, 0);
  }
  freezeColumns(n: number): void {
    this.set(0, n);
  }
  freezeAt(range: FakeRange): void {
    const r = range.rect();
    this.set(r.bottom + 1, r.right + 1);
  }
  getLocationOrNullObject(): FakeRange {
    const holder: { found: Rect | null } = { found: null };
    const range = new FakeRange(this.context, this.sheet, holder);
    this.context.read(
      () => {
        const f = this.sheet.resolve().frozen;
        holder.found =
          f.rows === 0 && f.columns === 0
            ? null
            : {
                top: 0,
                left: 0,
                bottom: f.rows === 0 ? MAX_ROW : f.rows - 1,
                right: f.columns === 0 ? MAX_COL : f.columns - 1,
              };
        return holder.found === null;
      },
      (isNull) => ((range as unknown as { isNull: boolean }).isNull = isNull),
    );
    return range;
  }
}

class FakeNote extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetRef,
    readonly cellKey: string,
    content: string,
  ) {
    super(ctx);
    this.publish('content', content);
  }
  get content(): string {
    return this.get('content') as string;
  }
  getLocation(): FakeRange {
    const [r, c] = unkey(this.cellKey);
    return new FakeRange(this.context, this.sheet, { fixed: { top: r, left: c, bottom: r, right: c } });
  }
  delete(): void {
    this.context.mutate({}, () => this.sheet.resolve().notes.delete(this.cellKey));
  }
}

class FakeNoteCollection extends FakeObject {
  private list: FakeNote[] | null = null;
  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetRef,
  ) {
    super(ctx);
  }
  add(cell: string, content: string): void {
    this.context.mutate({ cell, content }, () => {
      const r = parseAddress(cell);
      const notes = this.sheet.resolve().notes;
      if (notes.has(key(r.top, r.left)))
        throw new FakeOfficeError('InvalidArgument', `a note already exists at ${cell}`);
      notes.set(key(r.top, r.left), content);
    });
  }
  load(_spec?: unknown): this {
    this.context.read(
      () => [...this.sheet.resolve().notes.entries()],
      (entries) => (this.list = entries.map(([k, text]) => new FakeNote(this.context, this.sheet, k, text))),
    );
    return this;
  }
  get items(): FakeNote[] {
    if (!this.list) throw new FakeOfficeError('PropertyNotLoaded', 'items');
    return this.list;
  }
}

export class FakeWorksheet extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly ref: SheetRef,
  ) {
    super(ctx);
  }

  /** Called when the sheet list is loaded. */
  publishItem(props: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(props)) this.publish(k, v);
  }

  load(spec?: unknown): this {
    this.loadProps(propNames(spec), () => {
      const s = this.ref.resolve();
      return {
        name: s.name,
        visibility: s.visibility,
        id: String(s.id),
        position: this.state.sheets.indexOf(s),
      };
    });
    return this;
  }
  get name(): string {
    return this.get('name') as string;
  }
  get visibility(): string {
    return this.get('visibility') as string;
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this.ref, {
      fixed: address === undefined ? WHOLE_SHEET : parseAddress(address),
    });
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    if (rows < 1 || columns < 1)
      throw new FakeOfficeError('InvalidArgument', 'a range has at least one row and one column');
    return new FakeRange(this.context, this.ref, {
      fixed: { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 },
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return FakeRange.used(this.context, this.ref, valuesOnly === true);
  }
  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this.context, this.ref);
  }
  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.context, this.ref);
  }
  activate(): void {
    this.context.mutate({}, () => (this.state.activeId = this.ref.resolve().id));
  }
  delete(): void {
    this.context.mutate({}, () => this.state.deleteSheet(this.ref.resolve()));
  }
}

class FakeWorksheetCollection extends FakeObject {
  private list: FakeWorksheet[] | null = null;

  getItem(name: string): FakeWorksheet {
    const ref = new SheetRef(this.context, name);
    this.context.read(
      () => ref.resolve().id,
      () => undefined,
    );
    return new FakeWorksheet(this.context, ref);
  }
  add(name: string): FakeWorksheet {
    const ref = new SheetRef(this.context, name);
    this.context.mutate({ name }, () => (ref.id = this.state.addSheet(name).id));
    return new FakeWorksheet(this.context, ref);
  }
  getActiveWorksheet(): FakeWorksheet {
    const ref = new SheetRef(this.context, null);
    this.context.read(
      () => (ref.id = this.state.activeId),
      () => undefined,
    );
    return new FakeWorksheet(this.context, ref);
  }
  load(spec?: unknown): this {
    const props = propNames(spec).map((p) => p.replace(/^items\//, ''));
    this.context.read(
      () => this.state.sheets.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility })),
      (rows) =>
        (this.list = rows.map((row) => {
          const ref = new SheetRef(this.context, row.name);
          ref.id = row.id;
          const ws = new FakeWorksheet(this.context, ref);
          ws.publishItem(Object.fromEntries(props.map((p) => [p, (row as Record<string, unknown>)[p]])));
          return ws;
        })),
    );
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.list)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available. Call load and sync first.",
      );
    return this.list;
  }
}

class FakeNamedItem extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly itemName: string,
  ) {
    super(ctx);
  }
  publishItem(props: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(props)) this.publish(k, v);
  }
  get name(): string {
    return this.get('name') as string;
  }
  get formula(): string {
    return this.get('formula') as string;
  }
  delete(): void {
    this.context.mutate({}, () => {
      const before = this.state.names.length;
      this.state.names = this.state.names.filter((n) => n.name.toLowerCase() !== this.itemName.toLowerCase());
      if (this.state.names.length === before)
        throw new FakeOfficeError('ItemNotFound', `name ${this.itemName}`);
    });
  }
}

class FakeNamedItemCollection extends FakeObject {
  private list: FakeNamedItem[] | null = null;

  add(name: string, reference: FakeRange | string): FakeNamedItem {
    this.context.mutate({ name, reference: typeof reference === 'string' ? reference : '<range>' }, () => {
      if (this.state.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError('ItemAlreadyExists', `name ${name}`);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name))
        throw new FakeOfficeError('InvalidArgument', `bad name ${name}`);
      const formula =
        typeof reference === 'string'
          ? reference
          : `=${quoteSheet(reference.sheet.resolve().name)}!${absolute(addressOf('x', reference.rect()).replace(/^x!/, ''))}`;
      if (!formula.startsWith('='))
        throw new FakeOfficeError('InvalidArgument', 'a name refers to a formula');
      this.state.names.push({ name, formula });
    });
    return new FakeNamedItem(this.context, name);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, name);
  }
  load(spec?: unknown): this {
    const props = propNames(spec).map((p) => p.replace(/^items\//, ''));
    this.context.read(
      () => this.state.names.map((n) => ({ ...n })),
      (rows) =>
        (this.list = rows.map((row) => {
          const item = new FakeNamedItem(this.context, row.name);
          item.publishItem(Object.fromEntries(props.map((p) => [p, (row as Record<string, unknown>)[p]])));
          return item;
        })),
    );
    return this;
  }
  get items(): FakeNamedItem[] {
    if (!this.list) throw new FakeOfficeError('PropertyNotLoaded', 'items');
    return this.list;
  }
}

function absolute(a1: string): string {
  return a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/** The context Excel.run hands to a batch. */
export class FakeRequestContext extends FakeContext {
  readonly workbook: {
    worksheets: FakeWorksheetCollection;
    names: FakeNamedItemCollection;
    /** The active sheet's selected range (ExcelApi 1.1). */
    getSelectedRange(): FakeRange;
    fakeProxy: true;
  };
  readonly application: { suspendApiCalculationUntilNextSync: () => void; fakeProxy: true };

  constructor(state: FakeWorkbookState) {
    super(state);
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      names: new FakeNamedItemCollection(this),
      getSelectedRange: () => {
        const ref = new SheetRef(this, null);
        const holder: { found: Rect | null } = { found: null };
        this.command(() => {
          const selected = state.selected();
          if (!selected) throw new FakeOfficeError('ItemNotFound', 'there is no active sheet');
          ref.id = selected.sheet.id;
          holder.found = selected.rect;
        });
        return new FakeRange(this, ref, holder);
      },
      fakeProxy: true,
    };
    this.application = {
      fakeProxy: true,
      suspendApiCalculationUntilNextSync: () => this.command(() => state.calculationSuspensions++),
    };
  }
}
