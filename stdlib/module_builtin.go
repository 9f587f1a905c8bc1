package stdlib

import (
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// The `module` built-in: Node's Module constructor with the helpers
// packages use from it (createRequire, builtinModules, isBuiltin).
func (n *Node) moduleModule() vm.Value {
	rt := n.VM
	m := n.modules
	mod := rt.NewNativeFunction("Module", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return rt.NewObject()
	})
	rt.DefineValue(mod, "Module", mod)
	rt.DefineMethod(mod, "createRequire", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		v := vm.Arg(args, 0)
		file := ""
		if v.IsString() {
			file = rt.GoString(v)
			if strings.HasPrefix(file, "file:") {
				if u, err := url.Parse(file); err == nil {
					file = filepath.FromSlash(u.Path)
				}
			}
		} else if v.IsObject() {
			if href := rt.GetS(v, "href"); href.IsString() && strings.HasPrefix(rt.GoString(href), "file:") {
				if u, err := url.Parse(rt.GoString(href)); err == nil {
					file = filepath.FromSlash(u.Path)
				}
			}
		}
		if file == "" || !filepath.IsAbs(file) {
			rt.Throw(n.newNodeError(vm.ErrType, "ERR_INVALID_ARG_VALUE",
				"The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received "+n.Inspect(v, DefaultInspectOptions())))
		}
		dir := filepath.Dir(file)
		if strings.HasSuffix(file, "/") {
			dir = file
		}
		return m.makeRequire(vm.Null, dir, file)
	})
	names := make([]string, 0, len(m.builtins))
	for name := range m.builtins {
		if !strings.HasPrefix(name, "internal/") && !schemeOnly(name) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	list := make([]vm.Value, len(names))
	for i, name := range names {
		list[i] = rt.NewString(name)
	}
	rt.CreateDataProperty(mod, "builtinModules", rt.NewArray(list))
	rt.DefineMethod(mod, "isBuiltin", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		v := vm.Arg(args, 0)
		return vm.Bool(v.IsString() && m.isBuiltin(rt.GoString(v)))
	})
	rt.CreateDataProperty(mod, "_cache", m.cache)
	rt.DefineMethod(mod, "syncBuiltinESMExports", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value { return vm.Undefined })
	rt.DefineMethod(mod, "_nodeModulePaths", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewArray(nodeModulePaths(rt, rt.ToGoString(vm.Arg(args, 0))))
	})
	return mod
}
