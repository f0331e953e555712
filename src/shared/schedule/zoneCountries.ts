import { INDONESIAN_ZONES } from '../time'

/**
 * The country of the zones people here interview in: an invitation on that clock is checked against that
 * country's public holidays (where the company is, not only where the user lives), and a phone number in it
 * written without a country code is read as that country's. Zones shared by several countries, or not listed,
 * tell nothing.
 */
const ZONE_COUNTRIES: Record<string, string> = {
  ...Object.fromEntries(Object.keys(INDONESIAN_ZONES).map((zone) => [zone, 'ID'])),
  'Asia/Singapore': 'SG',
  'Asia/Kuala_Lumpur': 'MY',
  'Asia/Kuching': 'MY',
  'Asia/Manila': 'PH',
  'Asia/Bangkok': 'TH',
  'Asia/Ho_Chi_Minh': 'VN',
  'Asia/Tokyo': 'JP',
  'Asia/Dubai': 'AE',
  'Australia/Sydney': 'AU',
  'Australia/Melbourne': 'AU',
  'Australia/Brisbane': 'AU',
  'Australia/Perth': 'AU',
  'Europe/Amsterdam': 'NL',
  'Europe/Berlin': 'DE',
  'Europe/London': 'GB',
}

/** The country of a zone (ISO 3166 code), when the zone belongs to one country we know. */
export const countryOfZone = (zone: string): string | undefined => ZONE_COUNTRIES[zone]
