// A tracker's grades one assessment at a time: pupil x subject x point.

import type { Assessment, Tracker } from './types.js';

/**
 * Every grade a tracker holds, as Assessments in row order then point order. Blank and unreadable cells
 * (null points) are not assessments; points beyond the tracker's labels are not read.
 */
export function assessmentsOf(tracker: Tracker): Assessment[] {
  const out: Assessment[] = [];
  for (const row of tracker.subjects)
    row.points.forEach((grade, point) => {
      const pointLabel = tracker.pointLabels[point];
      if (grade && pointLabel !== undefined)
        out.push({ pupilId: row.pupilId, subject: row.subject, point, pointLabel, grade });
    });
  return out;
}
