// Direct and indirect eval declarations (ECMA-262 §19.2.1.3, Annex B.3.2.3,
// B.3.4) and eval in parameter initialisers (§10.2.11 step 20).
function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name);
  }
}

// A var of eval in a parameter initialiser clashes with the parameters'
// environment. (So does the arguments object there, which node does not
// check: test262's eval-code tests cover that.)
show("param named like var", () => (function (a, b = eval("var a")) {})());
// Arrows have no arguments object: the var lands in the function's own
// environment, not the global object.
show("arrow var arguments", () => ((p = eval("var arguments = 'param'")) => arguments)());
show("global untouched", () => typeof globalThis.arguments);
show("arrow other var", () => ((p = eval("var z = 7")) => z)());

// Any binding between the eval and its variable environment clashes, except
// a catch parameter.
show("block function", () => { { function g() {} eval("var g"); } });
show("catch parameter", () => { try { throw 1; } catch (e) { eval("var e = 2"); return e; } });

// Annex B: a function declared in a block of eval code also sets the var,
// without touching the block's own binding.
(function () {
  eval("{ function f() { f = 123; return 'decl'; } } var fromVar = f; f();");
  show("annex B var", () => typeof fromVar);
  show("annex B var after call", () => typeof f);
})();
eval("if (true) function h() { return 'h'; }");
show("annex B if clause", () => h());

// Functions declared by eval at the global level are deletable.
(0, eval)("function fromIndirect() {}");
show("eval function configurable", () => Object.getOwnPropertyDescriptor(globalThis, "fromIndirect").configurable);
