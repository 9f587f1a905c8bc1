// Only stdout is compared. In node, console.log/info/debug/table/dir/group/count write to stdout, while
// console.error/warn/trace/assert write to stderr; this fixture prints through every one of them.
console.log('log goes to stdout');
console.error('error goes to stderr');
console.warn('warn goes to stderr');
console.info('info goes to stdout');
console.debug('debug goes to stdout');
console.trace('trace goes to stderr');
console.assert(true, 'assert true prints nothing');
console.assert(false, 'assert false goes to stderr');
console.dir({ dir: { nested: { deep: { deeper: 1 } } } });
console.dir({ depth: { option: { respected: { here: 1 } } } }, { depth: 0 });
console.group('group label');
console.log('indented by group');
console.group();
console.log('indented twice');
console.groupEnd();
console.groupEnd();
console.log('back to no indent');
console.count();
console.count('label');
console.count();
console.countReset();
console.count();
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table(['p', 'q']);
console.table('not tabular');
console.log('end');
