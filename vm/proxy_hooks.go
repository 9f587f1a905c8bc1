package vm

// Proxy exotic object internal methods (§10.5). Proxy objects are created
// by the Proxy constructor in builtin_proxy.go; until then no object has
// ClassProxy and these are unreachable.

func (rt *Runtime) proxyGetOwnProperty(ov Value, key PropKey) (PropDesc, bool) {
	return rt.proxyTODO()
}
func (rt *Runtime) proxyGet(ov Value, key PropKey, receiver Value) Value {
	rt.proxyTODO()
	return Undefined
}
func (rt *Runtime) proxySet(ov Value, key PropKey, v, receiver Value) bool {
	rt.proxyTODO()
	return false
}
func (rt *Runtime) proxyDefineOwnProperty(ov Value, key PropKey, d PropDesc) bool {
	rt.proxyTODO()
	return false
}
func (rt *Runtime) proxyHas(ov Value, key PropKey) bool { rt.proxyTODO(); return false }
func (rt *Runtime) proxyDelete(ov Value, key PropKey) bool {
	rt.proxyTODO()
	return false
}
func (rt *Runtime) proxyOwnKeys(ov Value) []PropKey             { rt.proxyTODO(); return nil }
func (rt *Runtime) proxyGetPrototypeOf(ov Value) Value          { rt.proxyTODO(); return Null }
func (rt *Runtime) proxySetPrototypeOf(ov, proto Value) bool    { rt.proxyTODO(); return false }
func (rt *Runtime) proxyIsExtensible(ov Value) bool             { rt.proxyTODO(); return false }
func (rt *Runtime) proxyPreventExtensions(ov Value) bool        { rt.proxyTODO(); return false }
func (rt *Runtime) proxyCall(f, this Value, args []Value) Value { rt.proxyTODO(); return Undefined }
func (rt *Runtime) proxyConstruct(f Value, args []Value, nt Value) Value {
	rt.proxyTODO()
	return Undefined
}

func (rt *Runtime) proxyTODO() (PropDesc, bool) {
	rt.throwTypeError("Proxy is not implemented yet")
	return PropDesc{}, false
}
