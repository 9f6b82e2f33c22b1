// The MIS value readers: year groups, SEN status, flags and dates.

import { describe, expect, it } from 'vitest';
import { parseDate, parseFlag, parseSenStatus, parseYearGroup } from '../../../core/import/index.js';

describe('parseYearGroup', () => {
  it.each([
    ['Year 3', 3],
    ['Y3', 3],
    ['y 3', 3],
    ['Yr 3', 3],
    ['3', 3],
    [3, 3],
    ['Year 11', 11],
    ['R', 0],
    ['Reception', 0],
    ['YR', 0],
    ['Year R', 0],
    ['N', -1],
    ['Nursery', -1],
  ] as const)('reads %j as %d', (value, year) => {
    expect(parseYearGroup(value)).toBe(year);
  });

  it.each(['Year 15', '3B', 'Y', 3.5, 20, '', null, true])('refuses %j', (value) => {
    expect(parseYearGroup(value)).toBeNull();
  });
});

describe('parseSenStatus', () => {
  it.each([
    ['N', 'N'],
    ['None', 'N'],
    ['K', 'K'],
    ['k', 'K'],
    ['K - SEN Support', 'K'],
    ['K – SEN Support', 'K'],
    ['SEN Support', 'K'],
    ['E', 'E'],
    ['E - Education, Health and Care Plan', 'E'],
    ['EHCP', 'E'],
    ['EHC Plan', 'E'],
    ['Statement', 'E'],
  ] as const)('reads %j as %s', (value, sen) => {
    expect(parseSenStatus(value)).toBe(sen);
  });

  it.each(['Q', 'SEN', 'yes', '', 1, null])('refuses %j', (value) => {
    expect(parseSenStatus(value)).toBeNull();
  });
});

describe('parseFlag', () => {
  it.each([
    ['True', true],
    ['TRUE', true],
    ['Y', true],
    ['yes', true],
    ['1', true],
    [1, true],
    [true, true],
    ['False', false],
    ['N', false],
    ['No', false],
    ['0', false],
    [0, false],
    [false, false],
  ] as const)('reads %j as %s', (value, flag) => {
    expect(parseFlag(value)).toBe(flag);
  });

  it.each(['maybe', 'PP', '', 2, null])('refuses %j', (value) => {
    expect(parseFlag(value)).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['2015-03-04', '2015-03-04'],
    ['2015-3-4', '2015-03-04'],
    ['2015-03-04T00:00:00Z', '2015-03-04'],
    ['04/03/2015', '2015-03-04'],
    ['4/3/2015', '2015-03-04'],
    ['04.03.2015', '2015-03-04'],
    ['04-03-2015', '2015-03-04'],
    ['4 March 2015', '2015-03-04'],
    ['04-Mar-2015', '2015-03-04'],
    ['29/02/2016', '2016-02-29'],
  ])('reads %j (day first) as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('reads Date objects at the calendar date a teacher sees, whatever the time zone offset', () => {
    expect(parseDate(new Date(Date.UTC(2015, 2, 4)))).toBe('2015-03-04');
    // Local midnight on 1 July in British Summer Time is 23:00 UTC the day before.
    expect(parseDate(new Date('2015-06-30T23:00:00Z'))).toBe('2015-07-01');
    expect(parseDate(new Date('2015-07-01T05:00:00Z'))).toBe('2015-07-01');
    expect(parseDate(new Date(Number.NaN))).toBeNull();
  });

  it('reads Excel serial numbers', () => {
    expect(parseDate(42070)).toBe('2015-03-07');
    expect(parseDate(25569)).toBe('1970-01-01');
    expect(parseDate(61)).toBe('1900-03-01');
  });

  it.each([
    '31/02/2015',
    '03/25/2015',
    '2015-13-01',
    '04/03/15',
    'March 2015',
    '01/01/1850',
    'soon',
    '',
    42070.5,
    12,
    2_958_465,
    new Date('9999-12-31T12:00:00Z'),
    true,
    null,
  ])('refuses %j', (value) => {
    expect(parseDate(value)).toBeNull();
  });
});
