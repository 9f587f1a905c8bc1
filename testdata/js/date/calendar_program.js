// A small date program over UTC methods: a strftime-like formatter, a month calendar, and relative durations.
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n, w = 2) => String(n).padStart(w, '0');
function format(d, fmt) {
  return fmt.replace(/%([YmdHMSjaAbBpIZ%])/g, (_, c) => {
    switch (c) {
      case 'Y': return String(d.getUTCFullYear());
      case 'm': return pad(d.getUTCMonth() + 1);
      case 'd': return pad(d.getUTCDate());
      case 'H': return pad(d.getUTCHours());
      case 'M': return pad(d.getUTCMinutes());
      case 'S': return pad(d.getUTCSeconds());
      case 'j': return pad(Math.floor((d - Date.UTC(d.getUTCFullYear(), 0, 1)) / 864e5) + 1, 3);
      case 'a': return DAYS[d.getUTCDay()].slice(0, 3);
      case 'A': return DAYS[d.getUTCDay()];
      case 'b': return MONTHS[d.getUTCMonth()].slice(0, 3);
      case 'B': return MONTHS[d.getUTCMonth()];
      case 'p': return d.getUTCHours() < 12 ? 'AM' : 'PM';
      case 'I': return pad(d.getUTCHours() % 12 || 12);
      case 'Z': return 'UTC';
      default: return '%';
    }
  });
}
const d = new Date(Date.UTC(2024, 1, 29, 15, 4, 5));
console.log(format(d, '%Y-%m-%d %H:%M:%S %Z'));
console.log(format(d, '%A, %B %d, %Y at %I:%M %p (day %j) 100%%'));
console.log(format(new Date(Date.UTC(1999, 11, 31, 0, 0, 0)), '%a %b %d %I %p'));

function calendar(year, month) {
  const first = new Date(Date.UTC(year, month, 1));
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const lines = [`${MONTHS[month]} ${year}`.padStart(10 + Math.floor(`${MONTHS[month]} ${year}`.length / 2)), 'Su Mo Tu We Th Fr Sa'];
  let line = '   '.repeat(first.getUTCDay());
  for (let day = 1; day <= days; day++) {
    line += String(day).padStart(2) + ' ';
    if ((first.getUTCDay() + day) % 7 === 0) { lines.push(line.trimEnd()); line = ''; }
  }
  if (line) lines.push(line.trimEnd());
  return lines.join('\n');
}
console.log(calendar(2024, 1));
console.log(calendar(2021, 7));

function relative(from, to) {
  const s = Math.round((to - from) / 1000);
  const units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];
  for (const [name, secs] of units) {
    const v = Math.trunc(s / secs);
    if (v !== 0) return v > 0 ? `in ${v} ${name}${v === 1 ? '' : 's'}` : `${-v} ${name}${v === -1 ? '' : 's'} ago`;
  }
  return 'just now';
}
const base = Date.UTC(2024, 0, 1);
for (const delta of [0, 30e3, -90e3, 5 * 36e5, -3 * 864e5, 15 * 864e5, 400 * 864e5, -61 * 864e5]) console.log(relative(base, base + delta));
// Business days between two dates.
function businessDays(a, b) {
  let count = 0;
  for (let t = a; t < b; t += 864e5) { const day = new Date(t).getUTCDay(); if (day !== 0 && day !== 6) count++; }
  return count;
}
console.log(businessDays(Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1)), businessDays(Date.UTC(2024, 11, 20), Date.UTC(2025, 0, 6)));
