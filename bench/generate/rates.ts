// National rates the synthetic schools are drawn at: England, state-funded schools, January 2024 census.

/**
 * Shares of pupils, from the Department for Education's national statistics (explore-education-
 * statistics.service.gov.uk):
 * - "Special educational needs in England", academic year 2023/24 (June 2024): 13.6% of pupils have SEN
 *   support (1,238,851) and 4.8% an EHC plan (434,354).
 * - "Schools, pupils and their characteristics", academic year 2023/24 (June 2024): 24.6% of pupils are
 *   eligible for free school meals, the main route into pupil premium; 20.8% have a first language known
 *   or believed to be other than English (EAL).
 * Pupil premium is drawn at the FSM rate: it also counts pupils eligible in the last six years and
 * looked-after children, so the real share is a little higher.
 */
export const NATIONAL_RATES = {
  senSupport: 0.136,
  ehcPlan: 0.048,
  pupilPremium: 0.246,
  eal: 0.208,
  /** An assumption, not from the releases above: under 1 pupil in 100 is looked after. */
  lookedAfter: 0.007,
} as const;

/** Rates to draw a school at (the national ones unless overridden). */
export type NationalRates = { readonly [K in keyof typeof NATIONAL_RATES]: number };
