// Conditional formats as xlsx rules, and telling provmap's own rules from the ones a teacher added.
//
// xlsx rules carry no owner. provmap writes its differential colours with alpha FE instead of the usual
// FF: Excel and LibreOffice draw them the same, and the mark tells provmap's rules from a teacher's even
// when the teacher picked the same preset colours (Excel's "light red fill" is provmap's red too).

import type { ConditionalFormattingOptions, ConditionalFormattingRule, Worksheet } from 'exceljs';
import type { ConditionalFormatPlan } from '../../core/plan/types.js';
import { formatStyle } from './style.js';
import { conditionalFormatsOf } from './exceljs-extras.js';

/** The alpha byte that marks provmap's conditional format colours. */
export const PROVMAP_ALPHA = 'FE';

/** The xlsx formula for text equality: a quoted string literal ("met"), case-insensitive in every engine. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** One planned conditional format as an ExcelJS rule at the given priority. */
export function toRule(cf: ConditionalFormatPlan, priority: number): ConditionalFormattingRule {
  const style = formatStyle(cf.style, PROVMAP_ALPHA);
  if (cf.rule.kind === 'text-equals')
    return { type: 'cellIs', operator: 'equal', formulae: [textLiteral(cf.rule.text)], priority, style };
  return { type: 'expression', formulae: [cf.rule.formula.replace(/^=/, '')], priority, style };
}

function ruleArgb(rule: ConditionalFormattingRule): string | null {
  const fill = rule.style?.fill;
  if (fill && fill.type === 'pattern') return fill.bgColor?.argb ?? fill.fgColor?.argb ?? null;
  return null;
}

/** True for a rule provmap wrote: its colours carry provmap's alpha mark. */
export function isProvmapRule(rule: ConditionalFormattingRule): boolean {
  return ruleArgb(rule)?.toUpperCase().startsWith(PROVMAP_ALPHA) ?? false;
}

/** The rules on a sheet a teacher added (everything not marked as provmap's), in priority order. */
export function teacherRules(ws: Worksheet): ConditionalFormattingOptions[] {
  return conditionalFormatsOf(ws)
    .map((cf) => ({ ref: cf.ref, rules: cf.rules.filter((r) => !isProvmapRule(r)) }))
    .filter((cf) => cf.rules.length > 0)
    .sort((a, b) => (a.rules[0]!.priority ?? 0) - (b.rules[0]!.priority ?? 0));
}

/**
 * Writes the teacher's rules first (they keep precedence, renumbered in their old order), then provmap's
 * planned rules after them.
 */
export function writeConditionalFormats(
  ws: Worksheet,
  planned: readonly ConditionalFormatPlan[],
  kept: readonly ConditionalFormattingOptions[],
): void {
  let priority = 1;
  for (const cf of kept)
    ws.addConditionalFormatting({
      ref: cf.ref,
      rules: cf.rules.map((r) => ({ ...r, priority: priority++ })),
    });
  for (const cf of planned) ws.addConditionalFormatting({ ref: cf.range, rules: [toRule(cf, priority++)] });
}
