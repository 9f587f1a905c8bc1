// The global console colours what it inspects when FORCE_COLOR asks for
// more than 8 colours, read at each call as node does, even on a pipe;
// console.table measures its cells without the colour escapes.
const values = [1, 'text', { a: [1, 'x', null, undefined, true, 10n, Symbol('s')] }, [function f() {}], /re/g];
for (const force of [undefined, '1', '0', '2', 'false', '', 'yes', '3']) {
  if (force === undefined) delete process.env.FORCE_COLOR;
  else process.env.FORCE_COLOR = force;
  console.log(JSON.stringify(force), ...values);
}
process.env.FORCE_COLOR = '1';
console.info('%s %d %i %o %O', 'str', 42, 7.5, { z: 1 }, { y: [2] });
console.dir({ a: 1, b: 'two' });
console.dir({ a: 1 }, { colors: false });
console.group('group', 3);
console.debug([4, 5]);
console.groupEnd();
console.table([{ a: 'long string', b: [1, 2, 3, 4] }, { a: 1, c: { x: { y: 1 } } }]);
const { Console } = require('console');
new Console({ stdout: process.stdout }).table({ r: { q: true, n: null } });
new Console({ stdout: process.stdout, colorMode: false }).log({ plain: 1 });
