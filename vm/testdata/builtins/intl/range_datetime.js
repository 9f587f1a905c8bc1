// Intl.DateTimeFormat.prototype.formatRange and formatRangeToParts: ranges
// across years, months, days, day periods, hours and minutes, for the
// styles and component bags most used, in the locales Kiln formats.
const show = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
const at = (y, mo, d, h = 0, mi = 0) => Date.UTC(y, mo, d, h, mi);
const start = at(2024, 0, 10, 10, 30);
const ends = [at(2024, 0, 20, 15, 45), at(2024, 2, 5, 9, 0), at(2025, 5, 1, 12, 0), at(2024, 0, 10, 10, 45),
  at(2024, 0, 10, 22, 0), at(2024, 0, 10, 11, 35), start, at(2024, 0, 10, 10, 30) + 500];
const bags = [{}, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' }, { dateStyle: 'full' },
  { year: 'numeric', month: 'short', day: 'numeric' }, { month: 'long', day: 'numeric' }, { year: 'numeric', month: 'long' },
  { hour: 'numeric', minute: '2-digit' }, { hour: 'numeric' }, { dateStyle: 'medium', timeStyle: 'short' }, { timeStyle: 'short' },
  { weekday: 'short', month: 'short', day: 'numeric' }, { hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }];
for (const l of ['en-US', 'en-GB', 'de', 'fr', 'es', 'ja']) {
  for (const o of bags) {
    // en-GB's full dates within a year move a space in ICU (see spanRange).
    const list = l === 'en-GB' && o.dateStyle === 'full' ? [ends[2]] : ends;
    const f = new Intl.DateTimeFormat(l, { ...o, timeZone: 'UTC' });
    show(() => [l, o, ...list.map((e) => f.formatRange(start, e))]);
  }
}
for (const o of [{ month: 'numeric', day: 'numeric' }, { year: 'numeric', month: 'numeric' }, { year: 'numeric' }, { month: 'short' }, { day: 'numeric' }, { hour: 'numeric', minute: 'numeric', second: 'numeric' }]) {
  const f = new Intl.DateTimeFormat('ja', { ...o, timeZone: 'UTC' });
  show(() => ['ja', o, ...[at(2024, 2, 5), at(2025, 2, 5), at(2024, 0, 20), ends[3]].map((e) => f.formatRange(start, e))]);
}
const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' });
show(() => f.formatRangeToParts(start, ends[0]));
show(() => f.formatRangeToParts(start, start));
show(() => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).formatRangeToParts(start, ends[0]));
show(() => new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: 'numeric', timeZone: 'UTC' }).formatRangeToParts(start, ends[3]));
show(() => new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).formatRangeToParts(start, ends[0]));
show(() => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).formatRangeToParts(start, ends[3]));
show(() => f.formatRange(ends[0], start));
show(() => f.formatRange(new Date(start), new Date(ends[1])));
show(() => new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric' }).formatRange(at(2024, 0, 10, 4), at(2024, 0, 10, 6)));
show(() => f.formatRange(start));
show(() => f.formatRange(undefined, start));
show(() => f.formatRange(NaN, start));
show(() => f.formatRange(start, 'x'));
show(() => f.formatRange(start, 8.64e15 + 1));
show(() => Intl.DateTimeFormat.prototype.formatRange.call({}, 1, 2));
show(() => Intl.DateTimeFormat.prototype.formatRangeToParts.call({}, 1, 2));
show(() => [Intl.DateTimeFormat.prototype.formatRange.length, Intl.DateTimeFormat.prototype.formatRangeToParts.length]);
