// URL setters, URLSearchParams linked to its URL, and how both inspect.
const setters = [
  ['http://a/b?c#d', 'protocol', 'https'], ['http://a/b', 'protocol', 'foo'], ['foo://a/b', 'protocol', 'http'],
  ['http://a:8080/', 'protocol', 'ws'], ['https://a:80/', 'protocol', 'http'], ['http://u@a/', 'protocol', 'file'],
  ['file:///x', 'protocol', 'http'], ['mailto:x', 'protocol', 'sc2'], ['http://a/', 'protocol', '1x'],
  ['http://a/', 'username', 'us er@:'], ['file:///x', 'username', 'u'], ['mailto:x', 'password', 'p'],
  ['http://a/', 'password', 'p w'], ['http://u:p@a/', 'password', ''], ['http://u:p@a/', 'username', ''],
  ['http://a:1/p', 'host', 'b:2'], ['http://a/p', 'host', 'B'], ['http://a/p', 'host', ''], ['sc://a/p', 'host', ''],
  ['http://a/p', 'host', 'x:y'], ['http://a/p', 'host', 'x:80'], ['http://a/p', 'hostname', 'x:80'],
  ['http://a/p', 'hostname', '[::1]'], ['http://a/p', 'host', 'c/d'], ['file:///p', 'host', 'localhost'],
  ['file:///p', 'host', 'srv'], ['mailto:x', 'host', 'a'], ['http://a/', 'port', '8080'], ['http://a/', 'port', '80'],
  ['http://a:9/', 'port', ''], ['http://a/', 'port', '12ab'], ['http://a/', 'port', 'ab'], ['http://a/', 'port', '99999'],
  ['file:///x', 'port', '1'], ['http://a/', 'port', 8081], ['http://a/b', 'pathname', 'c d/../e'],
  ['http://a/b', 'pathname', ''], ['sc://a/b', 'pathname', ''], ['sc:b', 'pathname', 'x'], ['http://a/b', 'pathname', '?#'],
  ['http://a/b', 'search', 'x y'], ['http://a/b', 'search', '?'], ['http://a/b?q', 'search', ''], ['http://a/b', 'search', '#x'],
  ['http://a/b', 'hash', 'x y'], ['http://a/b#q', 'hash', ''], ['http://a/b', 'hash', '#'], ['sc:x  #f', 'hash', ''],
  ['http://a/b', 'href', 'https://c/d'], ['http://a/b', 'href', 'bad'], ['http://a/b', 'origin', 'x'],
];
for (const [href, attr, value] of setters) {
  const u = new URL(href);
  try {
    u[attr] = value;
    console.log(href, attr, JSON.stringify(value), '->', u.href);
  } catch (e) {
    console.log(href, attr, JSON.stringify(value), '->', e.code, e.message);
  }
}
const u = new URL('http://x/p?a=1&b=2&a=3');
const sp = u.searchParams;
console.log(sp.get('a'), sp.getAll('a'), sp.has('b'), sp.has('b', '3'), sp.size, String(sp));
sp.append('c d', 'é&=');
console.log(u.href);
sp.delete('a');
console.log(u.href, u.search);
sp.set('b', '9'); sp.sort();
console.log(u.href, [...sp], [...sp.keys()], [...sp.values()]);
u.search = '?z=1';
console.log(sp.get('z'), sp.size, sp === u.searchParams);
u.href = 'http://y/?k=v';
console.log(sp.get('k'));
sp.delete('k');
console.log(u.href);
const p2 = new URLSearchParams([['a', 'b'], ['c', 'd']]);
console.log(p2.toString(), new URLSearchParams({ x: 1, y: 'z' }).toString(), new URLSearchParams('?q=%zz%41+b&&=x&y').toString());
console.log([...new URLSearchParams('a=%FF%FE&b=%E2%82')]);
for (const f of [() => new URLSearchParams([[1]]), () => new URLSearchParams({ [Symbol.iterator]: 1 }), () => sp.append('x'),
  () => sp.forEach(1), () => URLSearchParams.prototype.get.call({}, 'x'), () => new URL(), () => URL.canParse()]) {
  try { f(); } catch (e) { console.log(e.code, e.name, e.message); }
}
sp.forEach(function (v, k, o) { console.log(k, v, o === sp, this.t); }, { t: 1 });
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://y'), URL.parse('x'), URL.parse('/a', 'http://b').href);
console.log(JSON.stringify({ u: new URL('http://j/') }), String(new URL('http://s')), Object.prototype.toString.call(new URL('http://s')));
console.log(Object.prototype.toString.call(sp), Object.prototype.toString.call(sp.keys()));
console.log(new URL('http://a/b?c=d#e'));
console.log(sp, new URLSearchParams(), new URLSearchParams('a=1&b=2'));
console.log({ a: { b: { c: new URL('http://a') } } });
console.log([new URL('http://x/')]);
const long = new URLSearchParams('a=1&b=2&cccccccccccccccccccccccc=ddddddddddddddddddddddddd&eeeeeeeeeeeeeeeeeeeee=fffffffffffffffffff');
console.log(long);
console.log(long.keys(), long.entries());
const it = new URLSearchParams('a=1&b=2').entries(); it.next(); console.log(it, it.next(), it.next(), it.next());
