// Named exports of CommonJS modules found where Node's lexer finds them: in
// any statement or expression (nested functions too), and the names of an
// object literal assigned to module.exports as far as the lexer follows it.
import * as assigned from './_lib/assigned.cjs';
import { P, inner, Arrow } from './_lib/assigned.cjs';
import * as literal from './_lib/literal.cjs';
import * as method from './_lib/literal_method.cjs';
import * as number from './_lib/literal_number.cjs';

const show = (ns) => JSON.stringify(Object.keys(ns).sort());
console.log('assigned', show(assigned), typeof P, inner, Arrow, assigned.defined);
console.log('literal', show(literal), literal.d, literal.default.f);
console.log('method', show(method), method.get, method.default.b);
console.log('number', show(number), number.a, number.default[1]);
