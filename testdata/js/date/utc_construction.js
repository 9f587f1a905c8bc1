// Constructing dates from time values and UTC components: Date.UTC argument rules, overflow, two-digit years, limits.
const iso = (d) => (isNaN(d) ? 'Invalid Date' : d.toISOString());
console.log(iso(new Date(0)), iso(new Date(-1)), iso(new Date(1e12)), iso(new Date(1.9)), iso(new Date(-1.9)));
console.log(Date.UTC(2020, 0), Date.UTC(2020), Date.UTC(), Date.UTC(2020, 1, 29, 12, 30, 15, 500));
console.log(iso(new Date(Date.UTC(2021, 12, 1))), iso(new Date(Date.UTC(2021, -1, 1))), iso(new Date(Date.UTC(2021, 1, 29))), iso(new Date(Date.UTC(2021, 0, 0))));
console.log(iso(new Date(Date.UTC(2021, 0, 1, 25, 61, 61, 1001))), iso(new Date(Date.UTC(2021, 0, 1, -1))));
// Years 0..99 map to 1900..1999; only in the year argument.
console.log(iso(new Date(Date.UTC(99, 0))), iso(new Date(Date.UTC(0, 0))), iso(new Date(Date.UTC(100, 0))), iso(new Date(Date.UTC(-1, 0))));
const y5 = new Date(0);
y5.setUTCFullYear(5);
console.log(iso(y5), y5.getUTCFullYear());
// Limits: ±8.64e15 ms.
console.log(iso(new Date(8.64e15)), iso(new Date(8.64e15 + 1)), iso(new Date(-8.64e15)), iso(new Date(-8.64e15 - 1)));
console.log(Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1));
// Fractional and non-numeric components.
console.log(Date.UTC(2020, 0, 1.9), Date.UTC('2020', '1'), Date.UTC(2020, NaN), Date.UTC(2020, 0, 1, undefined), Date.UTC(Infinity));
// Copying a date.
const orig = new Date(Date.UTC(2000, 5, 15));
const copy = new Date(orig);
copy.setUTCDate(1);
console.log(iso(orig), iso(copy), new Date(orig).getTime() === orig.getTime());
// A single non-number, non-date argument is parsed as a string after ToPrimitive.
console.log(iso(new Date('2000-01-01')), iso(new Date({ valueOf: () => 86400000 })), iso(new Date({ toString: () => '1999-12-31T00:00:00Z', valueOf: undefined })));
console.log(iso(new Date(true)), iso(new Date(null)), iso(new Date(undefined)), iso(new Date(NaN)), iso(new Date(new Number(10))));
try {
  new Date(1n);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  new Date(Symbol());
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// Date.length and Date() as a function returns a string (of the current time; only the type is stable).
console.log(Date.length, typeof Date(), typeof Date(0), typeof Date.now(), Date.now() > 1.6e12);
