// util.MIMEType and util.MIMEParams: WHATWG MIME parsing and serialization,
// setters, and node's ERR_INVALID_MIME_SYNTAX messages.
const { MIMEType, MIMEParams } = require('util');
const t = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); } };
for (const s of ['text/html', ' Text/HTML ; Charset="UTF-8" ; foo=bar', 'text/plain;a=1;a=2;b', 'text/plain;x="a\\"b\\\\c";y=""', 'application/json;charset=utf-8;q="x y"', 'text/html;;;=x;a=', 'a/b;c="unterminated', 'a/b; c = d', 'a/b;C=D', 'a/b;c=\u00e9', 'x/y;z="\u00e9"', '', '/', 'text', 'text/', '/html', 'te xt/html', 'text/ht@ml', 'tÉxt/html', 'a/b;c=d e', 'a/b;c="d e"']) {
  t(() => { const m = new MIMEType(s); return [m.type, m.subtype, m.essence, String(m), JSON.stringify(m), [...m.params]]; });
}
const m = new MIMEType('text/html;charset=utf-8');
console.log(m, Object.keys(m), typeof m.params, m.params.constructor.name, m.params);
m.type = 'Application'; m.subtype = 'JSON'; console.log(String(m), m.essence);
t(() => { m.type = ''; }); t(() => { m.type = 'a b'; }); t(() => { m.subtype = 'x/y'; });
const p = m.params; p.set('Foo', 'bar baz'); p.set('n', ''); console.log(String(m), p.has('foo'), p.get('foo'), p.get('nope'), [...p.keys()], [...p.values()], [...p.entries()], p.toJSON(), String(p));
t(() => p.set('a b', 'x')); t(() => p.set('a', '\n')); t(() => p.set('a', 'é'));
p.delete('foo'); console.log(String(p));
const q = new MIMEParams(); console.log(q, String(q), q.get('x'));
t(() => new MIMEType()); t(() => new MIMEType(5)); t(() => MIMEType('a/b'));
console.log(new MIMEType({toString(){return 'a/b'}}).essence);
console.log(Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype), MIMEParams.prototype[Symbol.iterator] === MIMEParams.prototype.entries);
console.log(Object.prototype.toString.call(m), Object.prototype.toString.call(p));
for (const s of ['a/b;c="x\\', 'a/b;c="x\\"', 'A/B;C="\\q";D=1;d=2', 'a/b\t;\tc=d\t', 'a/b;=;c', 'a/b;c', 'a/b;c=;d=e', 'a/b ;c=d', '\n a/b \r\n', 'a/b;c="d";e']) {
  t(() => String(new MIMEType(s)));
}
