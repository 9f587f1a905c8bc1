// Assigning process.env.TZ switches the local time zone of Date at once (and
// of Intl formats made afterwards), as Node does.
const d = new Date(Date.UTC(2024, 6, 15, 12, 30, 0));
const show = () => console.log(d.getHours(), d.getTimezoneOffset(), d.toString(),
  new Intl.DateTimeFormat('en-US', { timeStyle: 'long' }).format(d));
show();
process.env.TZ = 'America/New_York';
show();
const kept = new Intl.DateTimeFormat('en-US', { timeStyle: 'short' });
process.env.TZ = ':Asia/Kolkata';
show();
console.log(kept.format(d), kept.resolvedOptions().timeZone);
Object.defineProperty(process.env, 'TZ', { value: 'Australia/Sydney', writable: true, enumerable: true, configurable: true });
show();
console.log(new Date(2024, 0, 1, 9).toISOString());
process.env.TZ = 'UTC';
show();
