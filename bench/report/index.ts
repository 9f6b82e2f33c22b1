// What a benchmark run turns into: target checks, the Apps Script time estimate, the SVG chart and the two
// documents (docs/performance.md, docs/reliability.md).
//
// Exports: checkTargets, ratios, fixedCalls, clean and the target constants; appsScriptSeconds and
// APPS_SCRIPT_COST; barChartSvg; performanceMarkdown, roundTripChart and CHART_FILE; reliabilityMarkdown;
// runReliability.

export {
  checkTargets,
  ratios,
  fixedCalls,
  clean,
  APPS_SCRIPT_BUDGET_SECONDS,
  RATIO_TARGET,
  CORE_BUDGET_MS,
  WHOLE_SCHOOL,
  type TargetCheck,
} from './targets.js';
export { appsScriptSeconds, APPS_SCRIPT_COST } from './apps-script-estimate.js';
export { barChartSvg, type ChartSpec, type ChartGroup } from './chart.js';
export { performanceMarkdown, roundTripChart, CHART_FILE } from './performance-md.js';
export { reliabilityMarkdown, type SuiteResult } from './reliability-md.js';
export { runReliability } from './reliability-run.js';
