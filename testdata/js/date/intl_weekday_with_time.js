// A weekday with a time and no other date field: CLDR has patterns of its
// own for some of these ("Tue 2:07 PM", "14:07 (火)"); the rest are joined
// like a date and a time. Zone names are reported as ICU canonicalises them.
const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9));
const times = [{ hour: 'numeric' }, { hour: 'numeric', minute: 'numeric' }, { hour: 'numeric', minute: 'numeric', second: 'numeric' }];
for (const locale of ['en-US', 'en-GB', 'fr-FR', 'es-ES', 'ja-JP']) {
  for (const hour12 of [true, false]) {
    const row = times.map((t) => ['short', 'long'].map((weekday) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday, hour12, ...t }).format(d)).join(' / '));
    console.log(locale, hour12 ? 'h12' : 'h23', row.join(' | '));
  }
}
console.log(new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', weekday: 'short', hour: 'numeric', minute: 'numeric', hour12: true }).format(d));
const zones = ['Asia/Kolkata', 'Asia/Calcutta', 'Asia/Kathmandu', 'Asia/Ho_Chi_Minh', 'Europe/Kyiv', 'America/Argentina/Buenos_Aires', 'America/Indiana/Indianapolis', 'US/Eastern', 'US/Pacific', 'Japan', 'GB', 'EST5EDT', 'Etc/UTC', 'America/New_York'];
for (const timeZone of zones) console.log(timeZone, '->', new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone);
