// Intl.DateTimeFormat details: a minute or second shown alone is numeric
// even when 2-digit was asked for, and 24-hour locales write some times
// differently beside a zone name ("9:05:03 UTC", "09h UTC", Spanish
// parentheses around a long zone name).
const d = new Date(Date.UTC(2024, 6, 4, 9, 5, 3, 45));
const options = [
  { minute: '2-digit' }, { second: '2-digit' }, { minute: 'numeric', second: '2-digit' }, { minute: '2-digit', second: '2-digit' },
  { hour: 'numeric', minute: 'numeric', timeZoneName: 'short' }, { hour: 'numeric', timeZoneName: 'short' },
  { hour: '2-digit', minute: 'numeric', timeZoneName: 'short' }, { hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short' },
  { hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'long' }, { hour: 'numeric', minute: 'numeric', timeZoneName: 'shortOffset' },
  { year: 'numeric', hour: 'numeric', minute: 'numeric', timeZoneName: 'short' }, { timeZoneName: 'short' },
];
for (const locale of ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP', 'es-ES']) {
  console.log(locale, options.map((o) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...o }).format(d)).join(' | '));
}
