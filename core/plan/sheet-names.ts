// The names of the sheets provmap owns. Everything else in a workbook is the teacher's.

export const SHEET = {
  provisionMap: 'Provision Map',
  interventions: 'Interventions',
  pupils: 'Pupils',
  tracker: 'Tracker',
  scales: 'Scales',
  schoolMap: 'School Map',
  summary: 'Summary',
  review: 'Review',
} as const;

export type OwnedSheet = (typeof SHEET)[keyof typeof SHEET];

/** True for a sheet name provmap writes. */
export function isOwnedSheet(name: string): boolean {
  return (Object.values(SHEET) as string[]).includes(name);
}
