// Class fields, private fields/methods/accessors, `#x in o`, static blocks, and initialisation order.
const log = [];
class Base {
  baseField = (log.push('base field'), 'b');
  constructor() {
    log.push('base ctor');
  }
}
class Child extends Base {
  childField = (log.push('child field'), this.baseField + 'c');
  constructor() {
    log.push('child ctor before super');
    super();
    log.push('child ctor after super');
  }
}
const c = new Child();
console.log(log.join(' | '));
console.log(c.childField);

class Counter {
  #count = 0;
  static #instances = 0;
  #secret() { return 'secret ' + this.#count; }
  get #doubled() { return this.#count * 2; }
  set #value(v) { this.#count = v; }
  constructor() { Counter.#instances++; }
  inc() { this.#count++; return this; }
  reveal() { return this.#secret() + ' doubled ' + this.#doubled; }
  reset(v) { this.#value = v; return this.#count; }
  static instances() { return Counter.#instances; }
  static has(o) { return #count in o; }
  static peek(o) { return o.#count; }
}
const k = new Counter().inc().inc();
console.log(k.reveal());
console.log(k.reset(10));
new Counter();
console.log(Counter.instances());
console.log(Counter.has(k), Counter.has({}));
try {
  Counter.peek({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.keys(k).length, JSON.stringify(k));
try {
  Counter.has(1);
} catch (e) {
  console.log('#x in primitive:', e.constructor.name);
}

// Public fields are defined, not assigned: setters on the prototype are not called.
class WithSetter {
  set field(v) { console.log('setter called'); }
}
class Defines extends WithSetter {
  field = 'own';
}
const def = new Defines();
console.log(Object.getOwnPropertyDescriptor(def, 'field').value);

// Computed field keys are evaluated once, at class definition.
let n = 0;
class Computed {
  [`f${++n}`] = n;
  [`f${++n}`] = n;
}
const comp1 = new Computed();
const comp2 = new Computed();
console.log(JSON.stringify(comp1), JSON.stringify(comp2), n);

// Static fields and blocks run in order; this is the class.
const staticLog = [];
class Statics {
  static a = (staticLog.push('a'), 1);
  static {
    staticLog.push('block1 a=' + this.a);
    this.b = this.a + 1;
  }
  static c = (staticLog.push('c'), this.b + 1);
  static {
    staticLog.push('block2 c=' + Statics.c);
  }
}
console.log(staticLog.join(', '));
console.log(Statics.a, Statics.b, Statics.c);

// Private names are per class evaluation.
function makeClass() {
  return class { #p = 1; static read(o) { return o.#p; } };
}
const A = makeClass();
const B = makeClass();
try {
  B.read(new A());
} catch (e) {
  console.log('different class evaluations:', e.constructor.name);
}

// Field initialisers see this and can reference other fields.
class Chain {
  a = 1;
  b = this.a + 1;
  arrow = () => this.b;
}
console.log(new Chain().arrow());

// Private methods are not writable.
class Fixed {
  #m() {}
  tryWrite() {
    try {
      this.#m = 1;
    } catch (e) {
      return e.constructor.name;
    }
  }
}
console.log(new Fixed().tryWrite());

// Return override trick: private fields attach to any object.
class Stamper {
  constructor(o) { return o; }
}
class Stamp extends Stamper {
  #stamp = 'stamped';
  static get(o) { return o.#stamp; }
}
const plain = {};
new Stamp(plain);
console.log(Stamp.get(plain), Object.keys(plain).length);
try {
  new Stamp(plain);
} catch (e) {
  console.log('double init:', e.constructor.name);
}

// Field named constructor as a string is an error; field names like 'static' are fine.
class Names {
  static = 'static field';
  get = 'get field';
  async = 'async field';
}
const names = new Names();
console.log(names.static, names.get, names.async);

// Anonymous functions in fields get the field name.
class FnNames {
  fn = function () {};
  arrow = () => {};
  static sfn = () => {};
  #priv = () => {};
  privName() { return this.#priv.name; }
}
const fnn = new FnNames();
console.log(fnn.fn.name, fnn.arrow.name, FnNames.sfn.name, fnn.privName());
