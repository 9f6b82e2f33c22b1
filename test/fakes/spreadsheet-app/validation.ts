// Data validation rules and their builder, enforcing Sheets' 500-item limit on fixed lists.

import { FakeRange } from './range.js';
import type { ValidationState, WorkbookState } from './model.js';

/** Sheets refuses a fixed dropdown list longer than this; use a list from a range instead. */
export const MAX_LIST_ITEMS = 500;

export class FakeDataValidation {
  constructor(
    private readonly wb: WorkbookState,
    readonly state: ValidationState,
  ) {}

  getCriteriaType(): string {
    return this.state.criteria;
  }

  getCriteriaValues(): unknown[] {
    if (this.state.criteria === 'VALUE_IN_RANGE') {
      const src = this.state.source;
      return [src ? new FakeRange(this.wb, src.sheet, src.rect) : null, ...this.state.args];
    }
    return [...this.state.args];
  }

  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }

  getHelpText(): string {
    return this.state.helpText;
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.wb, { ...this.state });
  }
}

export class FakeDataValidationBuilder {
  private state: ValidationState;

  constructor(
    private readonly wb: WorkbookState,
    initial?: ValidationState,
  ) {
    this.state = initial ?? { criteria: '', args: [], allowInvalid: true, helpText: '', source: null };
  }

  requireValueInRange(range: FakeRange, showDropdown = true): this {
    if (!(range instanceof FakeRange)) throw new Error('Invalid argument: range');
    this.state = {
      ...this.state,
      criteria: 'VALUE_IN_RANGE',
      args: [showDropdown],
      source: range.location(),
    };
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): this {
    this.state = {
      ...this.state,
      criteria: 'VALUE_IN_LIST',
      args: [values.map(String), showDropdown],
      source: null,
    };
    return this;
  }

  requireNumberBetween(start: number, end: number): this {
    this.state = { ...this.state, criteria: 'NUMBER_BETWEEN', args: [start, end], source: null };
    return this;
  }

  requireDate(): this {
    this.state = { ...this.state, criteria: 'DATE_IS_VALID_DATE', args: [], source: null };
    return this;
  }

  requireFormulaSatisfied(formula: string): this {
    if (!formula.startsWith('=')) throw new Error('Invalid argument: formula must start with "="');
    this.state = { ...this.state, criteria: 'CUSTOM_FORMULA', args: [formula], source: null };
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.state = { ...this.state, allowInvalid: allowInvalidData };
    return this;
  }

  setHelpText(helpText: string): this {
    this.state = { ...this.state, helpText };
    return this;
  }

  build(): FakeDataValidation {
    if (!this.state.criteria)
      throw new Error('You must set a criteria before building a data validation rule.');
    if (this.state.criteria === 'VALUE_IN_LIST' && (this.state.args[0] as string[]).length > MAX_LIST_ITEMS)
      throw new Error(
        `The data validation rule has more than ${MAX_LIST_ITEMS} items. Use a list from a range instead.`,
      );
    return new FakeDataValidation(this.wb, { ...this.state });
  }
}
