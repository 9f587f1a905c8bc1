// console.log of primitives at top level and several arguments (joined by single spaces).
console.log('plain string', 'second');
console.log(42, -0, 0, NaN, Infinity, -Infinity, 1e21, 1e-7, 0.1 + 0.2);
console.log(10n, -5n, true, false, null, undefined);
console.log(Symbol('desc'), Symbol(), Symbol.iterator, Symbol.for('registered'));
console.log('');
console.log();
console.log('', '');
console.log('line1\nline2');
console.log('tab\there', 'quote\'s', "double\"s");
console.log(' leading and trailing spaces ');
console.log([-0], [0], { z: -0 });
console.log(1, '1', [1, '1']);
console.log('%', '%%', 'a%sb');
console.log('\u001b[0m not colored (escape sequence passes through)'.length);
