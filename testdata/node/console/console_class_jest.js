// The Console class over any writable stream: options, validation, bound methods, groups, counts, tables, assert,
// and what jest's consoles rely on (subclassing, a bare { write } sink whose log throws).
const {Console}=require('console');
const c = new Console({write(s){process.stdout.write('W:'+s)}});
try { c.log('x', {a:1}); } catch (e) { console.log('threw', e.message); }
const sink = {write(s){process.stdout.write('W2:'+s)}, removeListener(){}, listenerCount(){return 1}};
const c2 = new Console({stdout: sink, inspectOptions:{depth:0}, groupIndentation: 4});
c2.group('g'); c2.log({a:{b:1}}); c2.log('two\nlines'); c2.groupEnd(); c2.error('err'); c2.count(); c2.count(); c2.table([{a:1}]);
c2.assert(false, 'bad %s', 'thing'); c2.assert(true, 'no'); c2.assert(false); c2.dir({a:{b:{c:{}}}}, {depth: 0}); c2.table(5);
c2.countReset(); c2.count(); c2.info('i'); c2.debug('d'); c2.dirxml('x');
console.log(Object.keys(c2), c2 instanceof Console, console instanceof Console, {} instanceof Console, Object.getOwnPropertyDescriptor(console,'Console'));
for (const args of [[], [{}], [process.stdout, {}], [{stdout: process.stdout, colorMode: 'x'}], [{stdout: process.stdout, groupIndentation: 1.5}],
  [{stdout: process.stdout, groupIndentation: 2000}], [{stdout: process.stdout, groupIndentation: '2'}], [{stdout: process.stdout, inspectOptions: 5}],
  [{stdout: process.stdout, inspectOptions: {colors: true}, colorMode: true}]]) {
  try { new Console(...args); } catch (e) { console.log(e.name, e.code, e.message); }
}
const c3 = Console(process.stdout); c3.log('called');
console.log(c2.log.name, c2.log === Console.prototype.log, Object.prototype.toString.call(c2), Console.name, Console.length);
class Sub extends Console { log(...a) { super.log('[sub]', ...a); } }
const s = new Sub(sink); const { log } = s; log('detached'); s.count('x');
try { c2.table([], 'x'); } catch (e) { console.log(e.code, e.message); }
const c4 = new Console({ stdout: sink, colorMode: true }); c4.log({ n: 1, s: 'str' });
console.log(require('console') === console, typeof console.Console);
const lines = [];
const cap = new Console({ stdout: { write(s) { lines.push(s); } , listenerCount() { return 1; }, removeListener() {} } });
process.on('warning', (w) => console.log('warning:', w.message));
cap.trace('here %d', 1); cap.trace();
cap.time('t'); cap.time('t'); cap.timeEnd('nope'); cap.timeLog('nope'); cap.countReset('nope');
cap.timeEnd('t');
console.log(lines.map((l) => l.split('\n')[0].replace(/\d+(\.\d+)?m?s$/, 'N')));
