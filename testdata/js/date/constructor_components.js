// new Date(y, m, ...) with several components (local time = UTC here): overflow, negative values, NaN, and years 0-99.
const iso = (d) => (isNaN(d) ? 'Invalid Date' : d.toISOString());
console.log(iso(new Date(2020, 0, 1, 0, 0, 0, 0)), iso(new Date(2020, 11, 31, 23, 59, 59, 999)));
console.log(iso(new Date(2020, 12)), iso(new Date(2020, -1)), iso(new Date(2020, 0, 0)), iso(new Date(2020, 0, 366)), iso(new Date(2021, 0, 366)));
console.log(iso(new Date(2020, 0, 1, 24)), iso(new Date(2020, 0, 1, -1)), iso(new Date(2020, 0, 1, 0, 1440)), iso(new Date(2020, 0, 1, 0, 0, -1)));
console.log(iso(new Date(0, 0)), iso(new Date(99, 0)), iso(new Date(100, 0)), iso(new Date(-1, 0)), iso(new Date(1e5, 0)));
console.log(iso(new Date(2020, NaN)), iso(new Date(2020, 0, undefined)), iso(new Date(2020, 0, null)), iso(new Date('2020', '5', '15')));
console.log(iso(new Date(2020.9, 0.9, 1.9)), iso(new Date(275760, 8, 13)), iso(new Date(275760, 8, 13, 0, 0, 0, 1)), iso(new Date(-271821, 3, 20)));
// Extra arguments beyond milliseconds are ignored; valueOf is called on each argument in order.
const order = [];
const arg = (name, v) => ({ valueOf() { order.push(name); return v; } });
console.log(iso(new Date(arg('y', 2000), arg('m', 1), arg('d', 2), arg('h', 3), arg('min', 4), arg('s', 5), arg('ms', 6), arg('extra', 7))), order.join());
// Getters on unusual years.
const y0 = new Date(Date.UTC(0, 0, 1));
y0.setUTCFullYear(0);
console.log(y0.getUTCFullYear(), y0.getUTCDay(), iso(y0), y0.toUTCString());
const bc = new Date(Date.UTC(-1, 11, 31));
console.log(bc.getUTCFullYear(), bc.getUTCMonth(), bc.getUTCDate(), bc.getUTCDay(), bc.toDateString());
// valueOf and getTime agree; setTime validates.
const t = new Date(0);
console.log(t.setTime(8.64e15), t.setTime(8.64e15 + 1), t.getTime(), t.setTime(-0), Object.is(t.getTime(), 0), t.setTime(1.9), t.getTime());
console.log(new Date(2020, 0).getDate(), new Date(2020, 1, 29).getMonth(), new Date(2019, 1, 29).getMonth());
