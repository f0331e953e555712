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
