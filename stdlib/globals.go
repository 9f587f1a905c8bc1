package stdlib

import "github.com/kilnjs/kiln/vm"

// installGlobals defines Node's globals.
func (n *Node) installGlobals() {
	rt := n.VM
	g := rt.Global()
	rt.CreateDataProperty(g, "global", g)
	n.shapeGlobalObject(g)
	n.installBuiltinModules()
	n.installProcessGlobal()
	n.installConsole()
	n.installTimers()
	n.installClone()
	n.installLazyGlobals()
}

// shapeGlobalObject gives the global object Node's outline: it inherits
// from an object of its own (the prototype of the global template, whose
// constructor is Object) rather than from Object.prototype directly, and
// Object.prototype.toString names it "[object global]".
func (n *Node) shapeGlobalObject(g vm.Value) {
	rt := n.VM
	object := rt.Realm().Object
	proto := rt.NewObject()
	rt.DefineValue(proto, "constructor", object)
	rt.SetPrototypeOf(g, proto)
	rt.DefineKeyed(g, rt.WellKnownSymbol("toStringTag"), rt.NewString("global"), false, false, true)
}

// PromiseRejectionTracker implements vm.Host: unhandled rejections are
// collected and reported after the microtask queue drains, as Node does.
func (n *Node) PromiseRejectionTracker(rt *vm.Runtime, p vm.Value, op string) {
	switch op {
	case "reject":
		n.unhandled = append(n.unhandled, p)
		rt.Realm().Extra["unhandled"] = rt.NewArray(append([]vm.Value(nil), n.unhandled...))
	case "handle":
		for i, q := range n.unhandled {
			if q == p {
				n.unhandled = append(n.unhandled[:i], n.unhandled[i+1:]...)
				break
			}
		}
		rt.Realm().Extra["unhandled"] = rt.NewArray(append([]vm.Value(nil), n.unhandled...))
	}
}

// checkUnhandledRejections reports promises still rejected without a
// handler: 'unhandledRejection' listeners, else Node's default (throw).
func (n *Node) checkUnhandledRejections() {
	rt := n.VM
	list := n.unhandled
	n.unhandled = nil
	delete(rt.Realm().Extra, "unhandled")
	for _, p := range list {
		_, reason := rt.PromiseState(p)
		if n.emitProcess("unhandledRejection", reason, p) {
			continue
		}
		if rt.IsError(reason) {
			n.uncaught(n.madeHere(reason))
			continue
		}
		msg := "This error originated either by throwing inside of an async function without a catch block, " +
			"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"" +
			n.inspect(reason, inspectOptions{depth: 2}) + "\"."
		err := rt.NewError(vm.ErrPlain, msg)
		rt.SetS(err, "name", rt.NewString("UnhandledPromiseRejection"))
		rt.SetS(err, "code", rt.NewString("ERR_UNHANDLED_REJECTION"))
		n.uncaught(&vm.Exception{Value: err})
	}
}
