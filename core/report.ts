// The one report every action returns and `provmap --json` prints. Field names are a public contract.

import type { Diagnostic } from './diagnostics.js';
import type { EnrolmentStatus, TrackingStatus } from './evaluate/rules.js';
import type { SenStatus } from './model/types.js';

export interface PupilReport {
  name: string;
  upn: string | null;
  year: number | null;
  group: string | null;
  sen: SenStatus | null;
  pp: boolean | null;
  eal: boolean | null;
}

export interface InterventionReport {
  name: string;
  pupils: number;
  assessed: number;
  met: number;
  meanProgress: number | null;
  totalHours: number | null;
  cost: number | null;
  /** cost / pupils. */
  costPerPupil: number | null;
  /** cost / steps gained; null when no steps were gained or there is no cost. */
  costPerStep: number | null;
}

export interface EnrolmentReport {
  pupil: string;
  intervention: string;
  /** Grade labels as written in the generated sheet. */
  entry: string | number | null;
  target: string | number | null;
  exit: string | number | null;
  progress: number | null;
  status: EnrolmentStatus;
}

export interface TrackingReport {
  pupil: string;
  subject: string;
  sen: SenStatus | null;
  pp: boolean | null;
  baseline: string | number | null;
  latest: string | number | null;
  target: string | number | null;
  status: TrackingStatus;
}

export interface DiagnosticReport {
  sheet: string;
  cell: string;
  code: string;
  message: string;
  hint: string;
  severity: string;
}

export interface Report {
  pupils: PupilReport[];
  interventions: InterventionReport[];
  enrolments: EnrolmentReport[];
  tracking: TrackingReport[];
  diagnostics: DiagnosticReport[];
}

/** An empty report to fill in. */
export function emptyReport(): Report {
  return { pupils: [], interventions: [], enrolments: [], tracking: [], diagnostics: [] };
}

/** Diagnostics as the report shows them. */
export function reportDiagnostics(items: readonly Diagnostic[]): DiagnosticReport[] {
  return items.map((d) => ({
    sheet: d.sheet,
    cell: d.cell,
    code: d.code,
    message: d.message,
    hint: d.hint,
    severity: d.severity,
  }));
}
