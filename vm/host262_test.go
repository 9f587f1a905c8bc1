package vm_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/vm"
)

// run262 runs src in a fresh test262 runtime and returns what it printed, then "throws Name: message" if it threw.
func run262(t *testing.T, src string) []string {
	t.Helper()
	var printed []string
	rt := vm.New262(vm.Options{}, func(s string) { printed = append(printed, s) })
	if _, exc := rt.RunSource(src, "test.js"); exc != nil {
		printed = append(printed, "throws "+rt.ThrownName(exc.Value)+": "+rt.ThrownMessage(exc.Value))
	}
	if exc := rt.RunJobs(); exc != nil {
		printed = append(printed, "job throws "+rt.ThrownName(exc.Value))
	}
	rt.EndAgents()
	return printed
}

func TestHost262(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"print writes the string of its argument", `print(1 + 1); print({toString() { return "o"; }})`, []string{"2", "o"}},
		{"print and $262 are not enumerable", `print(Object.getOwnPropertyDescriptor(globalThis, "$262").enumerable); print(Object.getOwnPropertyDescriptor(globalThis, "print").enumerable)`, []string{"false", "false"}},
		{"$262.global is the global object", `print($262.global === globalThis)`, []string{"true"}},
		{"createRealm makes a realm with its own global and intrinsics", `var o = $262.createRealm().global; print(o !== globalThis); print(o.Object !== Object)`, []string{"true", "true"}},
		{"a new realm has its own $262 and print", `var r = $262.createRealm(); print(r.global.$262 === r); r.global.print("from there")`, []string{"true", "from there"}},
		{"a new realm's functions inherit from its Function.prototype", `var r = $262.createRealm(); print(Object.getPrototypeOf(r.evalScript) === r.global.Function.prototype)`, []string{"true"}},
		{"evalScript runs global code in its realm and returns the completion", `var r = $262.createRealm(); print(r.evalScript("var x = 20; x + 1")); print(r.global.x); print(typeof x)`, []string{"21", "20", "undefined"}},
		{"evalScript's lexical declarations stay in its realm", `var r = $262.createRealm(); r.evalScript("let y = 2"); print(r.evalScript("y")); print(typeof y)`, []string{"2", "undefined"}},
		{"evalScript throws a SyntaxError of its realm on a parse error", `var r = $262.createRealm(); try { r.evalScript("var ="); } catch (e) { print(e.constructor === r.global.SyntaxError); print(e instanceof SyntaxError); }`, []string{"true", "false"}},
		{"evalScript in the own realm declares globals", `$262.evalScript("var z = 5"); print(z)`, []string{"5"}},
		{"evalScript returns the current realm after a throw", `var r = $262.createRealm(); try { r.evalScript("throw 1"); } catch (e) {} print(Object.getPrototypeOf({}) === Object.prototype)`, []string{"true"}},
		{"gc collects and returns", `var a = null; for (var i = 0; i < 1000; i++) a = {i: i, next: a}; $262.gc(); print(a.next.i)`, []string{"998"}},
		{"detachArrayBuffer detaches an ArrayBuffer", `var b = new ArrayBuffer(8); print($262.detachArrayBuffer(b)); print(b.byteLength)`, []string{"null", "0"}},
		{"detachArrayBuffer refuses what it cannot detach", `$262.detachArrayBuffer({})`, []string{"throws TypeError: detachArrayBuffer: #<Object> is not a detachable ArrayBuffer"}},
		{"IsHTMLDDA is absent", `print(typeof $262.IsHTMLDDA)`, []string{"undefined"}},
		{"an agent reports, and getReport returns null when nothing is left",
			`$262.agent.start("$262.agent.report('up'); $262.agent.report(40 + 2); $262.agent.leaving()");
			var r; while ((r = $262.agent.getReport()) === null) $262.agent.sleep(1);
			print(r); while ((r = $262.agent.getReport()) === null) $262.agent.sleep(1); print(r); print($262.agent.getReport())`,
			[]string{"up", "42", "null"}},
		{"agents share the broadcast memory and wake each other",
			`var src = "$262.agent.receiveBroadcast(function (sab, n) { var a = new Int32Array(sab); Atomics.add(a, 1, 1);" +
				"$262.agent.report(Atomics.wait(a, 0, 0) + ' ' + n); $262.agent.leaving(); })";
			$262.agent.start(src); $262.agent.start(src);
			var a = new Int32Array(new SharedArrayBuffer(8));
			$262.agent.broadcast(a.buffer, 7);
			while (Atomics.load(a, 1) !== 2) ;
			var woken = 0; while (woken < 2) woken += Atomics.notify(a, 0);
			var r, got = []; while (got.length < 2) if ((r = $262.agent.getReport()) !== null) got.push(r);
			print(got.join())`,
			[]string{"ok 7,ok 7"}},
		{"an agent that never wakes ends with the test", `$262.agent.start("$262.agent.receiveBroadcast(function (sab) { Atomics.wait(new Int32Array(sab), 0, 0); })");
			$262.agent.broadcast(new SharedArrayBuffer(4), 0n); print("broadcast")`, []string{"broadcast"}},
		{"a parse error of the script is a SyntaxError", `var = 1`, []string{"throws SyntaxError: "}},
		{"a thrown error is named by its constructor", `function Test262Error(m) { this.message = m; } throw new Test262Error("no")`, []string{"throws Test262Error: no"}},
		{"a thrown primitive has no name and shows as itself", `throw 42`, []string{"throws : 42"}},
		{"a constructor whose prototype is not an object takes the default from new.target's realm",
			`var r = $262.createRealm(); var C = r.evalScript("(function () {})"); C.prototype = null;
			print(Object.getPrototypeOf(Reflect.construct(Date, [], C)) === r.global.Date.prototype);
			print(Object.getPrototypeOf(Reflect.construct(Object, [], C)) === r.global.Object.prototype);
			print(Object.getPrototypeOf(Reflect.construct(function () {}, [], C)) === r.global.Object.prototype);
			var g = r.evalScript("(function* () {})"); g.prototype = null;
			print(Object.getPrototypeOf(g()) === r.evalScript("Object.getPrototypeOf(function* () {}).prototype"))`,
			[]string{"true", "true", "true", "true"}},
		{"the realm of a bound function or a proxy is its target's",
			`var r = $262.createRealm(); var C = r.evalScript("(function () {})"); C.prototype = 1;
			print(Object.getPrototypeOf(Reflect.construct(Map, [], C.bind().bind())) === r.global.Map.prototype);
			print(Object.getPrototypeOf(Reflect.construct(Map, [], new Proxy(new Proxy(C, {}), {}))) === r.global.Map.prototype)`,
			[]string{"true", "true"}},
		{"a revoked proxy as new.target throws a TypeError of the current realm",
			`var r = $262.createRealm(); var p = r.evalScript("(function () { var h = Proxy.revocable(function () {}, {get() { h.revoke(); }}); return h.proxy; })()");
			try { Reflect.construct(Array, [], p); } catch (e) { print(e.constructor === TypeError); }`,
			[]string{"true"}},
		{"functions made in realms past the 255th remember theirs, across a collection",
			`var cs = [];
			for (var i = 1; i < 300; i++) {
				var r = $262.createRealm();
				if (i == 1 || i >= 254) { var C = r.evalScript("var w = " + i + "; (function () { return w; })"); C.prototype = null; cs.push([C, r.global, i]); }
			}
			$262.gc();
			print(cs.every(function (c) { return Object.getPrototypeOf(Reflect.construct(Set, [], c[0])) === c[1].Set.prototype; }));
			print(cs.every(function (c) { return c[0]() === c[2] && c[1].eval("w") === c[2] && cs[cs.length - 1][0].call() === 299; }))`,
			[]string{"true", "true"}},
		{"a function of another realm runs with that realm current",
			`var r = $262.createRealm(); r.evalScript("var v = 'there'; function f() { return v; }"); var v = "here";
			print(r.global.f()); print(new r.global.Function("return v")()); print([0].map(r.global.f)[0]);
			print(r.global.eval("v")); print(v)`,
			[]string{"there", "there", "there", "there", "here"}},
		{"a built-in of another realm throws that realm's errors",
			`var r = $262.createRealm(); try { r.global.Function.prototype.apply.call(1); } catch (e) { print(e.constructor === r.global.TypeError); }
			var C = r.evalScript("(class {})"); try { C(); } catch (e) { print(e.constructor === r.global.TypeError); }`,
			[]string{"true", "true"}},
		{"promise jobs run when drained", `Promise.resolve(1).then(function (v) { print("then " + v); }); print("sync")`, []string{"sync", "then 1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := run262(t, tc.src)
			// A parse error's message is the parser's; only its presence is part of the contract here.
			if len(got) > 0 && strings.HasPrefix(got[len(got)-1], "throws SyntaxError: ") && strings.HasSuffix(tc.want[len(tc.want)-1], ": ") {
				got[len(got)-1] = "throws SyntaxError: "
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("printed (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHost262InterruptStopsALoop(t *testing.T) {
	rt := vm.New262(vm.Options{}, func(string) {})
	rt.Interrupt()
	defer func() {
		if _, ok := recover().(*vm.Terminated); !ok {
			t.Errorf("want a *vm.Terminated panic from an interrupted loop")
		}
	}()
	rt.RunSource("for (;;) {}", "loop.js")
	t.Errorf("an interrupted endless loop returned")
}
