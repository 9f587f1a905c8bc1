package vm

import (
	"github.com/kilnjs/kiln/gc"
)

// Proxy exotic object internal methods (ECMA-262 §10.5). A ClassProxy cell
// holds the target in v0 and the handler in v1; revocation sets both to
// Null. Each method looks up its trap on the handler, falls back to the
// target's own internal method when the trap is undefined, and otherwise
// checks the trap's answer against the target's invariants, with V8's
// messages.
//
// The target, handler, trap and trap results are held in Go locals across
// calls into JavaScript (a trap may revoke the proxy, or drop the array it
// returned), so each method roots them in tempRoots for its own duration:
// proxyScope marks the root stack and the deferred release trims it, also
// when the method is entered from the interpreter rather than a native.

// proxyScope opens a rooting scope; call the result on return.
func (rt *Runtime) proxyScope() func() {
	mark := len(rt.tempRoots)
	return func() { rt.tempRoots = rt.tempRoots[:mark] }
}

// proxyParts returns a live proxy's target and handler, throwing if it has
// been revoked, and begins an operation on it (see leaveProxy).
func (rt *Runtime) proxyParts(ov Value, op string) (Value, Value) {
	o := rt.obj(ov)
	if o.v1 == Null {
		rt.throwTypeError("Cannot perform '%s' on a proxy that has been revoked", op)
	}
	// An operation with no trap forwards to the target, in Go: a chain of
	// a million proxies recursed until Go's stack ran out, a fatal error.
	// Proxy operations one within another count with natives'; the
	// caller's deferred leaveProxy takes this one back.
	if rt.nativeDepth >= rt.maxDepth {
		rt.throwStackOverflow()
	}
	rt.nativeDepth++
	t, h := o.v0, o.v1
	rt.Keep(t)
	rt.Keep(h)
	return t, h
}

// leaveProxy ends a proxy operation proxyParts began.
func (rt *Runtime) leaveProxy() { rt.nativeDepth-- }

// proxyTrap is GetMethod(handler, name).
func (rt *Runtime) proxyTrap(handler Value, name string) Value {
	f := rt.Get(handler, rt.atom(name))
	if f.IsNullish() {
		return Undefined
	}
	if !rt.isCallable(f) {
		rt.throwTypeError("'%s' returned for property '%s' of object '%s' is not a function", rt.proxyShow(f), name, rt.inspectShort(handler))
	}
	rt.Keep(f)
	return f
}

// proxyShow renders a value inside V8's quoted proxy messages.
func (rt *Runtime) proxyShow(v Value) string {
	if v.IsString() {
		return rt.GoString(v)
	}
	return rt.inspectShort(v)
}

// completeDesc is CompletePropertyDescriptor (§6.2.6.6); it also sets
// attrAccessor, which is how Kiln's descriptors from [[GetOwnProperty]]
// say they are accessors.
func completeDesc(d *PropDesc) {
	if d.isAccessor() {
		if d.Has&hasGet == 0 {
			d.Get = Undefined
		}
		if d.Has&hasSet == 0 {
			d.Set = Undefined
		}
		d.Attrs = d.Attrs&(attrEnumerable|attrConfigurable) | attrAccessor
		d.Has = hasGet | hasSet | hasEnumerable | hasConfigurable
		return
	}
	if d.Has&hasValue == 0 {
		d.Value = Undefined
	}
	d.Attrs &= attrWritable | attrEnumerable | attrConfigurable
	d.Has = hasValue | hasWritable | hasEnumerable | hasConfigurable
}

// isCompatibleDesc is IsCompatiblePropertyDescriptor (§10.1.6.2), that is
// ValidateAndApplyPropertyDescriptor with no object to apply it to.
func (rt *Runtime) isCompatibleDesc(extensible bool, d *PropDesc, cur *PropDesc, hasCur bool) bool {
	if !hasCur {
		return extensible
	}
	if d.Has == 0 || cur.Attrs&attrConfigurable != 0 {
		return true
	}
	if d.Has&hasConfigurable != 0 && d.Attrs&attrConfigurable != 0 {
		return false
	}
	if d.Has&hasEnumerable != 0 && d.Attrs&attrEnumerable != cur.Attrs&attrEnumerable {
		return false
	}
	curAcc := cur.Attrs&attrAccessor != 0
	if d.Has&(hasGet|hasSet|hasValue|hasWritable) == 0 {
		return true
	}
	if d.isAccessor() != curAcc {
		return false
	}
	if curAcc {
		if d.Has&hasGet != 0 && d.Get != cur.Get {
			return false
		}
		return d.Has&hasSet == 0 || d.Set == cur.Set
	}
	if cur.Attrs&attrWritable == 0 {
		if d.Has&hasWritable != 0 && d.Attrs&attrWritable != 0 {
			return false
		}
		if d.Has&hasValue != 0 && !sameValue(rt, d.Value, cur.Value) {
			return false
		}
	}
	return true
}

// ECMA-262 §10.5.5 [[GetOwnProperty]].
func (rt *Runtime) proxyGetOwnProperty(ov Value, key PropKey) (PropDesc, bool) {
	defer rt.proxyScope()()
	const op = "getOwnPropertyDescriptor"
	target, handler := rt.proxyParts(ov, op)
	defer rt.leaveProxy()
	trap := rt.proxyTrap(handler, op)
	if trap == Undefined {
		return rt.getOwnProperty(target, key)
	}
	res := rt.Call(trap, handler, target, rt.keyToValue(key))
	if !res.IsObject() && res != Undefined {
		rt.throwTypeError("'%s' on proxy: trap returned neither object nor undefined for property '%s'", op, rt.keyString(key))
	}
	rt.Keep(res)
	cur, has := rt.getOwnProperty(target, key)
	if res == Undefined {
		if !has {
			return PropDesc{}, false
		}
		if cur.Attrs&attrConfigurable == 0 {
			rt.throwTypeError("'%s' on proxy: trap returned undefined for property '%s' which is non-configurable in the proxy target", op, rt.keyString(key))
		}
		if !rt.isExtensibleV(target) {
			rt.throwTypeError("'%s' on proxy: trap returned undefined for property '%s' which exists in the non-extensible proxy target", op, rt.keyString(key))
		}
		return PropDesc{}, false
	}
	ext := rt.isExtensibleV(target)
	d := rt.toPropertyDescriptor(res)
	completeDesc(&d)
	if !rt.isCompatibleDesc(ext, &d, &cur, has) {
		if !has {
			rt.throwTypeError("'%s' on proxy: trap returned descriptor for property '%s' that is incompatible with the existing property in the proxy target", op, rt.keyString(key))
		}
		rt.throwTypeError("'%s' on proxy: trap returned descriptor for property '%s' that is incompatible with the existing property in the proxy target", op, rt.keyString(key))
	}
	if d.Attrs&attrConfigurable == 0 {
		if !has || cur.Attrs&attrConfigurable != 0 {
			rt.throwTypeError("'%s' on proxy: trap reported non-configurability for property '%s' which is either non-existent or configurable in the proxy target", op, rt.keyString(key))
		}
		if d.Attrs&(attrAccessor|attrWritable) == 0 && cur.Attrs&attrWritable != 0 {
			rt.throwTypeError("'%s' on proxy: trap reported non-configurable and writable for property '%s' which is non-configurable, non-writable in the proxy target", op, rt.keyString(key))
		}
	}
	return d, true
}

// ECMA-262 §10.5.6 [[DefineOwnProperty]].
func (rt *Runtime) proxyDefineOwnProperty(ov Value, key PropKey, d PropDesc) bool {
	defer rt.proxyScope()()
	const op = "defineProperty"
	target, handler := rt.proxyParts(ov, op)
	defer rt.leaveProxy()
	trap := rt.proxyTrap(handler, op)
	if trap == Undefined {
		return rt.defineOwnProperty(target, key, d, false)
	}
	descObj := rt.fromPartialDescriptor(d)
	if !rt.ToBoolean(rt.Call(trap, handler, target, rt.keyToValue(key), descObj)) {
		return false
	}
	cur, has := rt.getOwnProperty(target, key)
	ext := rt.isExtensibleV(target)
	settingNonConfig := d.Has&hasConfigurable != 0 && d.Attrs&attrConfigurable == 0
	if !has {
		if !ext {
			rt.throwTypeError("'%s' on proxy: trap returned truish for adding property '%s'  to the non-extensible proxy target", op, rt.keyString(key))
		}
		if settingNonConfig {
			rt.throwTypeError("'%s' on proxy: trap returned truish for defining non-configurable property '%s' which is either non-existent or configurable in the proxy target", op, rt.keyString(key))
		}
		return true
	}
	if !rt.isCompatibleDesc(ext, &d, &cur, true) {
		rt.throwTypeError("'%s' on proxy: trap returned truish for adding property '%s'  that is incompatible with the existing property in the proxy target", op, rt.keyString(key))
	}
	if settingNonConfig && cur.Attrs&attrConfigurable != 0 {
		rt.throwTypeError("'%s' on proxy: trap returned truish for defining non-configurable property '%s' which is either non-existent or configurable in the proxy target", op, rt.keyString(key))
	}
	if cur.Attrs&(attrAccessor|attrConfigurable) == 0 && cur.Attrs&attrWritable != 0 &&
		d.Has&hasWritable != 0 && d.Attrs&attrWritable == 0 {
		rt.throwTypeError("'%s' on proxy: trap returned truish for defining non-configurable property '%s' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.", op, rt.keyString(key))
	}
	return true
}

// fromPartialDescriptor is FromPropertyDescriptor for a descriptor that may
// lack fields: only the present ones become properties.
func (rt *Runtime) fromPartialDescriptor(d PropDesc) Value {
	obj := rt.NewObject()
	if d.Has&hasValue != 0 {
		rt.createDataPropertyOrThrow(obj, rt.atom("value"), d.Value)
	}
	if d.Has&hasWritable != 0 {
		rt.createDataPropertyOrThrow(obj, rt.atom("writable"), gc.Bool(d.Attrs&attrWritable != 0))
	}
	if d.Has&hasGet != 0 {
		rt.createDataPropertyOrThrow(obj, rt.atom("get"), d.Get)
	}
	if d.Has&hasSet != 0 {
		rt.createDataPropertyOrThrow(obj, rt.atom("set"), d.Set)
	}
	if d.Has&hasEnumerable != 0 {
		rt.createDataPropertyOrThrow(obj, rt.atom("enumerable"), gc.Bool(d.Attrs&attrEnumerable != 0))
	}
	if d.Has&hasConfigurable != 0 {
		rt.createDataPropertyOrThrow(obj, rt.atom("configurable"), gc.Bool(d.Attrs&attrConfigurable != 0))
	}
	return obj
}

// ECMA-262 §10.5.7 [[HasProperty]].
func (rt *Runtime) proxyHas(ov Value, key PropKey) bool {
	defer rt.proxyScope()()
	const op = "has"
	target, handler := rt.proxyParts(ov, op)
	defer rt.leaveProxy()
	trap := rt.proxyTrap(handler, op)
	if trap == Undefined {
		return rt.hasProperty(target, key)
	}
	if rt.ToBoolean(rt.Call(trap, handler, target, rt.keyToValue(key))) {
		return true
	}
	if cur, has := rt.getOwnProperty(target, key); has {
		if cur.Attrs&attrConfigurable == 0 {
			rt.throwTypeError("'%s' on proxy: trap returned falsish for property '%s' which exists in the proxy target as non-configurable", op, rt.keyString(key))
		}
		if !rt.isExtensibleV(target) {
			rt.throwTypeError("'%s' on proxy: trap returned falsish for property '%s' but the proxy target is not extensible", op, rt.keyString(key))
		}
	}
	return false
}

// ECMA-262 §10.5.8 [[Get]].
func (rt *Runtime) proxyGet(ov Value, key PropKey, receiver Value) Value {
	defer rt.proxyScope()()
	const op = "get"
	target, handler := rt.proxyParts(ov, op)
	defer rt.leaveProxy()
	trap := rt.proxyTrap(handler, op)
	if trap == Undefined {
		return rt.getV(target, key, receiver)
	}
	v := rt.Call(trap, handler, target, rt.keyToValue(key), receiver)
	if cur, has := rt.getOwnProperty(target, key); has && cur.Attrs&attrConfigurable == 0 {
		if cur.Attrs&(attrAccessor|attrWritable) == 0 && !sameValue(rt, v, cur.Value) {
			rt.throwTypeError("'%s' on proxy: property '%s' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '%s' but got '%s')",
				op, rt.keyString(key), rt.proxyShow(cur.Value), rt.proxyShow(v))
		}
		if cur.Attrs&attrAccessor != 0 && cur.Get == Undefined && v != Undefined {
			rt.throwTypeError("'%s' on proxy: property '%s' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '%s')",
				op, rt.keyString(key), rt.proxyShow(v))
		}
	}
	return v
}

// ECMA-262 §10.5.9 [[Set]].
func (rt *Runtime) proxySet(ov Value, key PropKey, v, receiver Value) bool {
	defer rt.proxyScope()()
	const op = "set"
	target, handler := rt.proxyParts(ov, op)
	defer rt.leaveProxy()
	trap := rt.proxyTrap(handler, op)
	if trap == Undefined {
		return rt.setV(target, key, v, receiver)
	}
	if !rt.ToBoolean(rt.Call(trap, handler, target, rt.keyToValue(key), v, receiver)) {
		return false
	}
	if cur, has := rt.getOwnProperty(target, key); has && cur.Attrs&attrConfigurable == 0 {
		if cur.Attrs&(attrAccessor|attrWritable) == 0 && !sameValue(rt, v, cur.Value) {
			rt.throwTypeError("'%s' on proxy: trap returned truish for property '%s' which exists in the proxy target as a non-configurable and non-writable data property with a different value", op, rt.keyString(key))
		}
		if cur.Attrs&attrAccessor != 0 && cur.Set == Undefined {
			rt.throwTypeError("'%s' on proxy: trap returned truish for property '%s' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter", op, rt.keyString(key))
		}
	}
	return true
}

// ECMA-262 §10.5.10 [[Delete]].
func (rt *Runtime) proxyDelete(ov Value, key PropKey) bool {
	defer rt.proxyScope()()
	const op = "deleteProperty"
	target, handler := rt.proxyParts(ov, op)
	defer rt.leaveProxy()
	trap := rt.proxyTrap(handler, op)
	if trap == Undefined {
		return rt.deleteProp(target, key)
	}
	if !rt.ToBoolean(rt.Call(trap, handler, target, rt.keyToValue(key))) {
		return false
	}
	cur, has := rt.getOwnProperty(target, key)
	if !has {
		return true
	}
	if cur.Attrs&attrConfigurable == 0 {
		rt.throwTypeError("'%s' on proxy: trap returned truish for property '%s' which is non-configurable in the proxy target", op, rt.keyString(key))
	}
	if !rt.isExtensibleV(target) {
		rt.throwTypeError("'%s' on proxy: trap returned truish for property '%s' but the proxy target is non-extensible", op, rt.keyString(key))
	}
	return true
}

// ECMA-262 §10.5.11 [[OwnPropertyKeys]].
func (rt *Runtime) proxyOwnKeys(ov Value) []PropKey {
	defer rt.proxyScope()()
	const op = "ownKeys"
	target, handler := rt.proxyParts(ov, op)
	defer rt.leaveProxy()
	trap := rt.proxyTrap(handler, op)
	if trap == Undefined {
		return rt.ownKeys(target)
	}
	res := rt.Call(trap, handler, target)
	if !res.IsObject() {
		rt.throwTypeError("CreateListFromArrayLike called on non-object")
	}
	rt.Keep(res)
	vals := rt.createListFromArrayLike(res)
	for _, v := range vals {
		rt.Keep(v)
	}
	keys := make([]PropKey, 0, len(vals))
	seen := make(map[PropKey]bool, len(vals))
	for _, v := range vals {
		if !v.IsString() && !v.IsSymbol() {
			rt.throwTypeError("%s is not a valid property name", rt.proxyShow(v))
		}
		k := rt.ToPropertyKey(v)
		if k.IsString() {
			k = rt.toAtom(k)
		}
		if seen[k] {
			rt.throwTypeError("'%s' on proxy: trap returned duplicate entries", op)
		}
		seen[k] = true
		keys = append(keys, k)
	}
	ext := rt.isExtensibleV(target)
	targetKeys := rt.ownKeys(target)
	var configurable, nonConfigurable []PropKey
	for _, k := range targetKeys {
		if d, ok := rt.getOwnProperty(target, k); ok && d.Attrs&attrConfigurable == 0 {
			nonConfigurable = append(nonConfigurable, k)
		} else {
			configurable = append(configurable, k)
		}
	}
	if ext && len(nonConfigurable) == 0 {
		return keys
	}
	unchecked := make(map[PropKey]bool, len(keys))
	for _, k := range keys {
		unchecked[k] = true
	}
	for _, k := range nonConfigurable {
		if !unchecked[rt.canonKey(k)] {
			rt.throwTypeError("'%s' on proxy: trap result did not include '%s'", op, rt.keyString(k))
		}
		delete(unchecked, rt.canonKey(k))
	}
	if ext {
		return keys
	}
	for _, k := range configurable {
		if !unchecked[rt.canonKey(k)] {
			rt.throwTypeError("'%s' on proxy: trap result did not include '%s'", op, rt.keyString(k))
		}
		delete(unchecked, rt.canonKey(k))
	}
	if len(unchecked) != 0 {
		rt.throwTypeError("'%s' on proxy: trap returned extra keys but proxy target is non-extensible", op)
	}
	return keys
}

// canonKey makes string keys comparable as map keys (atoms).
func (rt *Runtime) canonKey(k PropKey) PropKey {
	if k.IsString() {
		return rt.toAtom(k)
	}
	return k
}

// ECMA-262 §10.5.1 [[GetPrototypeOf]].
func (rt *Runtime) proxyGetPrototypeOf(ov Value) Value {
	defer rt.proxyScope()()
	const op = "getPrototypeOf"
	target, handler := rt.proxyParts(ov, op)
	defer rt.leaveProxy()
	trap := rt.proxyTrap(handler, op)
	if trap == Undefined {
		return rt.getPrototypeOf(target)
	}
	p := rt.Call(trap, handler, target)
	if !p.IsObject() && p != Null {
		rt.throwTypeError("'%s' on proxy: trap returned neither object nor null", op)
	}
	if rt.isExtensibleV(target) {
		return p
	}
	rt.Keep(p)
	if p != rt.getPrototypeOf(target) {
		rt.throwTypeError("'%s' on proxy: proxy target is non-extensible but the trap did not return its actual prototype", op)
	}
	return p
}

// ECMA-262 §10.5.2 [[SetPrototypeOf]].
func (rt *Runtime) proxySetPrototypeOf(ov, proto Value) bool {
	defer rt.proxyScope()()
	const op = "setPrototypeOf"
	target, handler := rt.proxyParts(ov, op)
	defer rt.leaveProxy()
	trap := rt.proxyTrap(handler, op)
	if trap == Undefined {
		return rt.setPrototypeOf(target, proto)
	}
	if !rt.ToBoolean(rt.Call(trap, handler, target, proto)) {
		return false
	}
	if rt.isExtensibleV(target) {
		return true
	}
	if proto != rt.getPrototypeOf(target) {
		rt.throwTypeError("'%s' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target", op)
	}
	return true
}

// ECMA-262 §10.5.3 [[IsExtensible]].
func (rt *Runtime) proxyIsExtensible(ov Value) bool {
	defer rt.proxyScope()()
	const op = "isExtensible"
	target, handler := rt.proxyParts(ov, op)
	defer rt.leaveProxy()
	trap := rt.proxyTrap(handler, op)
	if trap == Undefined {
		return rt.isExtensibleV(target)
	}
	b := rt.ToBoolean(rt.Call(trap, handler, target))
	if t := rt.isExtensibleV(target); b != t {
		rt.throwTypeError("'%s' on proxy: trap result does not reflect extensibility of proxy target (which is '%t')", op, t)
	}
	return b
}

// ECMA-262 §10.5.4 [[PreventExtensions]].
func (rt *Runtime) proxyPreventExtensions(ov Value) bool {
	defer rt.proxyScope()()
	const op = "preventExtensions"
	target, handler := rt.proxyParts(ov, op)
	defer rt.leaveProxy()
	trap := rt.proxyTrap(handler, op)
	if trap == Undefined {
		return rt.preventExtensions(target)
	}
	b := rt.ToBoolean(rt.Call(trap, handler, target))
	if b && rt.isExtensibleV(target) {
		rt.throwTypeError("'%s' on proxy: trap returned truish but the proxy target is extensible", op)
	}
	return b
}

// ECMA-262 §10.5.12 [[Call]].
func (rt *Runtime) proxyCall(f, this Value, args []Value) Value {
	defer rt.proxyScope()()
	target, handler := rt.proxyParts(f, "apply")
	defer rt.leaveProxy()
	trap := rt.proxyTrap(handler, "apply")
	if trap == Undefined {
		return rt.callValue(target, this, args, Undefined)
	}
	arr := rt.NewArray(append([]Value{}, args...))
	return rt.Call(trap, handler, target, this, arr)
}

// ECMA-262 §10.5.13 [[Construct]].
func (rt *Runtime) proxyConstruct(f Value, args []Value, nt Value) Value {
	defer rt.proxyScope()()
	target, handler := rt.proxyParts(f, "construct")
	defer rt.leaveProxy()
	trap := rt.proxyTrap(handler, "construct")
	if trap == Undefined {
		return rt.construct(target, args, nt)
	}
	arr := rt.NewArray(append([]Value{}, args...))
	obj := rt.Call(trap, handler, target, arr, nt)
	if !obj.IsObject() {
		rt.throwTypeError("'construct' on proxy: trap returned non-object ('%s')", rt.proxyShow(obj))
	}
	return obj
}
