// Date arithmetic and coercion: differences, adding days/months, comparisons, + uses the string hint, - the number hint.
const a = new Date(Date.UTC(2024, 0, 31));
const b = new Date(Date.UTC(2024, 2, 1));
console.log(b - a, (b - a) / 864e5, a < b, a > b, a == new Date(a), a.getTime() === new Date(a).getTime());
console.log(typeof (a + 1), (a + 1).slice(-1), typeof (a - 1), a - 1, typeof (a * 1), `${a}` === a.toString());
console.log(Math.max(a, b) === b.getTime(), [b, a].sort((x, y) => x - y)[0] === a, JSON.stringify({ a }));

const addDays = (d, n) => new Date(d.getTime() + n * 864e5);
console.log(addDays(a, 1).toISOString(), addDays(a, 30).toISOString(), addDays(a, -31).toISOString());

// Adding months by setUTCMonth overflows into the next month.
const m = new Date(a);
m.setUTCMonth(m.getUTCMonth() + 1);
console.log(m.toISOString());
// A clamping version.
function addMonthsClamped(d, n) {
  const r = new Date(d);
  const day = r.getUTCDate();
  r.setUTCDate(1);
  r.setUTCMonth(r.getUTCMonth() + n);
  const last = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0)).getUTCDate();
  r.setUTCDate(Math.min(day, last));
  return r;
}
console.log(addMonthsClamped(a, 1).toISOString(), addMonthsClamped(a, 13).toISOString(), addMonthsClamped(a, -2).toISOString());

// Day of year and ISO week number.
function dayOfYear(d) { return Math.floor((d - Date.UTC(d.getUTCFullYear(), 0, 0)) / 864e5); }
function isoWeek(d) {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  return Math.ceil(((t - Date.UTC(t.getUTCFullYear(), 0, 1)) / 864e5 + 1) / 7);
}
for (const ms of [Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 30), Date.UTC(2021, 0, 3), Date.UTC(2020, 11, 31), Date.UTC(2026, 5, 15)]) {
  const d = new Date(ms);
  console.log(d.toISOString().slice(0, 10), dayOfYear(d), isoWeek(d));
}

// Age calculation and duration formatting.
function age(birth, on) {
  let years = on.getUTCFullYear() - birth.getUTCFullYear();
  if (on.getUTCMonth() < birth.getUTCMonth() || (on.getUTCMonth() === birth.getUTCMonth() && on.getUTCDate() < birth.getUTCDate())) years--;
  return years;
}
console.log(age(new Date(Date.UTC(2000, 1, 29)), new Date(Date.UTC(2024, 1, 28))), age(new Date(Date.UTC(2000, 1, 29)), new Date(Date.UTC(2024, 1, 29))));
const dur = 93784005;
console.log(`${Math.floor(dur / 864e5)}d ${Math.floor(dur / 36e5) % 24}h ${Math.floor(dur / 6e4) % 60}m ${Math.floor(dur / 1e3) % 60}s ${dur % 1000}ms`);

// valueOf / Symbol.toPrimitive / Object.is.
console.log(a.valueOf() === a.getTime(), a[Symbol.toPrimitive]('number') === a.getTime(), a[Symbol.toPrimitive]('default') === a.toString());
console.log(Object.prototype.toString.call(a), a instanceof Date, typeof a, Object.keys(a).length, Date.prototype.constructor === Date);
