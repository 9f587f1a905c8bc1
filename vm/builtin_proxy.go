package vm

// The Proxy constructor and Proxy.revocable (ECMA-262 §28.2). The exotic
// behaviour itself is in proxy_hooks.go.
func (r *Realm) initProxy() {
	rt := r.rt
	r.Proxy = rt.NewNativeConstructor("Proxy", 2, func(rt *Runtime, _ Value, args []Value) Value {
		if rt.NewTarget() == Undefined {
			rt.throwTypeError("Constructor Proxy requires 'new'")
		}
		return rt.proxyCreate(Arg(args, 0), Arg(args, 1))
	})
	r.Value(r.GlobalThis, "Proxy", r.Proxy)
	r.Method(r.Proxy, "revocable", 2, func(rt *Runtime, _ Value, args []Value) Value {
		p := rt.proxyCreate(Arg(args, 0), Arg(args, 1))
		revoke := rt.NewNativeFunction("", 0, func(rt *Runtime, _ Value, _ []Value) Value {
			self := rt.obj(rt.curCallee)
			if p := self.v0; p != Null {
				self.v0 = Null
				po := rt.obj(p)
				po.v0, po.v1 = Null, Null
			}
			return Undefined
		})
		rt.obj(revoke).v0 = p
		res := rt.NewObject()
		rt.createDataPropertyOrThrow(res, rt.atom("proxy"), p)
		rt.createDataPropertyOrThrow(res, rt.atom("revoke"), revoke)
		return res
	})
}

// proxyCreate is ProxyCreate (§10.5.14). A proxy is callable or a
// constructor exactly when its target is, fixed at creation.
func (rt *Runtime) proxyCreate(target, handler Value) Value {
	if !target.IsObject() || !handler.IsObject() {
		rt.throwTypeError("Cannot create proxy with a non-object as target or handler")
	}
	v, o := rt.newObjectCell(ClassProxy, Null)
	o.v0, o.v1 = target, handler
	t := rt.obj(target)
	o.flags |= t.flags & (objCallable | objConstructor)
	return v
}
