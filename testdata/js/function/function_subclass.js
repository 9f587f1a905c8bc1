// The Function constructors take the prototype from new.target, so a
// subclass of Function (or of GeneratorFunction) makes instances of itself.
class Fn extends Function {
  constructor(...args) { super(...args); this.tag = 'made'; }
  twice(x) { return this(this(x)); }
}
const double = new Fn('a', 'return a * 2');
console.log(double(3), double.twice(3), double instanceof Fn, double instanceof Function, double.tag, Object.getPrototypeOf(double) === Fn.prototype);
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
class Gen extends GeneratorFunction {}
const g = new Gen('yield 1; yield 2');
console.log(g instanceof Gen, [...g()]);
console.log(Function('return 1')(), Object.getPrototypeOf(Function('')) === Function.prototype);
console.log(Reflect.construct(Function, ['return 5'], Array)(), Reflect.construct(Function, [''], Array) instanceof Array);
function NoProto() {}
NoProto.prototype = null;
console.log(Object.getPrototypeOf(Reflect.construct(Function, [''], NoProto)) === Function.prototype);
