// A synthetic school: pupils in classes of 30 across year groups, with SEN, pupil premium and EAL drawn at
// national rates. Everything comes from the seed, so the same options always give the same school.

import { FORENAMES, SURNAMES } from './names.js';
import { Prng } from './prng.js';
import { NATIONAL_RATES, type NationalRates } from './rates.js';
import { makeUpn } from './upn.js';

/** SEN status as MIS exports code it. */
export type SenCode = 'N' | 'K' | 'E';

/** One pupil as the school's MIS holds them. */
export interface SyntheticPupil {
  upn: string;
  legalSurname: string;
  forename: string;
  /** Only when different from the forename. */
  preferredForename: string | null;
  gender: 'M' | 'F';
  /** UTC midnight. */
  dateOfBirth: Date;
  /** National curriculum year: 0 is Reception. */
  year: number;
  /** Registration group, also the class name: "3B". */
  regGroup: string;
  sen: SenCode;
  pupilPremium: boolean;
  eal: boolean;
  lookedAfter: boolean;
  /** How far from the year's expected attainment, in standard deviations (drives grades). */
  ability: number;
}

/** A class (registration group) and its pupils. */
export interface SyntheticClass {
  name: string;
  year: number;
  pupils: SyntheticPupil[];
}

/** What school to generate. */
export interface SchoolOptions {
  seed: number;
  pupils: number;
  /** Pupils per class; 30 unless given. */
  classSize?: number;
  /** Year groups classes are spread over; Reception to Year 6 up to 420 pupils, else Reception to Year 11. */
  years?: readonly number[];
  rates?: Partial<NationalRates>;
  /** First calendar year of the academic year the school is in (2024 for 2024/25). */
  academicYear?: number;
}

/** A generated school: every pupil, and the same pupils by class. */
export interface SyntheticSchool {
  seed: number;
  academicYear: number;
  pupils: SyntheticPupil[];
  classes: SyntheticClass[];
}

const PRIMARY_YEARS = [0, 1, 2, 3, 4, 5, 6] as const;
const ALL_THROUGH_YEARS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const CLASS_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
/** A made-up local authority and establishment number: UPNs only have to be well formed. */
const LA = 938;
const ESTABLISHMENT = 2001;

/** The year group's name as MIS exports write it: "Reception", "Year 3". */
export function yearGroupName(year: number): string {
  return year === 0 ? 'Reception' : `Year ${year}`;
}

function classNames(years: readonly number[], classes: number): { name: string; year: number }[] {
  const perYear = new Map<number, number>();
  const out: { name: string; year: number }[] = [];
  for (let i = 0; i < classes; i++) {
    const year = years[i % years.length]!;
    const n = perYear.get(year) ?? 0;
    perYear.set(year, n + 1);
    out.push({ name: `${year === 0 ? 'R' : year}${CLASS_LETTERS[n % CLASS_LETTERS.length]}`, year });
  }
  return out.sort((a, b) => a.year - b.year || a.name.localeCompare(b.name));
}

function dateOfBirth(rng: Prng, year: number, academicYear: number): Date {
  // Reception pupils turn 5 during the school year: born 1 September to 31 August, five years before.
  const start = Date.UTC(academicYear - 5 - year, 8, 1);
  const end = Date.UTC(academicYear - 4 - year, 7, 31);
  const day = rng.int(0, Math.round((end - start) / 86_400_000));
  return new Date(start + day * 86_400_000);
}

function senCode(rng: Prng, rates: NationalRates): SenCode {
  const r = rng.next();
  if (r < rates.ehcPlan) return 'E';
  if (r < rates.ehcPlan + rates.senSupport) return 'K';
  return 'N';
}

/** Generates a school of `options.pupils` pupils in classes of 30 (the last class may be smaller). */
export function generateSchool(options: SchoolOptions): SyntheticSchool {
  const rng = new Prng(options.seed);
  const rates: NationalRates = { ...NATIONAL_RATES, ...options.rates };
  const classSize = options.classSize ?? 30;
  const academicYear = options.academicYear ?? 2024;
  const years = options.years ?? (options.pupils <= 420 ? PRIMARY_YEARS : ALL_THROUGH_YEARS);
  const classCount = Math.max(1, Math.ceil(options.pupils / classSize));
  const serials = new Map<number, number>();
  const pupils: SyntheticPupil[] = [];
  const classes: SyntheticClass[] = classNames(years, classCount).map((c, i) => {
    const size = Math.min(classSize, options.pupils - i * classSize);
    const members: SyntheticPupil[] = [];
    const taken = new Set<string>();
    for (let k = 0; k < size; k++) {
      const first = rng.pick(FORENAMES);
      // Two children in one class with the same name would be told apart by the teacher; redraw instead.
      let surname = rng.pick(SURNAMES);
      while (taken.has(`${first.name}|${surname}`)) surname = rng.pick(SURNAMES);
      taken.add(`${first.name}|${surname}`);
      const sen = senCode(rng, rates);
      const pupilPremium = rng.chance(rates.pupilPremium);
      const serial = serials.get(c.year) ?? 0;
      serials.set(c.year, serial + 1);
      // Lower attainment is more common with SEN and with disadvantage, as national results show.
      const shift = (sen === 'E' ? -1.6 : sen === 'K' ? -1 : 0.15) + (pupilPremium ? -0.4 : 0.1);
      const pupil: SyntheticPupil = {
        upn: makeUpn(LA, ESTABLISHMENT + Math.floor(serial / 1000), academicYear - c.year, serial),
        legalSurname: surname,
        forename: first.name,
        preferredForename: first.preferred !== undefined && rng.chance(0.6) ? first.preferred : null,
        gender: first.gender,
        dateOfBirth: dateOfBirth(rng, c.year, academicYear),
        year: c.year,
        regGroup: c.name,
        sen,
        pupilPremium,
        eal: rng.chance(rates.eal),
        lookedAfter: rng.chance(rates.lookedAfter),
        ability: shift + rng.normal() * 0.8,
      };
      members.push(pupil);
      pupils.push(pupil);
    }
    return { name: c.name, year: c.year, pupils: members };
  });
  return { seed: options.seed, academicYear, pupils, classes };
}

/** The name a teacher writes for a pupil: preferred (else legal) forename and surname. */
export function displayName(p: SyntheticPupil): string {
  return `${p.preferredForename ?? p.forename} ${p.legalSurname}`;
}
