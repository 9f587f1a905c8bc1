// localeCompare basics that do not depend on the runtime locale: sign of results for ASCII and accents.
const sign = (n) => Math.sign(n);
console.log(sign('a'.localeCompare('b')), sign('b'.localeCompare('a')), sign('a'.localeCompare('a')));
console.log(sign('a'.localeCompare('B')), sign('A'.localeCompare('b')), sign('a'.localeCompare('A')));
console.log(sign('résumé'.localeCompare('resume')), sign('e\u0301'.localeCompare('é')));
console.log(sign('10'.localeCompare('2')), sign(''.localeCompare('a')), sign('a'.localeCompare('')));
console.log(['b', 'a', 'C', 'c', 'B', 'A'].sort((x, y) => x.localeCompare(y)).join(''));
console.log(['ä', 'a', 'z'].sort((x, y) => x.localeCompare(y)).join(''), ['ä', 'a', 'z'].sort().join(''));
console.log(sign('a'.localeCompare('b', 'en')), sign('a'.localeCompare('A', undefined, { sensitivity: 'base' })));
console.log(sign('2'.localeCompare('10', undefined, { numeric: true })));
console.log(typeof ''.localeCompare, String.prototype.localeCompare.length);
