// try/catch/finally: control flow, finally overriding return, completion values, optional catch binding.
function returnsFromFinally() {
  try {
    return 'try';
  } finally {
    return 'finally';
  }
}
console.log(returnsFromFinally());

function finallyOverridesThrow() {
  try {
    throw new Error('lost');
  } finally {
    return 'finally wins';
  }
}
console.log(finallyOverridesThrow());

function finallyDoesNotOverride() {
  let x = 'initial';
  try {
    return x;
  } finally {
    x = 'changed';
  }
}
console.log(finallyDoesNotOverride());

function order() {
  const log = [];
  function inner() {
    try {
      log.push('try');
      throw 1;
    } catch (e) {
      log.push('catch ' + e);
      return 'from catch';
    } finally {
      log.push('finally');
    }
  }
  log.push(inner());
  return log.join(', ');
}
console.log(order());

function breakInFinally() {
  for (let i = 0; i < 3; i++) {
    try {
      return 'returned ' + i;
    } finally {
      if (i < 2) continue;
    }
  }
  return 'loop ended';
}
console.log(breakInFinally());

function throwInFinally() {
  try {
    try {
      throw new Error('first');
    } finally {
      throw new Error('second');
    }
  } catch (e) {
    return e.message;
  }
}
console.log(throwInFinally());

// Nested finally blocks all run, innermost first.
function nested() {
  const log = [];
  outer: try {
    try {
      break outer;
    } finally {
      log.push('inner finally');
    }
  } finally {
    log.push('outer finally');
  }
  return log.join(' -> ');
}
console.log(nested());

// Optional catch binding.
try {
  JSON.parse('{bad');
} catch {
  console.log('caught without binding');
}

// catch parameter scope: shadowing and destructuring.
const e = 'outer e';
try {
  throw { code: 42, info: { msg: 'deep' } };
} catch ({ code, info: { msg } }) {
  console.log(code, msg);
}
try {
  throw 'x';
} catch (e) {
  var e2 = e;
}
console.log(e, e2);

// Any value can be thrown.
for (const v of [0, null, undefined, 'str', [1], Symbol.for('s')]) {
  try {
    throw v;
  } catch (caught) {
    console.log(typeof caught, String(caught));
  }
}

// Completion values through eval.
console.log(eval('try { 1 } finally { 2 }'));
console.log(eval('try { throw 0 } catch (e) { 3 } finally { 4 }'));
console.log(eval('1; try { } finally { 5 }'));
console.log(eval('6; try { 7 } catch { }'));
console.log(eval('8; do { 9; break; } while (false)'));
console.log(eval('10; while (false) {}'));
console.log(eval('11; if (false) {}'));
console.log(eval('12; for (const x of [1, 2]) { x; }'));
console.log(eval('13; var v = 14;'));
console.log(eval('15; function decl() {}'));
console.log(eval('16; { }'));

// Errors in catch propagate after finally.
function catchThrows() {
  const log = [];
  try {
    try {
      throw 'a';
    } catch (x) {
      throw 'b';
    } finally {
      log.push('finally ran');
    }
  } catch (y) {
    log.push('outer caught ' + y);
  }
  return log.join(', ');
}
console.log(catchThrows());

// Generators with finally and return.
function* gen() {
  try {
    yield 1;
  } finally {
    return 'overridden';
  }
}
const g = gen();
g.next();
console.log(JSON.stringify(g.return('requested')));
