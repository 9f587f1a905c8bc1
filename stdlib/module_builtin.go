package stdlib

import (
	"net/url"
	"path/filepath"
	"strings"

	"github.com/kilnjs/kiln/internal/sysfile"
	"github.com/kilnjs/kiln/parser"
	"github.com/kilnjs/kiln/vm"
)

// The Go half of lib/module.js (node's Module constructor): the loader's
// pieces that node's JavaScript chain (Module._load, _resolveFilename,
// load, _extensions, _compile) stands on, and cjsHooks, which tells the
// Go require when that chain has been hooked and must be gone through.

// cjsHooks holds Module's statics and prototype methods as lib/module.js
// made them, to tell by identity whether a program replaced any.
type cjsHooks struct {
	module, proto, exts         vm.Value
	load, resolveFilename       vm.Value
	require, protoLoad, compile vm.Value
	extJS, extJSON, extNode     vm.Value
	requireFrom, resolveFrom    vm.Value // lib/module.js's ways in for the Go require
	// keys are the property keys active reads (atoms live as long as the
	// runtime).
	keys struct {
		require, load, resolveFilename, protoLoad, compile, exts, extJS, extJSON, extNode vm.PropKey
	}
}

// active reports whether a require from mod must go through node's
// JavaScript chain: a hook replaced one of its steps. A handful of
// property reads by keys made once, so an unhooked require stays in Go.
func (h *cjsHooks) active(rt *vm.Runtime, mod vm.Value) bool {
	k := &h.keys
	self := mod
	if !self.IsObject() {
		self = h.proto
	}
	if rt.Get(self, k.require) != h.require || rt.Get(h.module, k.load) != h.load ||
		rt.Get(h.module, k.resolveFilename) != h.resolveFilename ||
		rt.Get(h.proto, k.protoLoad) != h.protoLoad || rt.Get(self, k.compile) != h.compile {
		return true
	}
	exts := rt.Get(h.module, k.exts)
	if exts != h.exts || rt.Get(exts, k.extJS) != h.extJS || rt.Get(exts, k.extJSON) != h.extJSON || rt.Get(exts, k.extNode) != h.extNode {
		return true
	}
	return len(rt.OwnKeys(exts)) != 3
}

// hooked reports whether a require from mod must go through lib/module.js.
func (m *moduleSystem) hooked(mod vm.Value) bool {
	return m.hooks != nil && m.hooks.active(m.n.VM, mod)
}

func fillModule(n *Node, b vm.Value) {
	rt := n.VM
	m := n.modules
	rt.DefineValue(b, "proto", m.proto)
	rt.DefineValue(b, "cache", m.cache)
	var names []string
	for _, name := range m.builtinNames() {
		if !strings.HasPrefix(name, "internal/") && !schemeOnly(name) {
			names = append(names, name)
		}
	}
	list := make([]vm.Value, len(names))
	for i, name := range names {
		list[i] = rt.NewString(name)
	}
	rt.DefineValue(b, "builtinModules", rt.NewArray(list))
	// sourceMap(path or file URL) is [map JSON, the map's file URL, line
	// lengths] for a module loaded while source maps were on and whose map
	// was read, else undefined (module.findSourceMap).
	rt.DefineMethod(b, "sourceMap", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		fm := n.loadedSourceMap(rt.ToGoString(vm.Arg(args, 0)))
		if fm == nil {
			return vm.Undefined
		}
		lengths := lineLengths(fm.code)
		vals := make([]vm.Value, len(lengths))
		for i, l := range lengths {
			vals[i] = vm.Int(l)
		}
		return rt.NewArray([]vm.Value{rt.NewString(string(fm.raw)), rt.NewString(fileURLOf(fm.mapPath)), rt.NewArray(vals)})
	})
	rt.DefineMethod(b, "isBuiltin", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Bool(m.isBuiltin(rt.ToGoString(vm.Arg(args, 0))))
	})
	rt.DefineMethod(b, "canBeRequired", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Bool(m.hasBuiltin(rt.ToGoString(vm.Arg(args, 0))))
	})
	rt.DefineMethod(b, "loadBuiltin", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return m.builtin(rt.ToGoString(vm.Arg(args, 0)))
	})
	rt.DefineMethod(b, "parentOf", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.Get(m.parents, rt.ToPropertyKey(rt.GetS(vm.Arg(args, 0), "filename")))
	})
	rt.DefineMethod(b, "nodeModulePaths", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewArray(nodeModulePaths(rt, rt.ToGoString(vm.Arg(args, 0))))
	})
	// resolve(request, dir, parentFile, extraExts) is require.resolve from
	// a module in dir, trying the extensions hooks registered too.
	rt.DefineMethod(b, "resolve", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		defer m.withExtraExts(rt, vm.Arg(args, 3))()
		r, _ := m.resolve(rt.ToGoString(vm.Arg(args, 0)), rt.ToGoString(vm.Arg(args, 1)), rt.ToGoString(vm.Arg(args, 2)))
		return rt.NewString(r)
	})
	// findFile(path, extraExts, request) is LOAD_AS_FILE then
	// LOAD_AS_DIRECTORY for the path request resolved to (only the latter
	// when the request names a folder), "" when neither finds one.
	rt.DefineMethod(b, "findFile", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		defer m.withExtraExts(rt, vm.Arg(args, 1))()
		r, err := m.resolveFile(rt.ToGoString(vm.Arg(args, 0)), dirRequest(rt.ToGoString(vm.Arg(args, 2))))
		if fatalResolve(err) {
			rt.Throw(m.resolveErrorValue(err))
		}
		if r != "" {
			r = m.realPath(r)
		}
		return rt.NewString(r)
	})
	rt.DefineMethod(b, "createRequire", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return m.createRequire(vm.Arg(args, 0))
	})
	rt.DefineMethod(b, "makeRequire", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		file := rt.ToGoString(vm.Arg(args, 1))
		return m.makeRequire(vm.Arg(args, 0), filepath.Dir(file), file)
	})
	// compile(content, filename) is the module wrapper function of
	// content, which is JavaScript whatever the file's extension says: a
	// hook hands _compile what it made of the file.
	rt.DefineMethod(b, "compile", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		src := strings.TrimPrefix(rt.ToGoString(vm.Arg(args, 0)), "\uFEFF")
		file := rt.ToGoString(vm.Arg(args, 1))
		p, err := n.compileHooked(src, file)
		if err != nil {
			panic(n.decorate(n.compileError(err, src)))
		}
		return rt.NewFunction(p.Main)
	})
	// readSource is a file's JavaScript: its text, or for TypeScript and
	// JSX what Kiln's loader makes of it.
	rt.DefineMethod(b, "readSource", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		file := rt.ToGoString(vm.Arg(args, 0))
		data, err := sysfile.ReadFile(file)
		if err != nil {
			rt.Throw(n.uvException(err, "open", file))
		}
		src := strings.TrimPrefix(string(data), "\uFEFF")
		switch strings.ToLower(filepath.Ext(file)) {
		case ".ts", ".tsx", ".jsx", ".mts", ".cts":
			code, _, err := parser.TransformLoader(src, file)
			if err != nil {
				panic(n.syntaxError(err, src))
			}
			src = code
		}
		return rt.NewString(src)
	})
	rt.DefineMethod(b, "isESM", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Bool(m.isESM(rt.ToGoString(vm.Arg(args, 0))))
	})
	// run(module, filename, kind) is the Go loader running the file into
	// module: kind "js" as the file's format says, "json", or "node".
	rt.DefineMethod(b, "run", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		mod := vm.Arg(args, 0)
		file := rt.ToGoString(vm.Arg(args, 1))
		m.run(mod, file, rt.GetS(mod, "parent"), rt.ToGoString(vm.Arg(args, 2)))
		return vm.Undefined
	})
	rt.DefineMethod(b, "setMain", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		m.setMain(vm.Arg(args, 0))
		return vm.Undefined
	})
	rt.DefineMethod(b, "hooked", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return vm.Bool(m.hooked(vm.Null))
	})
	rt.DefineMethod(b, "runMain", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		m.runMain(rt.ToGoString(vm.Arg(args, 0)))
		return vm.Undefined
	})
	rt.DefineMethod(b, "register", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		spec, parent := rt.ToGoString(vm.Arg(args, 0)), rt.ToGoString(vm.Arg(args, 1))
		data := n.serialize(vm.Arg(args, 2), vm.Arg(args, 3), vm.Undefined)
		m.esm.startHooks().call("register", func(n *Node) []vm.Value {
			v, _ := n.deserialize(data)
			return []vm.Value{n.VM.NewString(spec), n.VM.NewString(parent), v}
		})
		return vm.Undefined
	})
	rt.DefineMethod(b, "install", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		mod := vm.Arg(args, 0)
		exts := rt.GetS(mod, "_extensions")
		m.hooks = &cjsHooks{
			module: mod, proto: m.proto, exts: exts,
			load: rt.GetS(mod, "_load"), resolveFilename: rt.GetS(mod, "_resolveFilename"),
			require: rt.GetS(m.proto, "require"), protoLoad: rt.GetS(m.proto, "load"), compile: rt.GetS(m.proto, "_compile"),
			extJS: rt.GetS(exts, ".js"), extJSON: rt.GetS(exts, ".json"), extNode: rt.GetS(exts, ".node"),
			requireFrom: vm.Arg(args, 1), resolveFrom: vm.Arg(args, 2),
		}
		key := func(name string) vm.PropKey { return rt.ToPropertyKey(rt.NewString(name)) }
		k := &m.hooks.keys
		k.require, k.load, k.resolveFilename, k.protoLoad, k.compile = key("require"), key("_load"), key("_resolveFilename"), key("load"), key("_compile")
		k.exts, k.extJS, k.extJSON, k.extNode = key("_extensions"), key(".js"), key(".json"), key(".node")
		// The values live in the realm too, so the collector sees them.
		rt.Realm().Extra["module.hooks"] = rt.NewArray([]vm.Value{
			m.hooks.module, m.hooks.exts, m.hooks.load, m.hooks.resolveFilename, m.hooks.require,
			m.hooks.protoLoad, m.hooks.compile, m.hooks.extJS, m.hooks.extJSON, m.hooks.extNode,
			m.hooks.requireFrom, m.hooks.resolveFrom,
		})
		return vm.Undefined
	})
}

// withExtraExts makes resolution try the extensions in exts (an array
// of strings) after its own, until the function it returns is called.
func (m *moduleSystem) withExtraExts(rt *vm.Runtime, exts vm.Value) func() {
	saved := m.extraExts
	m.extraExts = nil
	if rt.IsArray(exts) {
		for _, e := range rt.ArrayValues(exts) {
			m.extraExts = append(m.extraExts, rt.ToGoString(e))
		}
	}
	return func() { m.extraExts = saved }
}

// createRequire is Module.createRequire(filename).
func (m *moduleSystem) createRequire(v vm.Value) vm.Value {
	rt := m.n.VM
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
		rt.Throw(m.n.newNodeError(vm.ErrType, "ERR_INVALID_ARG_VALUE",
			"The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received "+m.n.Inspect(v, DefaultInspectOptions())))
	}
	dir := filepath.Dir(file)
	if strings.HasSuffix(file, "/") {
		dir = file
	}
	return m.makeRequire(vm.Null, dir, file)
}
