// A regex-driven program: parse access log lines with named groups, aggregate them, and scan key=value configs with a sticky regex.
const logText = `
127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.2 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 0
10.0.0.2 - alice [10/Oct/2023:13:56:05 +0000] "GET /api/items?page=2&sort=name HTTP/1.1" 200 5120
192.168.1.9 - - [10/Oct/2023:13:57:12 +0000] "GET /missing HTTP/1.0" 404 153
garbage line that does not match
127.0.0.1 - - [10/Oct/2023:13:58:00 +0000] "DELETE /api/items/7 HTTP/1.1" 500 87
`;
const LINE = /^(?<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?<user>\S+) \[(?<day>\d{2})\/(?<mon>\w{3})\/(?<year>\d{4}):(?<time>[\d:]+) [+-]\d{4}\] "(?<method>[A-Z]+) (?<path>[^ ?"]+)(?:\?(?<query>[^ "]*))? HTTP\/(?<http>[\d.]+)" (?<status>\d{3}) (?<bytes>\d+)$/gm;
const entries = [...logText.matchAll(LINE)].map((m) => ({ ...m.groups, status: Number(m.groups.status), bytes: Number(m.groups.bytes) }));
console.log('parsed', entries.length, 'of', logText.trim().split('\n').length, 'lines');
for (const e of entries) console.log(e.method.padEnd(6), e.path.padEnd(14), e.status, String(e.bytes).padStart(5), e.user === '-' ? 'anonymous' : e.user, e.query ?? '');
const byStatus = entries.reduce((acc, e) => ({ ...acc, [`${Math.floor(e.status / 100)}xx`]: (acc[`${Math.floor(e.status / 100)}xx`] ?? 0) + 1 }), {});
console.log(JSON.stringify(byStatus), 'total bytes', entries.reduce((s, e) => s + e.bytes, 0));
const query = Object.fromEntries([...entries[2].query.matchAll(/([^&=]+)=([^&]*)/g)].map(([, k, v]) => [k, decodeURIComponent(v)]));
console.log(JSON.stringify(query));
// Sticky scanner for a config format.
const config = 'name = "kiln runtime"  # a comment\nthreads=4\ndebug = true\nratio=0.75\nbad line here\npath="/usr/local"';
const TOKEN = /[ \t]*(?:(?<comment>#[^\n]*)|(?<key>[A-Za-z_]\w*)[ \t]*=[ \t]*(?:"(?<str>[^"\n]*)"|(?<num>-?\d+(?:\.\d+)?)\b|(?<bool>true|false)\b)|(?<nl>\n)|(?<junk>[^\n]+))/y;
const result = {};
const problems = [];
let m;
let line = 1;
while (TOKEN.lastIndex < config.length && (m = TOKEN.exec(config))) {
  const g = m.groups;
  if (g.nl) line++;
  else if (g.key) result[g.key] = g.str ?? (g.num !== undefined ? Number(g.num) : g.bool === 'true');
  else if (g.junk) problems.push(`line ${line}: ${JSON.stringify(g.junk)}`);
}
console.log(JSON.stringify(result));
console.log(problems.join('; '));
// URL-ish parsing with one regex.
const URLRE = /^(?<scheme>[a-z][a-z0-9+.-]*):\/\/(?:(?<user>[^:@/]+)(?::(?<pass>[^@/]*))?@)?(?<host>[^:/?#]+)(?::(?<port>\d+))?(?<path>\/[^?#]*)?(?:\?(?<query>[^#]*))?(?:#(?<frag>.*))?$/i;
for (const u of ['https://user:pw@example.com:8443/a/b?x=1#top', 'http://localhost/', 'ftp://files.example.org', 'not a url']) {
  const mm = URLRE.exec(u);
  console.log(u.padEnd(46), mm ? JSON.stringify(Object.fromEntries(Object.entries(mm.groups).filter(([, v]) => v !== undefined))) : 'no match');
}
