// Fake Range and the objects hanging off it: data validation, format, conditional formats, merged areas.

import { FakeContext, FakeObject, propNames } from './context.js';
import { FakeConditionalFormatCollection } from './conditional-formats.js';
import { DEFAULT_WIDTH, FakeOfficeError, MAX_COL, MAX_ROW, addressOf, storeTyped } from './state.js';
import type { CellRec, Rect, SheetRec, StyleRec, ValidationRec } from './state.js';

/** Finds a proxy's sheet at sync time. */
export class SheetRef {
  id: number | null = null;
  constructor(
    private readonly ctx: FakeContext,
    public name: string | null,
  ) {}

  resolve(): SheetRec {
    const s =
      this.id !== null
        ? this.ctx.state.byId(this.id)
        : this.name !== null
          ? this.ctx.state.find(this.name)
          : undefined;
    if (!s) throw new FakeOfficeError('ItemNotFound', `sheet ${this.name ?? this.id} not found`);
    this.id = s.id;
    return s;
  }
}

/** A range's rectangle: fixed, or found at sync time (used ranges). */
export type RectSource = { fixed: Rect } | { found: Rect | null };

export class FakeRange extends FakeObject {
  private isNull: boolean | null = null;

  constructor(
    ctx: FakeContext,
    readonly sheet: SheetRef,
    private readonly source: RectSource,
  ) {
    super(ctx);
  }

  /** A used range: the rectangle is computed when its creating command runs. */
  static used(ctx: FakeContext, sheet: SheetRef, valuesOnly: boolean): FakeRange {
    const holder: RectSource = { found: null };
    const range = new FakeRange(ctx, sheet, holder);
    ctx.read(
      () => {
        (holder as { found: Rect | null }).found = ctx.state.usedRect(sheet.resolve(), valuesOnly);
        return holder.found === null;
      },
      (isNull) => (range.isNull = isNull),
    );
    return range;
  }

  get isNullObject(): boolean {
    if (this.isNull === null) {
      if ('fixed' in this.source) return false;
      throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is known only after sync');
    }
    return this.isNull;
  }

  rect(): Rect {
    if ('fixed' in this.source) return this.source.fixed;
    if (this.source.found === null)
      throw new FakeOfficeError('InvalidOperation', 'the used range is a null object');
    return this.source.found;
  }

  private cells(): { sheet: SheetRec; rect: Rect; at: (r: number, c: number) => CellRec } {
    const sheet = this.sheet.resolve();
    const rect = this.rect();
    return { sheet, rect, at: (r, c) => this.state.cell(sheet, r, c) };
  }

  load(spec?: unknown): this {
    const props = propNames(spec);
    this.loadProps(props, () => {
      const { sheet, rect } = this.cells();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      const out: Record<string, unknown> = {
        address: addressOf(sheet.name, rect),
        rowIndex: rect.top,
        columnIndex: rect.left,
        rowCount: rows,
        columnCount: cols,
      };
      const wantsCells = props.some((p) => ['values', 'formulas', 'numberFormat'].includes(p));
      if (wantsCells) {
        if (rows * cols > 5_000_000)
          throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'more than 5,000,000 cells');
        const grid = <T>(f: (c: CellRec | undefined) => T): T[][] =>
          Array.from({ length: rows }, (_, r) =>
            Array.from({ length: cols }, (_, c) => f(sheet.cells.get(`${rect.top + r},${rect.left + c}`))),
          );
        out.values = grid((c) => (c?.formula !== undefined ? '' : (c?.value ?? '')));
        out.formulas = grid((c) => (c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? '')));
        out.numberFormat = grid((c) => c?.format ?? 'General');
      }
      return out;
    });
    return this;
  }

  get address(): string {
    return this.get('address') as string;
  }
  get rowIndex(): number {
    return this.get('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.get('columnIndex') as number;
  }
  get rowCount(): number {
    return this.get('rowCount') as number;
  }
  get columnCount(): number {
    return this.get('columnCount') as number;
  }
  get values(): unknown[][] {
    return this.get('values') as unknown[][];
  }
  get formulas(): unknown[][] {
    return this.get('formulas') as unknown[][];
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat') as unknown[][];
  }

  private setMatrix(what: string, matrix: unknown[][], store: (cell: CellRec, v: unknown) => void): void {
    this.context.mutate(matrix, () => {
      const { rect, at } = this.cells();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (
        !Array.isArray(matrix) ||
        matrix.length !== rows ||
        matrix.some((row) => !Array.isArray(row) || row.length !== cols)
      )
        throw new FakeOfficeError(
          'InvalidArgument',
          `${what}: the array does not match the range's ${rows} x ${cols} size`,
        );
      matrix.forEach((row, r) => row.forEach((v, c) => store(at(rect.top + r, rect.left + c), v)));
    });
  }

  set values(matrix: unknown[][]) {
    this.setMatrix('values', matrix, (cell, v) => storeTyped(cell, v));
  }
  set formulas(matrix: unknown[][]) {
    this.setMatrix('formulas', matrix, (cell, v) => storeTyped(cell, v));
  }
  set numberFormat(matrix: unknown[][]) {
    this.setMatrix('numberFormat', matrix, (cell, v) => {
      if (typeof v !== 'string') throw new FakeOfficeError('InvalidArgument', 'number format must be text');
      if (v === 'General') delete cell.format;
      else cell.format = v;
    });
  }

  clear(applyTo?: string): void {
    this.context.mutate({ applyTo }, () => {
      const { sheet, rect } = this.cells();
      for (const [, , cell] of this.state.existing(sheet, rect)) {
        if (applyTo === 'Contents' || applyTo === 'All' || applyTo === undefined) {
          delete cell.value;
          delete cell.formula;
        }
        if (applyTo === 'Formats' || applyTo === 'All' || applyTo === undefined) {
          delete cell.format;
          delete cell.style;
        }
      }
      if (applyTo === 'Formats' || applyTo === 'All' || applyTo === undefined)
        sheet.cfs = sheet.cfs.filter((cf) => !inside(cf.rect, rect));
    });
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.context, this);
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, this);
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, this);
  }

  /** Selects the range in the Excel UI, showing its sheet (queued, like every command, until sync). */
  select(): void {
    this.context.command(() => {
      const sheet = this.sheet.resolve();
      this.state.activeId = sheet.id;
      this.state.selections.set(sheet.id, { ...this.rect() });
    });
  }

  getEntireColumn(): FakeRange {
    const r = this.rect();
    return new FakeRange(this.context, this.sheet, {
      fixed: { top: 0, bottom: MAX_ROW, left: r.left, right: r.right },
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this);
  }

  getCellProperties(options: Excel.CellPropertiesLoadOptions): { value: Excel.CellProperties[][] } {
    const result: { value: Excel.CellProperties[][] } = {
      get value(): Excel.CellProperties[][] {
        throw new FakeOfficeError('PropertyNotLoaded', 'ClientResult.value is available after sync');
      },
    };
    void options;
    this.context.read(
      () => {
        const { sheet, rect } = this.cells();
        return Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) =>
          Array.from({ length: rect.right - rect.left + 1 }, (_, c): Excel.CellProperties => {
            const s = sheet.cells.get(`${rect.top + r},${rect.left + c}`)?.style ?? {};
            return {
              format: {
                fill: { color: s.fill ?? '#FFFFFF' },
                font: { bold: s.bold ?? false, italic: s.italic ?? false, color: s.color ?? '#000000' },
                wrapText: s.wrap ?? false,
                horizontalAlignment: (s.align ?? 'General') as Excel.HorizontalAlignment,
              },
            };
          }),
        );
      },
      (value) => Object.defineProperty(result, 'value', { value }),
    );
    return result;
  }

  setCellProperties(matrix: Excel.SettableCellProperties[][]): void {
    this.context.mutate(matrix, () => {
      const { rect, at } = this.cells();
      matrix.forEach((row, r) =>
        row.forEach((p, c) => {
          const cell = at(rect.top + r, rect.left + c);
          const f = p.format;
          setStyle(cell, {
            fill: f?.fill?.color === '#FFFFFF' ? undefined : f?.fill?.color,
            bold: f?.font?.bold,
            italic: f?.font?.italic,
            color: f?.font?.color,
            wrap: f?.wrapText,
            align: f?.horizontalAlignment,
          });
        }),
      );
    });
  }
}

const DEFAULT_STYLE: Required<StyleRec> = {
  fill: '',
  bold: false,
  italic: false,
  color: '#000000',
  wrap: false,
  align: 'General',
};

/** Sets style properties, keeping only those that differ from Excel's defaults. */
export function setStyle(cell: CellRec, patch: StyleRec): void {
  const style: StyleRec = { ...cell.style };
  for (const [k, v] of Object.entries(patch) as [keyof StyleRec, unknown][]) {
    if (!(k in patch)) continue;
    if (
      v === undefined ||
      v === DEFAULT_STYLE[k] ||
      (typeof v === 'string' &&
        typeof DEFAULT_STYLE[k] === 'string' &&
        v.toUpperCase() === String(DEFAULT_STYLE[k]).toUpperCase())
    )
      delete style[k];
    else (style as Record<string, unknown>)[k] = v;
  }
  if (Object.keys(style).length > 0) cell.style = style;
  else delete cell.style;
}

export function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

function forCells(range: FakeRange, f: (cell: CellRec) => void): void {
  const sheet = range.sheet.resolve();
  const rect = range.rect();
  const state = range.context.state;
  if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 200_000) {
    for (const [, , cell] of state.existing(sheet, rect)) f(cell);
    return;
  }
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) f(state.cell(sheet, r, c));
}

const DEFAULT_ALERT: Excel.DataValidationErrorAlert = {
  showAlert: true,
  style: 'Stop',
  title: '',
  message: '',
};
const DEFAULT_PROMPT: Excel.DataValidationPrompt = { showPrompt: false, title: '', message: '' };

export class FakeDataValidation extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  load(spec?: unknown): this {
    this.loadProps(propNames(spec), () => {
      const records: (ValidationRec | undefined)[] = [];
      forCells(this.range, (cell) => records.push(cell.validation));
      const first = records[0];
      const uniform = records.every((r) => JSON.stringify(r) === JSON.stringify(first));
      const type = !uniform ? 'Inconsistent' : first ? ruleType(first.rule) : 'None';
      return {
        type,
        rule: uniform && first ? first.rule : {},
        errorAlert: uniform && first ? first.errorAlert : DEFAULT_ALERT,
        prompt: uniform && first ? first.prompt : DEFAULT_PROMPT,
        ignoreBlanks: uniform && first ? first.ignoreBlanks : true,
        valid: true,
      };
    });
    return this;
  }

  get type(): string {
    return this.get('type') as string;
  }
  get rule(): Excel.DataValidationRule {
    return this.get('rule') as Excel.DataValidationRule;
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.get('errorAlert') as Excel.DataValidationErrorAlert;
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.get('prompt') as Excel.DataValidationPrompt;
  }
  get ignoreBlanks(): boolean {
    return this.get('ignoreBlanks') as boolean;
  }

  clear(): void {
    this.context.mutate({}, () => forCells(this.range, (cell) => delete cell.validation));
  }

  set rule(rule: Excel.DataValidationRule) {
    this.context.mutate(rule, () => {
      const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
      if (kinds.length !== 1)
        throw new FakeOfficeError('InvalidArgument', 'a validation rule has exactly one kind');
      const source = rule.list?.source;
      if (typeof source === 'string' && source.startsWith('=') && !source.includes('!')) {
        const name = source.slice(1);
        if (!this.state.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
          throw new FakeOfficeError('InvalidArgument', `the list source ${source} is not a defined name`);
      }
      forCells(
        this.range,
        (cell) =>
          (cell.validation = {
            rule,
            errorAlert: cell.validation?.errorAlert ?? DEFAULT_ALERT,
            prompt: cell.validation?.prompt ?? DEFAULT_PROMPT,
            ignoreBlanks: cell.validation?.ignoreBlanks ?? true,
          }),
      );
    });
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.patch({ errorAlert: alert });
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.patch({ prompt });
  }
  set ignoreBlanks(ignoreBlanks: boolean) {
    this.patch({ ignoreBlanks });
  }

  private patch(p: Partial<ValidationRec>): void {
    this.context.mutate(p, () =>
      forCells(this.range, (cell) => {
        if (!cell.validation)
          throw new FakeOfficeError('InvalidOperation', 'set a rule before its alert, prompt or blanks');
        cell.validation = { ...cell.validation, ...p };
      }),
    );
  }
}

function ruleType(rule: Excel.DataValidationRule): string {
  if (rule.wholeNumber) return 'WholeNumber';
  if (rule.decimal) return 'Decimal';
  if (rule.list) return 'List';
  if (rule.date) return 'Date';
  if (rule.custom) return 'Custom';
  if (rule.textLength) return 'TextLength';
  return 'Time';
}

export class FakeRangeFormat extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  private style(patch: StyleRec): void {
    this.context.mutate(patch, () => forCells(this.range, (cell) => setStyle(cell, patch)));
  }

  get fill() {
    const style = (patch: StyleRec) => this.style(patch);
    return {
      fakeProxy: true,
      clear: () => style({ fill: undefined }),
      set color(color: string) {
        style({ fill: color.toUpperCase() });
      },
    };
  }

  get font() {
    const style = (patch: StyleRec) => this.style(patch);
    return {
      fakeProxy: true,
      set bold(v: boolean) {
        style({ bold: v });
      },
      set italic(v: boolean) {
        style({ italic: v });
      },
      set color(v: string) {
        style({ color: v.toUpperCase() });
      },
    };
  }

  set wrapText(v: boolean) {
    this.style({ wrap: v });
  }
  set horizontalAlignment(v: string) {
    this.style({ align: v });
  }

  load(spec?: unknown): this {
    this.loadProps(propNames(spec), () => {
      const sheet = this.range.sheet.resolve();
      const r = this.range.rect();
      const widths = new Set<number>();
      for (let c = r.left; c <= r.right; c++) widths.add(sheet.widths.get(c) ?? DEFAULT_WIDTH);
      return { columnWidth: widths.size === 1 ? [...widths][0] : null };
    });
    return this;
  }

  get columnWidth(): number | null {
    return this.get('columnWidth') as number | null;
  }
  set columnWidth(points: number) {
    this.context.mutate(points, () => {
      const sheet = this.range.sheet.resolve();
      const r = this.range.rect();
      for (let c = r.left; c <= r.right; c++) {
        if (points === DEFAULT_WIDTH) sheet.widths.delete(c);
        else sheet.widths.set(c, points);
      }
    });
  }
}

export class FakeRangeAreas extends FakeObject {
  private isNull: boolean | null = null;
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  load(spec?: unknown): this {
    const props = propNames(spec);
    this.context.read(
      () => {
        const sheet = this.range.sheet.resolve();
        const r = this.range.rect();
        const areas = sheet.merges.filter(
          (m) => m.top <= r.bottom && r.top <= m.bottom && m.left <= r.right && r.left <= m.right,
        );
        return areas.length === 0 ? null : areas.map((m) => addressOf(sheet.name, m)).join(',');
      },
      (address) => {
        this.isNull = address === null;
        if (address !== null && props.includes('address')) this.publish('address', address);
      },
    );
    return this;
  }

  get isNullObject(): boolean {
    if (this.isNull === null)
      throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is known only after sync');
    return this.isNull;
  }
  get address(): string {
    return this.get('address') as string;
  }
}

export const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
