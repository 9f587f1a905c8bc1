// Local-time methods under TZ=UTC agree with the UTC ones; the local constructor form new Date(y, m, ...) is exercised.
const d = new Date(2021, 2, 14, 1, 59, 30, 250);
console.log(d.toISOString(), d.getTimezoneOffset());
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
const pairs = ['FullYear', 'Month', 'Date', 'Day', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'];
console.log(pairs.every((p) => d['get' + p]() === d['getUTC' + p]()));
d.setHours(25);
d.setMonth(13);
d.setDate(0);
console.log(d.toISOString());
d.setFullYear(1999, 1, 29);
console.log(d.toISOString());
console.log(new Date(2020, 0).toISOString(), new Date(99, 11, 31).toISOString(), new Date(2020, 0, 1, 0, 0, 0, -1).toISOString());
console.log(new Date(2020, 5, 15).getTime() === Date.UTC(2020, 5, 15));
// Date-time strings without an offset are local time (= UTC here); date-only strings are UTC.
console.log(new Date('2020-06-15T12:00').toISOString(), new Date('2020-06-15').toISOString());
console.log(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date(0).toString());
console.log(new Date(2020, 0, 1).toString(), new Date(2020, 6, 1).toString());
