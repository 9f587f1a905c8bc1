// The WHATWG parser on a table of tricky inputs: every component, or the error.
const tests = [
  ["http://a/^`{}|\"<> x?^`{}|\"<>' x#^`{}|\"<> x"], ["foo://a/^`{}|?'#`"], ["http://u:p@a/"], ["http://\u00e9xample.com/"],
  ["http://EXAMPLE.com:80/a/../b?x#y"], ["sc:  x  #"], ["http://faß.de/"], ["http://xn--zca.de/"], ["http://a%41.com/"],
  ["http://[1:0:0:0:0:0:0:1]/"], ["http://1.2.3/"], ["http://0x7f.1/"], ["http://192.168.0.257/"], ["http://a.b.1/"],
  ["http://%zz/"], ["blob:https://a.com/x"], ["blob:foo"], ["file://LOCALHOST/x"], ["file:///C:/x/../.."],
  ["http://ＥＸＡＭＰＬＥ。com/"], ["mailto:a@b"], ["http://[::1]:8080"], ["file:///C:/x"], ["//x/y", "http://b/c"],
  ["../d?q", "http://h/a/b/c"], ["?z", "http://h/a?b#c"], ["#f", "mailto:x"], ["x", "mailto:x"], ["", "http://h/p?q#f"],
  ["http:/\\/x/y"], ["HTTP://x:0080/"], ["http://x:65536/"], ["http://x:6a/"], ["ws://x:80/"], ["wss://x:443/"],
  ["non-spec:/.//p"], ["non-spec:/..//p"], ["http://a/%2e%2E/b/./c/%2e"], ["file:c:\\x\\y"], ["file://host/share/x"],
  ["\\\\server\\file", "file:///C:/"], ["C|/foo", "file:///"], ["http://[::127.0.0.1]/"], ["http://[1:2::3:4]/"],
  ["http://[0:0:0:0:1:0:0:0]/"], ["http://[::]/"], ["http://[:1]/"], ["http://a:b@c:d@e/"], ["http://@x/"],
  ["http://:@x/"], ["http://us er:pa ss@x/"], ["sc://ñ/x"], ["sc://a b/"], ["sc://%/"], ["http://a\tb\nc/"],
  ["  http://x/  "], ["http://x/\u0000"], ["a:\u00ff"], ["http://0x100000000/"], ["http://4294967295/"],
  ["http://09/"], ["http://010/"], ["http://1.2.3.4.5/"], ["http://1.2.3.4./"], ["javascript:alert(1)"],
  ["data:text/plain,hi there"], ["http://x/?a=b c&d='e'"], ["sc://x/?'"], ["about:blank"], ["x"], [""],
  ["http://[::1"], ["http://x/\uD800"], ["https://x/a?b#c", "invalid"], ["git+ssh://git@github.com/a/b.git"],
];
for (const [input, base] of tests) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify([input, base]), JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]));
  } catch (e) {
    console.log(JSON.stringify([input, base]), e.code, e.name, e.message, e.input, e.base);
  }
}
