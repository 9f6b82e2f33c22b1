// Field-by-field merging of a pupil or an intervention seen in two sheets: the first known value wins.

import type { Intervention, Pupil, Schedule } from '../model/types.js';
import { groupKey, upnKey } from './keys.js';

/** A detail two sheets disagree about; `kept` is the first value, `other` the one not used. */
export interface Conflict {
  field: string;
  kept: string;
  other: string;
}

type Show<T> = (v: T) => string;

const text: Show<string | number> = (v) => String(v);
const yesNo: Show<boolean> = (v) => (v ? 'yes' : 'no');

function pick<T>(
  field: string,
  first: T | null,
  later: T | null,
  same: (a: T, b: T) => boolean,
  show: Show<T>,
  conflicts: Conflict[] | null,
): T | null {
  if (first === null) return later;
  if (later !== null && conflicts && !same(first, later))
    conflicts.push({ field, kept: show(first), other: show(later) });
  return first;
}

const eq = <T>(a: T, b: T): boolean => a === b;
const eqText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * `first` with its unknown details filled from `later`. Differences are reported as conflicts, except a
 * class the later row only assumed (`laterGroupAssumed`: the row's class came from the map, not the pupil).
 */
export function mergePupil(
  first: Pupil,
  later: Pupil,
  laterGroupAssumed = false,
): { pupil: Pupil; conflicts: Conflict[] } {
  const c: Conflict[] = [];
  const pupil: Pupil = {
    id: first.id,
    name: first.name,
    upn: pick('UPN', first.upn, later.upn, (a, b) => upnKey(a) === upnKey(b), text, c),
    year: pick('year', first.year, later.year, eq, text, c),
    group: pick(
      'class',
      first.group,
      later.group,
      (a, b) => groupKey(a) === groupKey(b),
      text,
      laterGroupAssumed ? null : c,
    ),
    sen: pick('SEN status', first.sen, later.sen, eq, text, c),
    pp: pick('pupil premium', first.pp, later.pp, eq, yesNo, c),
    eal: pick('EAL', first.eal, later.eal, eq, yesNo, c),
    lookedAfter: pick('looked after', first.lookedAfter, later.lookedAfter, eq, yesNo, c),
    gender: pick('gender', first.gender, later.gender, eqText, text, c),
    dateOfBirth: pick('date of birth', first.dateOfBirth, later.dateOfBirth, eq, text, c),
    source: first.source ?? later.source,
  };
  return { pupil, conflicts: c };
}

/** A schedule counts as known when its text or any of its numbers was given. */
function knownSchedule(s: Schedule): Schedule | null {
  const anyNumber = s.sessionsPerWeek !== null || s.minutesPerSession !== null || s.weeks !== null;
  return anyNumber || s.text.trim() !== '' ? s : null;
}

function sameSchedule(a: Schedule, b: Schedule): boolean {
  const anyNumber = (s: Schedule) =>
    s.sessionsPerWeek !== null || s.minutesPerSession !== null || s.weeks !== null;
  if (anyNumber(a) || anyNumber(b))
    return (
      a.sessionsPerWeek === b.sessionsPerWeek &&
      a.minutesPerSession === b.minutesPerSession &&
      a.weeks === b.weeks
    );
  return eqText(a.text.replace(/\s+/g, ' '), b.text.replace(/\s+/g, ' '));
}

/** `first` with unknown details filled from `later`; different delivery details are conflicts. */
export function mergeIntervention(
  first: Intervention,
  later: Intervention,
): { intervention: Intervention; conflicts: Conflict[] } {
  const c: Conflict[] = [];
  const schedule = pick(
    'frequency/duration',
    knownSchedule(first.schedule),
    knownSchedule(later.schedule),
    sameSchedule,
    (s) => s.text,
    c,
  );
  const intervention: Intervention = {
    id: first.id,
    name: first.name,
    area: pick('area of need', first.area, later.area, eq, text, c),
    groupSize: pick('group size', first.groupSize, later.groupSize, eq, text, c),
    schedule: schedule ?? first.schedule,
    staff: pick('staff', first.staff, later.staff, eqText, text, c),
    costPerHour: pick('cost per hour', first.costPerHour, later.costPerHour, eq, text, c),
    start: pick('start date', first.start, later.start, eq, text, c),
    end: pick('end date', first.end, later.end, eq, text, c),
    source: first.source ?? later.source,
  };
  return { intervention, conflicts: c };
}
