// lodash: collections, objects, strings, functions and chaining.
const _ = require('lodash');

const users = [
  { user: 'barney', age: 36, active: true, tags: ['a', 'b'] },
  { user: 'fred', age: 40, active: false, tags: ['b'] },
  { user: 'pebbles', age: 1, active: true, tags: [] },
];
const show = (label, v) => console.log(label, JSON.stringify(v));

show('version', _.VERSION);
show('chunk', _.chunk([1, 2, 3, 4, 5], 2));
show('compact', _.compact([0, 1, false, 2, '', 3, null, NaN, undefined]));
show('difference', _.difference([2, 1, 4], [2, 3]));
show('flattenDeep', _.flattenDeep([1, [2, [3, [4]], 5]]));
show('uniqBy', _.uniqBy([2.1, 1.2, 2.3], Math.floor));
show('zip', _.zip(['a', 'b'], [1, 2], [true, false]));
show('groupBy', _.groupBy(['one', 'two', 'three'], 'length'));
show('keyBy', _.keyBy(users, 'user'));
show('orderBy', _.orderBy(users, ['active', 'age'], ['desc', 'asc']).map(u => u.user));
show('sortBy', _.sortBy(users, [u => u.age]).map(u => u.user));
show('filter matches', _.filter(users, { active: true }).map(u => u.user));
show('find matchesProperty', _.find(users, ['age', 40]));
show('partition', _.partition(users, 'active').map(g => g.map(u => u.user)));
show('countBy', _.countBy([6.1, 4.2, 6.3], Math.floor));
show('sumBy/meanBy', [_.sumBy(users, 'age'), _.meanBy(users, 'age')]);
show('get', _.get({ a: [{ b: { c: 3 } }] }, 'a[0].b.c'));
show('get default', _.get({}, 'a.b.c', 'dflt'));
const o = {};
_.set(o, 'x[0].y.z', 5);
show('set', o);
show('has', [_.has({ a: { b: 2 } }, 'a.b'), _.has({}, 'a')]);
show('pick/omit', [_.pick({ a: 1, b: '2', c: 3 }, ['a', 'c']), _.omit({ a: 1, b: '2', c: 3 }, ['a'])]);
show('merge', _.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] }));
show('defaultsDeep', _.defaultsDeep({ a: { b: 2 } }, { a: { b: 1, c: 3 } }));
const deep = { a: [1, { b: new Date(0) }], m: new Map([[1, 2]]) };
const cl = _.cloneDeep(deep);
show('cloneDeep', [cl.a[1] !== deep.a[1], cl.a[1].b.getTime(), cl.m.get(1), _.isEqual(cl, deep)]);
show('isEqual', [_.isEqual({ a: [1, 2] }, { a: [1, 2] }), _.isEqual([1], ['1']), _.isEqual(new Set([1]), new Set([1]))]);
show('mapValues/mapKeys', [_.mapValues({ a: 1, b: 2 }, v => v * 10), _.mapKeys({ a: 1 }, (v, k) => k + v)]);
show('invert', _.invert({ a: 1, b: 2, c: 1 }));
show('camelCase', ['Foo Bar', '--foo-bar--', '__FOO_BAR__'].map(_.camelCase));
show('kebab/snake/start', [_.kebabCase('fooBar'), _.snakeCase('Foo Bar'), _.startCase('--foo-bar--')]);
show('pad/trim', [_.padStart('5', 3, '0'), _.pad('abc', 8, '_-'), _.trim('  x  '), _.truncate('hi-diddly-ho there', { length: 10 })]);
show('words', _.words('fred, barney, & pebbles'));
show('escape', [_.escape('<a href="x">&\'</a>'), _.unescape('&lt;b&gt;')]);
const tpl = _.template('hello <%= user %>! <% _.forEach(list, function(x) { %><li><%- x %></li><% }); %>');
show('template', tpl({ user: 'fred', list: ['<a>', 'b'] }));
show('range', [_.range(4), _.range(1, 10, 3), _.range(0, -4, -1)]);
show('clamp/inRange', [_.clamp(-10, -5, 5), _.inRange(3, 2, 4)]);
show('chain', _.chain(users).filter('active').map('user').map(_.toUpper).join('+').value());
show('flow', _.flow([_.add, x => x * x])(2, 3));
const memo = _.memoize(x => ({ v: x }));
show('memoize', memo(1) === memo(1));
let calls = 0;
const once = _.once(() => ++calls);
once(); once();
show('once', calls);
show('curry', _.curry((a, b, c) => [a, b, c])(1)(2)(3));
show('partial', _.partial((a, b) => a + b, 'x')('y'));
show('type checks', [_.isPlainObject({}), _.isPlainObject(new (class {})()), _.isArrayLike('ab'), _.isTypedArray(new Uint8Array(1)), _.isNil(undefined), _.isEmpty({})]);
show('toPath', _.toPath('a[0].b.c'));
show('intersection/union/xor', [_.intersection([2, 1], [2, 3]), _.union([2], [1, 2]), _.xor([2, 1], [2, 3])]);
show('times', _.times(3, String));
show('fromPairs/toPairs', [_.fromPairs([['a', 1]]), _.toPairs({ b: 2 })]);
show('debounce type', typeof _.debounce(() => {}, 10).cancel);
