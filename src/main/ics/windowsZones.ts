/**
 * Outlook writes Windows zone names in TZID. The common ones, mapped to IANA zones. Where a Windows zone
 * covers several countries, the one our users most likely mean is chosen (SE Asia → Jakarta, not Bangkok:
 * the same offset, and WIB is what they read).
 */
export const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  'SE Asia Standard Time': 'Asia/Jakarta',
  'Singapore Standard Time': 'Asia/Singapore',
  'Malay Peninsula Standard Time': 'Asia/Kuala_Lumpur',
  'China Standard Time': 'Asia/Shanghai',
  'Taipei Standard Time': 'Asia/Taipei',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'India Standard Time': 'Asia/Kolkata',
  'Nepal Standard Time': 'Asia/Kathmandu',
  'Myanmar Standard Time': 'Asia/Yangon',
  'Arabian Standard Time': 'Asia/Dubai',
  'W. Australia Standard Time': 'Australia/Perth',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'GMT Standard Time': 'Europe/London',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
}

/**
 * Outlook sometimes writes the zone's display name instead ("(UTC-05:00) Eastern Time (US & Canada)"). The
 * names after the offset, for the zones above, so both spellings lead to the same IANA zone.
 */
const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  'Coordinated Universal Time': 'UTC',
  'Bangkok, Hanoi, Jakarta': 'Asia/Jakarta',
  'Kuala Lumpur, Singapore': 'Asia/Singapore',
  'Beijing, Chongqing, Hong Kong, Urumqi': 'Asia/Shanghai',
  Taipei: 'Asia/Taipei',
  'Osaka, Sapporo, Tokyo': 'Asia/Tokyo',
  Seoul: 'Asia/Seoul',
  'Chennai, Kolkata, Mumbai, New Delhi': 'Asia/Kolkata',
  Kathmandu: 'Asia/Kathmandu',
  'Yangon (Rangoon)': 'Asia/Yangon',
  'Abu Dhabi, Muscat': 'Asia/Dubai',
  Perth: 'Australia/Perth',
  'Canberra, Melbourne, Sydney': 'Australia/Sydney',
  'Auckland, Wellington': 'Pacific/Auckland',
  'Dublin, Edinburgh, Lisbon, London': 'Europe/London',
  'Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna': 'Europe/Berlin',
  'Brussels, Copenhagen, Madrid, Paris': 'Europe/Paris',
  'Belgrade, Bratislava, Budapest, Ljubljana, Prague': 'Europe/Budapest',
  'Eastern Time (US & Canada)': 'America/New_York',
  'Central Time (US & Canada)': 'America/Chicago',
  'Mountain Time (US & Canada)': 'America/Denver',
  'Pacific Time (US & Canada)': 'America/Los_Angeles',
}

/** An IANA zone for an Outlook TZID, written as a Windows zone name or as its display name. */
export function ianaForOutlookZone(tzid: string): string | undefined {
  const windows = WINDOWS_ZONES[tzid]
  if (windows) return windows
  const display = /^\((?:UTC|GMT)(?:[+-]\d{1,2}:\d{2})?\)\s*(.+)$/.exec(tzid.trim())
  return display ? DISPLAY_NAMES[display[1]!.trim()] : undefined
}
