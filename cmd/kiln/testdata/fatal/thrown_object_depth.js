// A thrown object is inspected at least five levels deep, and deeper when
// util.inspect.defaultOptions asks for more.
require('util').inspect.defaultOptions.depth = 6;
throw { a: { b: { c: { d: { e: { f: { g: { h: 1 } } } } } } } };
