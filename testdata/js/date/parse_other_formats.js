// Date.parse of non-ISO strings that V8 accepts (implementation-defined, with TZ=UTC), plus rejections.
const forms = ['Thu, 01 Jan 1970 00:00:00 GMT', 'Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)', 'Jan 2, 2020', 'January 2, 2020 10:00:00',
  '2 January 2020', '2020/01/02', '2020/1/2 3:04:05', '01/02/2020', '1/2/2020 13:45', 'Mon, 02 Jan 2020 10:00:00 +0100', '2020-01-02 03:04:05 GMT',
  'Sat, 01-Jan-2000 08:00:00 GMT', 'Dec 25 1995 13:30:00 PST', '12/25/1995 1:30 PM', 'Thu Jan 01 1970', 'tomorrow', 'not a date', '', '2020-01-02 garbage',
  '1970', '99', 'Jan 1 99', 'Feb 30 2020', '2020-02-30 00:00', 'Tue Mar 01 2022 10:00:00 GMT-0500'];
for (const s of forms) {
  const t = Date.parse(s);
  console.log(JSON.stringify(s).padEnd(72), isNaN(t) ? 'NaN' : new Date(t).toISOString());
}
console.log(Date.parse(), Date.parse(null), Date.parse(0), Date.parse(undefined));
