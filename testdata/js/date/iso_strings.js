// toISOString formats (including extended years) and Date.parse of ISO 8601 forms; date-only forms are UTC.
const show = (s) => { const t = Date.parse(s); return `${JSON.stringify(s).padEnd(34)} ${isNaN(t) ? 'NaN' : new Date(t).toISOString()}`; };
for (const s of ['2020', '2020-06', '2020-06-15', '2020-06-15T10:20', '2020-06-15T10:20:30', '2020-06-15T10:20:30.5',
  '2020-06-15T10:20:30.123456', '2020-06-15T10:20:30Z', '2020-06-15T10:20:30+02:00', '2020-06-15T10:20:30-0130', '2020-06-15T24:00:00Z',
  '2020-06-15T24:00:01Z', '+002020-06-15', '-000001-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '+275760-09-13T00:00:00.001Z',
  '-000000-01-01T00:00:00Z', '2020-13-01', '2020-02-30', '2020-02-30T00:00:00Z', '2020-06-15 10:20:30', '2020-06-15t10:20:30z',
  '20200615', '2020-6-15', ' 2020-06-15', '2020-06-15T10:20:30.Z', '1970-01-01T00:00:00.000+00:00']) {
  console.log(show(s));
}
// toISOString for extreme and negative years.
for (const ms of [0, -62198755200000, -62198755200001, 253402300799999, 253402300800000, 8.64e15, -8.64e15, -1]) {
  console.log(ms, new Date(ms).toISOString());
}
try {
  new Date(NaN).toISOString();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// Round trip.
const now = new Date(Date.UTC(2023, 10, 5, 6, 7, 8, 9));
console.log(Date.parse(now.toISOString()) === now.getTime(), new Date(now.toISOString()).getTime() === now.getTime());
