// Grade scales: ordered steps as data, tolerant parsing of what teachers type, and scale detection.
//
// Exports: the scale types, BUILT_IN_SCALES, createScale, ScaleRegistry (lookup and detect),
// ScaleDetection, scaleRangeName, isAbsentMarker and normaliseGradeText.

export type { ScaleDefinition, ScaleStep, Grade, ParsedValue, Scale, ScaleParser } from './types.js';
export { BUILT_IN_SCALES } from './built-in.js';
export { createScale } from './create-scale.js';
export { ScaleRegistry } from './registry.js';
export type { ScaleDetection } from './detect.js';
export { scaleRangeName } from './range-name.js';
export { isAbsentMarker } from './absent.js';
export { normaliseGradeText } from './normalise.js';
