// Stand-ins for a pupil or an intervention that a row names but its map does not list, so no row is lost.

import type { Intervention, Pupil } from '../model/types.js';

/** A pupil known only by the id a row gives. */
export function placeholderPupil(id: string): Pupil {
  return {
    id,
    name: id,
    upn: null,
    year: null,
    group: null,
    sen: null,
    pp: null,
    eal: null,
    lookedAfter: null,
    gender: null,
    dateOfBirth: null,
    source: null,
  };
}

/** An intervention known only by the id a row gives. */
export function placeholderIntervention(id: string): Intervention {
  const schedule = { text: '', sessionsPerWeek: null, minutesPerSession: null, weeks: null, note: null };
  return {
    id,
    name: id,
    area: null,
    groupSize: null,
    schedule,
    staff: null,
    costPerHour: null,
    start: null,
    end: null,
    source: null,
  };
}
