// sprintf-js: flags, widths, precision, positional and named arguments.
const { sprintf, vsprintf } = require('sprintf-js');
console.log(sprintf('%05.2f|%-6s|%x|%X|%o|%b|%e|%+d|%j|%2$s %1$s', 3.14159, 'ab', 255, 255, 8, 5, 12345.678, 4, { a: 1 }));
console.log(vsprintf('%s-%s', ['a', 'b']), sprintf('%(name)s is %(age)d', { name: 'Bob', age: 30 }));
console.log(sprintf('%(user.name)s %(list[1])s', { user: { name: 'nested' }, list: ['a', 'b'] }));
console.log(sprintf("[%'*10s] [%-10s] [%.3s] [%u] [%c] [%t] [%T] [%v]", 'pad', 'left', 'truncate', -5, 65, true, [], 'v'));
console.log(sprintf('%g %g %.2e %i %%', 0.00001234, 123456789, 1e21, 42.9));
try {
  sprintf('%z', 1);
} catch (e) {
  console.log(e.name, e.message);
}
