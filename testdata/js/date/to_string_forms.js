// String forms of dates under TZ=UTC: toString, toDateString, toTimeString, toUTCString, toGMTString, toJSON, locale forms.
const dates = [new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6)), new Date(0), new Date(Date.UTC(-50, 6, 4)), new Date(Date.UTC(12345, 11, 31, 23, 59, 59)), new Date(Date.UTC(5, 0, 1))];
dates[4].setUTCFullYear(5);
for (const d of dates) {
  console.log(d.toString());
  console.log(' ', d.toDateString(), '|', d.toTimeString(), '|', d.toUTCString(), '|', d.toJSON());
}
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString, String(new Date(0)) === new Date(0).toString(), `${new Date(0)}` === new Date(0).toString());
const invalid = new Date(NaN);
console.log(invalid.toString(), invalid.toDateString(), invalid.toTimeString(), invalid.toUTCString(), invalid.toJSON(), String(invalid));
// Locale forms with explicit locale and time zone.
const d = dates[0];
console.log(d.toLocaleString('en-US', { timeZone: 'UTC' }), '|', d.toLocaleDateString('en-US', { timeZone: 'UTC' }), '|', d.toLocaleTimeString('en-US', { timeZone: 'UTC' }));
console.log(d.toLocaleDateString('en-US', { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }));
console.log(d.toLocaleString('en-GB', { timeZone: 'UTC' }), '|', d.toLocaleDateString('de-DE', { timeZone: 'UTC' }), '|', d.toLocaleString('ja-JP', { timeZone: 'UTC' }));
console.log(invalid.toLocaleString('en-US'));
// toString on non-dates.
try {
  Date.prototype.toString.call({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// The default Date parse of its own toString/toUTCString output round-trips to the second.
for (const s of [d.toString(), d.toUTCString(), d.toISOString()]) {
  console.log(JSON.stringify(s), Date.parse(s));
}
