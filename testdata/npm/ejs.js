// ejs: render with escaping and scriptlets, includes through renderFile, compile,
// async templates, and the errors a bad template gives.
const ejs = require('ejs'); const fs = require('fs'); const path = require('path');
console.log(ejs.render('<%= people.join(", "); %> <%- "<b>" %> <%# comment %><% for (const p of people) { %>[<%= p %>]<% } %>', { people: ['geddy', 'neil', '<alex>'] }));
const dir = fs.mkdtempSync('/tmp/ejs-'); fs.writeFileSync(path.join(dir, 'inc.ejs'), 'included <%= x %>');
fs.writeFileSync(path.join(dir, 'main.ejs'), 'main <%- include("inc", { x: 7 }) %> <%= locals.y %>');
ejs.renderFile(path.join(dir, 'main.ejs'), { y: 'why' }, (err, s) => { console.log(err, s); fs.rmSync(dir, { recursive: true }); });
const f = ejs.compile('<%= a + b %>', { client: false }); console.log(f({ a: 1, b: 2 }));
try { ejs.render('<% if ( %>'); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
try { ejs.render('<%= nope %>', {}, { filename: 'x.ejs' }); } catch (e) { console.log(e.name, e.message.replace(/\n/g, '|')); }
(async () => console.log(await ejs.render('<%= await Promise.resolve(5) %>', {}, { async: true })))();
