// Key stage teacher assessment outcome codes, as the DfE collects them at the end of KS1 and KS2.

import type { ScaleDefinition } from './types.js';

/**
 * Ascending. BLW: below the pre-key stage standards. The interim pre-key stage standards rise from
 * PKF (foundations for the expected standard) through PKE (early development) to PKG (growing
 * development). HNM (has not met the expected standard) is the KS2 outcome for pupils on the key
 * stage curriculum who did not reach it; WTS (working towards) is the finer judgement within that band,
 * so it sits just above. Then EXS (expected) and GDS (greater depth).
 *
 * The numbered pre-key stage standards used since 2018/19 (PK1-PK6) and EM (engagement model) are not
 * steps here: they cannot be interleaved with PKF/PKE/PKG without inventing an order. A school using
 * them defines its own step list.
 *
 * Expected progress 0 a year: the codes are relative to age-related expectations, so keeping EXS is
 * on track. Tolerance 0.5: the same code is on track, one code lower is slightly behind.
 */
export const KS_TA: ScaleDefinition = {
  id: 'ks-ta',
  name: 'KS teacher assessment',
  stepName: 'code',
  steps: [
    { label: 'BLW', aliases: ['working below', 'below the standard of the pre-key stage'] },
    { label: 'PKF', aliases: ['foundations', 'foundations for the expected standard'] },
    { label: 'PKE', aliases: ['early development', 'early development of the expected standard'] },
    { label: 'PKG', aliases: ['growing development', 'growing development of the expected standard'] },
    { label: 'HNM', aliases: ['has not met', 'has not met the expected standard'] },
    {
      label: 'WTS',
      aliases: ['WT', 'working towards', 'working towards the expected standard', 'towards expected'],
    },
    {
      label: 'EXS',
      aliases: [
        'EXP',
        'expected',
        'at expected',
        'expected standard',
        'working at expected',
        'working at the expected standard',
      ],
    },
    {
      label: 'GDS',
      aliases: [
        'GD',
        'greater depth',
        'working at greater depth',
        'greater depth within the expected standard',
      ],
    },
  ],
  parser: 'labels',
  tolerance: 0.5,
  expectedStepsPerYear: { default: 0 },
};
