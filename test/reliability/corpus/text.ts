// Text that must stay text: Unicode and right-to-left names, and names and notes that look like formulas
// or HTML. provmap reads them as written and never interprets them.

import { MAP_HEADER, TRACKER_HEADER, trackerRow, type Scenario } from './scenario.js';

export const UNICODE_NAMES = [
  'Zoë Müller',
  'Łukasz Kowalski',
  'Siobhán Ó Briain',
  '李小龍',
  'Nguyễn Thị Ánh',
  'Ama 🌟 Mensah',
];

export const unicodeNames: Scenario = {
  name: 'unicode-names',
  about: 'Accented, Polish, Irish, Chinese and Vietnamese names, and an emoji.',
  grid: () => ({
    sheet: 'Reading tracker',
    values: [TRACKER_HEADER, ...UNICODE_NAMES.map((n) => trackerRow(n))],
    merges: [],
  }),
  expect: { pupils: UNICODE_NAMES.length, names: UNICODE_NAMES },
};

export const RTL_NAMES = ['محمد علي', 'נועה כהן', 'Amina \u200Fعائشة\u200E Khan'];

export const rightToLeftNames: Scenario = {
  name: 'right-to-left-names',
  about: 'Arabic and Hebrew names, and a mixed-direction name with direction marks.',
  grid: () => ({
    sheet: 'Reading tracker',
    values: [TRACKER_HEADER, ...RTL_NAMES.map((n) => trackerRow(n))],
    merges: [],
  }),
  expect: { pupils: RTL_NAMES.length, names: RTL_NAMES },
};

/** Text a spreadsheet or a CSV reader could take for a formula. */
export const FORMULA_LOOKING = [
  '=SUM(A1:A9)',
  '+44 7700 900123',
  '-3',
  '@Riley',
  '=HYPERLINK("http://x.test","click")',
  "=cmd|' /C calc'!A0",
];
/** Leading tab and carriage return: CSV injection prefixes, trimmed as cell text but never run. */
export const CONTROL_PREFIXED = ['\tTabby', '\rCarriage'];

export const formulaLookingText: Scenario = {
  name: 'formula-looking-text',
  about: 'Names starting with =, +, -, @, a tab or a carriage return.',
  grid: () => ({
    sheet: 'Reading tracker',
    values: [TRACKER_HEADER, ...[...FORMULA_LOOKING, ...CONTROL_PREFIXED].map((n) => trackerRow(n))],
    merges: [],
  }),
  expect: {
    pupils: FORMULA_LOOKING.length + CONTROL_PREFIXED.length,
    names: [...FORMULA_LOOKING, ...CONTROL_PREFIXED.map((n) => n.trim())],
  },
};

export const HTML_LOOKING = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  'Tom &amp; <b>Jerry</b>',
];

export const htmlLookingText: Scenario = {
  name: 'html-looking-text',
  about: 'HTML in pupil names, outcomes and targets of a provision map.',
  grid: () => ({
    sheet: 'Class 2 provision',
    values: [
      MAP_HEADER,
      [
        'Numeracy <b>boost</b>',
        '1:6',
        '3 x 15 mins x 6 weeks',
        'TA',
        HTML_LOOKING.join('\n'),
        '2c\n2b\n2c',
        'Plus one sub-level. <script>alert(2)</script>',
        '2b\n2a\n2b',
        '<iframe src="javascript:alert(3)"></iframe>',
      ],
    ],
    merges: [],
  }),
  expect: { pupils: HTML_LOOKING.length, names: HTML_LOOKING },
};
