package vm

// Integer-indexed exotic objects (§10.4.5). Typed arrays are created by the
// constructors in builtin_typedarray.go; until then no object has
// ClassTypedArray and these report "not handled".

const numTypedKinds = 11

func (rt *Runtime) typedArrayGetOwn(o *Object, key PropKey) (PropDesc, bool, bool) {
	return PropDesc{}, false, false
}
func (rt *Runtime) typedArrayDefineOwn(o *Object, key PropKey, d PropDesc) (bool, bool) {
	return false, false
}
func (rt *Runtime) typedArraySetIndex(o *Object, key PropKey, v Value) bool { return false }
func (rt *Runtime) typedArrayLength(o *Object) int                          { return 0 }
func (rt *Runtime) typedArrayFixedLength(o *Object) bool                    { return true }
func (rt *Runtime) typedArrayGetFast(o *Object, f float64) (Value, bool)    { return Undefined, false }
func (rt *Runtime) typedArraySetFast(o *Object, f float64, v Value) bool    { return false }
