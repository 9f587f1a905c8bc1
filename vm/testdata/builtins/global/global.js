// Expected output comes from node: go test ./vm -run TestBuiltins -update
const J = (a) => { let s = ""; for (let i = 0; i < a.length; i++) s += (i ? "," : "") + a[i]; return s };
const t = (f) => { try { let r = f(); if (r && typeof r === "object" && typeof r.length === "number") r = J(r); console.log(`${r}`) } catch (e) { console.log(e.name + ": " + e.message) } };
t(() => decodeURI('%')); t(() => encodeURI('\ud800'));
t(() => [parseInt('  0x1F'), parseInt('\u00a0\ufeff 12px'), parseInt('-0'), 1/parseInt('-0'), parseInt('123', 37), parseInt('z', 36), Number.parseInt === parseInt, parseFloat('3.14e2abc'), parseFloat('-.5'), parseFloat('Infinityx')]);
t(() => [encodeURIComponent('a b&c/d?é😀'), encodeURI('http://x/a b?q=1#h'), decodeURIComponent('%E2%82%AC%F0%9F%98%80'), decodeURI('%23%2f%41'), escape('a b+é\u1234'), unescape('%u1234%41%zz%4')]);
t(() => decodeURIComponent('%C0%80')); t(() => decodeURIComponent('%ED%A0%80')); t(() => decodeURIComponent('%E2%82'));
t(() => [parseInt('12', 0), parseInt('0x', 16), parseInt('-0x1A'), parseInt('1e3'), parseInt(0.0000005), parseInt('  +42abc'), parseInt('11', 2), parseInt('zz', 36), parseInt('9', 8), parseInt('', 10), parseInt(null, 36)]);
t(() => [parseFloat('  1e1000'), parseFloat('-0'), 1 / parseFloat('-0'), parseFloat('.e1'), parseFloat('0x10'), parseFloat('1_000'), parseFloat(' \n 2.5 ')]);
t(() => [isNaN(undefined), isNaN(null), isNaN('1e'), isFinite(null), isFinite('Infinity'), isFinite(1e308 * 10)]);
t(() => { const d = Object.getOwnPropertyDescriptor(globalThis, 'NaN'); return [d.writable, d.enumerable, d.configurable, typeof globalThis.undefined, Infinity > 1e308] });
t(() => { NaN = 1; Infinity = 2; undefined = 3; return [NaN, Infinity, undefined] });
t(() => [encodeURIComponent(";/?:@&=+$,#"), encodeURI(";/?:@&=+$,#"), encodeURI("-_.!~*'()"), encodeURIComponent('\u0000\u007f\u0080\u07ff\u0800\uffff')]);
t(() => [decodeURI('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23'), decodeURIComponent('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23'), decodeURI('%e2%82%ac'), decodeURI('plain')]);
t(() => decodeURIComponent('%F8%80%80%80')); t(() => decodeURIComponent('%80')); t(() => decodeURIComponent('%E2%82%4'));
t(() => decodeURIComponent('%F4%90%80%80')); t(() => encodeURIComponent('\udc00x')); t(() => encodeURIComponent('\ud800\ud800'));
t(() => [escape('\u00ff\u0100ABC abc@*_+-./,'), unescape('%u00FF%u0100%41%u12%u12345%'), unescape(escape('\ud800x')) === '\ud800x'] );
t(() => [parseInt.length, parseFloat.length, encodeURI.length, escape.length, decodeURIComponent.name, Number.parseFloat === parseFloat]);
