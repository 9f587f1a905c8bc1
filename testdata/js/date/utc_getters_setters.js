// UTC getters and setters: day of week, overflow in setters, optional arguments, return values, and NaN propagation.
const d = new Date(Date.UTC(2024, 1, 29, 23, 59, 58, 999));
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log(d.getTime(), d.valueOf(), +d, d.getTimezoneOffset());

const t = new Date(Date.UTC(2020, 0, 31));
console.log(t.setUTCMonth(1), t.toISOString());
t.setUTCDate(0);
console.log(t.toISOString());
t.setUTCDate(32);
console.log(t.toISOString());
t.setUTCHours(48);
console.log(t.toISOString());
t.setUTCMinutes(-1);
console.log(t.toISOString());
t.setUTCSeconds(3600);
console.log(t.toISOString());
t.setUTCMilliseconds(-1);
console.log(t.toISOString());
t.setUTCFullYear(2021, 11, 31);
console.log(t.toISOString());
t.setUTCHours(1, 2, 3, 4);
console.log(t.toISOString());
t.setUTCMonth(0, 15);
console.log(t.toISOString());
console.log(t.setTime(0), t.toISOString(), t.setTime('86400000'), t.toISOString());

// Leap years.
for (const y of [1900, 2000, 2023, 2024, 2100]) {
  console.log(y, new Date(Date.UTC(y, 2, 0)).getUTCDate());
}

// Day of week for known dates.
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
console.log([Date.UTC(1970, 0, 1), Date.UTC(2000, 0, 1), Date.UTC(2024, 6, 4), Date.UTC(-1, 0, 1)].map((ms) => days[new Date(ms).getUTCDay()]).join());

// NaN in, NaN out: setters on an invalid date keep it invalid, except setUTCFullYear, which starts from time value +0.
const bad = new Date(NaN);
console.log(bad.getUTCDate(), bad.setUTCDate(1), bad.setUTCHours(1), bad.getTime());
console.log(bad.setUTCFullYear(2020), bad.toISOString());
const nanArg = new Date(0);
console.log(nanArg.setUTCDate(NaN), nanArg.getTime());

// Setter arguments are converted before the date is checked.
const calls = [];
const inv = new Date(NaN);
inv.setUTCMinutes({ valueOf() { calls.push('converted'); return 1; } });
console.log(calls.join(), isNaN(inv));

// setYear/getYear (Annex B).
const legacy = new Date(Date.UTC(2001, 0, 1));
console.log(legacy.getYear(), (legacy.setYear(99), legacy.getUTCFullYear()), (legacy.setYear(2005), legacy.getUTCFullYear()));

// Receivers must be dates.
try {
  Date.prototype.getUTCDate.call({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
