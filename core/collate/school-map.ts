// The shapes of collation: class maps in, one school map out.

import type { ClassList, Enrolment, Intervention, ProvisionMap, Pupil, SourceRef } from '../model/types.js';

/** One class map to collate. */
export interface ClassMapInput {
  /** Names the map for people and keys its rows: "3B.xlsx › Provision Map" or a tab name. */
  source: string;
  map: ProvisionMap;
  /** The class's MIS export, used to fill in UPNs, dates of birth, SEN, PP and EAL. */
  classList?: ClassList;
  /** The class name if known; a pupil with no class of their own is taken to be in it. */
  group?: string | null;
}

/** An enrolment row of the school map, with the class map it came from. */
export interface SchoolEnrolment extends Enrolment {
  source: SourceRef | null;
  /** The `source` of the ClassMapInput this row came from. */
  mapSource: string;
}

/** Many class maps as one: pupils matched across maps, interventions merged by id. */
export interface SchoolMap {
  /** Pupils in provision (with at least one enrolment), in order of their first row. */
  pupils: Pupil[];
  /** Interventions with at least one enrolment, in order of their first row. */
  interventions: Intervention[];
  /** Rows by source order, then row order within the source. */
  enrolments: SchoolEnrolment[];
  /** Each map's wave 1 strategies, in source order (maps listing none are left out). */
  strategies: { source: string; strategies: string[] }[];
  /** Every source collated so far, in the order first seen. */
  sources: string[];
}

/** An empty school map. */
export function emptySchoolMap(): SchoolMap {
  return { pupils: [], interventions: [], enrolments: [], strategies: [], sources: [] };
}
