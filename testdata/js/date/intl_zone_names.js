// Intl.DateTimeFormat timeZoneName in every style, from ICU's names
// (gen_intl_zones.js): specific names per offset (standard and summer
// time, Lord Howe's half-hour shift), generic names ("Eastern Time",
// "Germany Time", "New York (Ortszeit)"), regional English, and the
// localized GMT offset where a locale has no name. Also the zone list of
// Intl.supportedValuesOf and resolvedOptions of a generic name.
const dates = [Date.UTC(2024, 0, 15, 12), Date.UTC(2024, 6, 15, 12), Date.UTC(2024, 2, 10, 6, 59), Date.UTC(2024, 2, 10, 7)];
const zones = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Africa/Casablanca', 'UTC', 'Etc/GMT+5'];
const styles = ['short', 'long', 'shortGeneric', 'longGeneric', 'shortOffset', 'longOffset'];
for (const locale of ['en-US', 'en-GB', 'en-AU', 'en-IN', 'de', 'fr', 'es', 'ja', 'it', 'zh']) {
  for (const timeZone of zones) {
    const row = styles.map((timeZoneName) => {
      const f = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName });
      return [...new Set(dates.map((d) => f.formatToParts(d).find((p) => p.type === 'timeZoneName').value))].join(' / ');
    });
    console.log(locale, timeZone, row.join(' | '));
  }
}
const full = new Intl.DateTimeFormat('de', { timeZone: 'America/New_York', dateStyle: 'full', timeStyle: 'full' });
console.log(full.format(dates[0]), '|', full.format(dates[1]));
console.log(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', hour: 'numeric', timeZoneName: 'longGeneric' }).resolvedOptions().timeZoneName);
const tzs = Intl.supportedValuesOf('timeZone');
console.log(tzs.length, tzs.slice(0, 3), tzs.includes('Asia/Calcutta'), tzs.includes('Asia/Kolkata'), tzs.includes('UTC'));
console.log(tzs.every((z, i) => i === 0 || tzs[i - 1] < z));
