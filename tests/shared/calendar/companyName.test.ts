import { describe, expect, it } from 'vitest'
import { shortCompanyName } from '../../../src/shared/calendar/companyName'

describe('shortCompanyName', () => {
  it.each([
    ['PT Nusantara Data Raya', 'Nusantara Data Raya'],
    ['PT. Bank Sentosa Makmur Tbk', 'Bank Sentosa Makmur'],
    ['PT Telekomunikasi Indonesia (Persero) Tbk', 'Telekomunikasi Indonesia'],
    ['CV. Kopi Kita', 'Kopi Kita'],
    ['Arunika Logistics Pte. Ltd.', 'Arunika Logistics'],
    ['Sinar Media, Inc.', 'Sinar Media'],
    ['Maju Jaya Sdn Bhd', 'Maju Jaya'],
    ['Kopi Kita Group', 'Kopi Kita Group'],
    ['Ptolemy Analytics', 'Ptolemy Analytics'],
    ['PT', 'PT'],
    ['  Gojek  ', 'Gojek'],
  ])('%j → %j', (full, short) => expect(shortCompanyName(full)).toBe(short))
})
