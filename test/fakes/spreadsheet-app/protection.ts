// Range protections and named ranges as the fake exposes them.

import { FakeRange } from './range.js';
import type { ProtectionState, SheetState, WorkbookState } from './model.js';

export class FakeProtection {
  constructor(
    private readonly wb: WorkbookState,
    private readonly sheet: SheetState,
    private readonly state: ProtectionState,
  ) {}

  getRange(): FakeRange {
    this.wb.calls.tick('Protection.getRange', false);
    return new FakeRange(this.wb, this.sheet, this.state.rect);
  }

  getDescription(): string {
    this.wb.calls.tick('Protection.getDescription', false);
    return this.state.description;
  }

  setDescription(description: string): this {
    this.wb.calls.tick('Protection.setDescription', true);
    this.state.description = description;
    return this;
  }

  isWarningOnly(): boolean {
    this.wb.calls.tick('Protection.isWarningOnly', false);
    return this.state.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.wb.calls.tick('Protection.setWarningOnly', true);
    this.state.warningOnly = warningOnly;
    return this;
  }

  getProtectionType(): string {
    return 'RANGE';
  }

  remove(): void {
    this.wb.calls.tick('Protection.remove', true);
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.state);
  }
}

export class FakeNamedRange {
  constructor(
    private readonly wb: WorkbookState,
    private readonly name: string,
  ) {}

  getName(): string {
    this.wb.calls.tick('NamedRange.getName', false);
    return this.name;
  }

  getRange(): FakeRange {
    this.wb.calls.tick('NamedRange.getRange', false);
    const nr = this.wb.namedRanges.get(this.name);
    if (!nr) throw new Error(`Named range ${this.name} no longer exists.`);
    return new FakeRange(this.wb, nr.sheet, nr.rect);
  }

  setRange(range: FakeRange): this {
    this.wb.calls.tick('NamedRange.setRange', true);
    const loc = range.location();
    this.wb.namedRanges.set(this.name, { sheet: loc.sheet, rect: loc.rect });
    return this;
  }

  remove(): void {
    this.wb.calls.tick('NamedRange.remove', true);
    this.wb.namedRanges.delete(this.name);
  }
}
