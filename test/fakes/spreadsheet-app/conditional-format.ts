// Conditional format rules and their builder. A sheet holds one list; setConditionalFormatRules replaces it.

import { FakeRange } from './range.js';
import type { ConditionalRuleState, WorkbookState } from './model.js';

/** Sheets stores colours as lower-case #rrggbb. */
function colour(c: string | null): string | null {
  return c === null ? null : c.toLowerCase();
}

export class FakeBooleanCondition {
  constructor(private readonly state: ConditionalRuleState) {}

  getCriteriaType(): string {
    return this.state.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.state.values];
  }

  getBackground(): string | null {
    return this.state.background;
  }

  getFontColor(): string | null {
    return this.state.fontColor;
  }

  getBold(): boolean | null {
    return this.state.bold;
  }
}

export class FakeConditionalFormatRule {
  constructor(
    private readonly wb: WorkbookState,
    readonly state: ConditionalRuleState,
  ) {}

  getRanges(): FakeRange[] {
    return this.state.ranges.map((r) => new FakeRange(this.wb, r.sheet, r.rect));
  }

  getBooleanCondition(): FakeBooleanCondition {
    return new FakeBooleanCondition(this.state);
  }

  getGradientCondition(): null {
    return null;
  }

  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.wb, this.state);
  }
}

export class FakeConditionalFormatRuleBuilder {
  private state: ConditionalRuleState;

  constructor(
    private readonly wb: WorkbookState,
    initial?: ConditionalRuleState,
  ) {
    this.state = initial
      ? { ...initial, ranges: [...initial.ranges], values: [...initial.values] }
      : { ranges: [], criteria: '', values: [], background: null, fontColor: null, bold: null };
  }

  whenTextEqualTo(text: string): this {
    this.state.criteria = 'TEXT_EQUAL_TO';
    this.state.values = [text];
    return this;
  }

  whenFormulaSatisfied(formula: string): this {
    if (!formula.startsWith('=')) throw new Error('Invalid argument: formula must start with "="');
    this.state.criteria = 'CUSTOM_FORMULA';
    this.state.values = [formula];
    return this;
  }

  setBackground(color: string | null): this {
    this.state.background = colour(color);
    return this;
  }

  setFontColor(color: string | null): this {
    this.state.fontColor = colour(color);
    return this;
  }

  setBold(bold: boolean | null): this {
    this.state.bold = bold;
    return this;
  }

  setRanges(ranges: FakeRange[]): this {
    this.state.ranges = ranges.map((r) => r.location());
    return this;
  }

  build(): FakeConditionalFormatRule {
    if (!this.state.criteria) throw new Error('A conditional format rule needs a condition.');
    if (this.state.ranges.length === 0)
      throw new Error('A conditional format rule needs at least one range.');
    return new FakeConditionalFormatRule(this.wb, {
      ...this.state,
      ranges: [...this.state.ranges],
      values: [...this.state.values],
    });
  }
}
