package stdlib

import (
	"fmt"
	"net/url"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/internal/sysfile"
	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// module.register's customization hooks. Node runs them on a thread of
// their own and the main thread's loader waits for each answer; so does
// Kiln: the hooks thread is a Node with its own runtime and loop on its
// own goroutine (as a worker is), running lib/internal/module_hooks.js,
// and the ES module loader, which is synchronous, blocks on a channel
// until the hooks' promise settles. That is what lets a hook await real
// I/O (tsx's esbuild service talks to a child process) while the main
// thread's loop stands still, and keeps the hooks' globals apart from the
// program's as node does. Only Go data crosses: strings, bytes, and
// structured clones for register's data and for errors.

// hooksThread is the hooks' Node as both goroutines see it.
type hooksThread struct {
	lp      *loop.Loop // the thread's loop, set before ready closes
	node    *Node      // the thread's side only
	runner  vm.Value   // lib/internal/module_hooks.js's exports, on the thread
	ready   chan struct{}
	replies chan hookReply
	done    chan struct{} // closed when the thread has ended
	code    int           // its exit code, once done
	// idle keeps the thread's loop alive between requests; it stops while
	// one is answered, so a hook that never settles lets the loop end
	// (waiting), and the program ends as node's does with an unsettled
	// top-level await.
	idle      *loop.Hook
	waiting   bool
	unsettled bool // set before done closes

	// Output of the thread waiting for the main thread to write it: the
	// main thread writes it when an answer comes (so a hook's console.log
	// comes before what the program does next, as in node) or from the
	// loop when a hook wrote outside a request.
	mu              sync.Mutex
	stdout, stderr  []byte
	parent          *Node
	hookStop, ended bool
}

// hookReply is one answer of the hooks thread.
type hookReply struct {
	err                *vm.Serialized
	url, format        string
	source             []byte
	hasSource, isBytes bool
}

// hooks starts the hooks thread on first use.
func (l *esmLoader) startHooks() *hooksThread {
	if l.hooks != nil {
		return l.hooks
	}
	n := l.m.n
	h := &hooksThread{ready: make(chan struct{}), replies: make(chan hookReply, 1), done: make(chan struct{}), parent: n}
	opts := n.opts
	opts.Imports, opts.Preload, opts.hooksThread = nil, nil, true
	opts.ExecPath = n.execPath()
	opts.Stdout = &lineWriter{emit: func(b []byte) { h.output(&h.stdout, b) }}
	opts.Stderr = &lineWriter{emit: func(b []byte) { h.output(&h.stderr, b) }}
	go h.run(opts)
	<-h.ready
	l.hooks = h
	return h
}

// output keeps b for the main thread and asks its loop to write it.
func (h *hooksThread) output(to *[]byte, b []byte) {
	h.mu.Lock()
	*to = append(*to, b...)
	h.mu.Unlock()
	_ = h.parent.Loop.Post(h.flush)
}

// flush writes the thread's output on the main thread.
func (h *hooksThread) flush() {
	h.mu.Lock()
	out, errs := h.stdout, h.stderr
	h.stdout, h.stderr = nil, nil
	h.mu.Unlock()
	if len(out) > 0 {
		h.parent.opts.Stdout.Write(out)
	}
	if len(errs) > 0 {
		h.parent.opts.Stderr.Write(errs)
	}
}

// run is the hooks thread's goroutine: it waits for requests until the
// program ends (stop).
func (h *hooksThread) run(opts Options) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	defer close(h.done)
	n, err := New(opts)
	if err != nil {
		h.code = 1
		h.output(&h.stderr, []byte("kiln: module hooks: "+err.Error()+"\n"))
		close(h.ready)
		return
	}
	h.node, h.lp = n, n.Loop
	close(h.ready)
	h.code = n.run(func() {
		h.idle = n.Loop.NewPrepare(func() {})
		h.idle.Start()
		h.runner = n.lib("internal/module_hooks")
		n.VM.Realm().Extra["module.hooks.runner"] = h.runner
	})
	h.unsettled = h.waiting
	n.Close()
	h.mu.Lock()
	h.ended = true
	h.mu.Unlock()
}

// stop ends the hooks thread when the program ends.
func (h *hooksThread) stop() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.lp == nil || h.ended || h.hookStop {
		return
	}
	h.hookStop = true
	_ = h.lp.Post(func() { panic(exitPanic{0}) })
}

// call runs the runner's op with the arguments args makes on the hooks
// thread, and waits for the promise it returns. A thread that died (a
// hook's uncaught exception) ends the program with its exit code, as
// node's main thread ends when its hooks thread does.
func (h *hooksThread) call(op string, args func(n *Node) []vm.Value) hookReply {
	if h.lp == nil {
		// The thread never started; it said why.
		h.flush()
		panic(exitPanic{h.code})
	}
	_ = h.lp.Post(func() {
		n := h.node
		rt := n.VM
		h.waiting = true
		h.idle.Stop()
		send := func(r hookReply) {
			h.waiting = false
			h.idle.Start()
			h.replies <- r
		}
		fail := func(v vm.Value) {
			var s *vm.Serialized
			if rt.Try(func() { s = rt.SerializeException(v, n.dataCloneError) }) != nil {
				s = rt.Serialize(rt.NewString(rt.ToGoString(v)), nil, nil, nil, n.dataCloneError, nil)
			}
			send(hookReply{err: s})
		}
		exc := rt.Try(func() {
			p := rt.Call(rt.GetS(h.runner, op), vm.Undefined, args(n)...)
			rt.Then(p, func(v vm.Value) {
				var r hookReply
				if exc := rt.Try(func() { r = h.reply(v) }); exc != nil {
					fail(exc.Value)
					return
				}
				send(r)
			}, fail)
		})
		if exc != nil {
			fail(exc.Value)
		}
	})
	select {
	case r := <-h.replies:
		h.flush()
		if r.err != nil {
			rt := h.parent.VM
			v, _ := h.parent.deserialize(r.err)
			rt.Throw(v)
		}
		return r
	case <-h.done:
		h.flush()
		if h.unsettled {
			// What node's main thread does when nothing is left to run
			// and its import still waits: 'exit' with code 0, then 13.
			h.parent.emitExit()
			panic(exitPanic{13})
		}
		panic(exitPanic{h.code})
	}
}

// reply reads a runner's answer on the hooks thread.
func (h *hooksThread) reply(v vm.Value) hookReply {
	rt := h.node.VM
	var r hookReply
	if !v.IsObject() {
		return r // register's answer
	}
	if u := rt.GetS(v, "url"); u.IsString() {
		r.url = rt.GoString(u)
	}
	if f := rt.GetS(v, "format"); f.IsString() {
		r.format = rt.GoString(f)
	}
	src := rt.GetS(v, "source")
	switch {
	case src.IsString():
		r.source, r.hasSource = []byte(rt.GoString(src)), true
	case src.IsObject():
		b, _ := rt.BufferBytes(src)
		r.source, r.hasSource, r.isBytes = append([]byte(nil), b...), true, true
	}
	return r
}

// fillModuleHooks is the hooks thread's half of the binding: node's own
// resolve and load, which close the chains, and import for hooks modules.
func fillModuleHooks(n *Node, b vm.Value) {
	rt := n.VM
	l := n.modules.esm
	rt.DefineMethod(b, "defaultResolve", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		spec := rt.ToGoString(vm.Arg(args, 0))
		parent := vm.Arg(args, 1)
		from := pathOfReferrer("")
		if parent.IsString() {
			from = pathOfReferrer(rt.GoString(parent))
		}
		file, err := l.resolve(spec, from)
		if err != nil {
			rt.Throw(l.errorValue(err))
		}
		out := rt.NewObject()
		if strings.HasPrefix(file, "node:") || strings.HasPrefix(file, "data:") {
			rt.CreateDataProperty(out, "url", rt.NewString(file))
			return out
		}
		u := keyURL(file)
		file, _ = splitKey(file)
		rt.CreateDataProperty(out, "url", rt.NewString(u))
		if f := l.m.formatOf(file); f == formatAmbiguous || f == formatModule || f == formatCommonJS || f == formatJSON {
			if f == formatAmbiguous {
				f = formatCommonJS
				if l.m.isESM(file) {
					f = formatModule
				}
			}
			rt.CreateDataProperty(out, "format", rt.NewString(f))
		}
		return out
	})
	rt.DefineMethod(b, "defaultLoad", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		u := rt.ToGoString(vm.Arg(args, 0))
		out := rt.NewObject()
		if strings.HasPrefix(u, "node:") {
			rt.CreateDataProperty(out, "format", rt.NewString("builtin"))
			rt.CreateDataProperty(out, "source", vm.Null)
			return out
		}
		if strings.HasPrefix(u, "data:") {
			mime, body, ok := parseDataURL(u)
			if !ok {
				rt.Throw(l.errorValue(&resolveError{"ERR_INVALID_URL", "Invalid URL"}))
			}
			format, err := dataFormat(mime, u)
			if f := vm.Arg(args, 1); f.IsString() {
				format, err = rt.GoString(f), nil
			}
			if err != nil {
				rt.Throw(l.errorValue(err))
			}
			rt.CreateDataProperty(out, "format", rt.NewString(format))
			rt.CreateDataProperty(out, "source", rt.NewUint8Array(body))
			return out
		}
		if !strings.HasPrefix(u, "file:") {
			scheme := u
			if i := strings.IndexByte(u, ':'); i >= 0 {
				scheme = u[:i+1]
			}
			rt.Throw(n.newNodeError(vm.ErrPlain, "ERR_UNSUPPORTED_ESM_URL_SCHEME", "Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '"+scheme+"'"))
		}
		file := urlPath(u)
		format := ""
		if f := vm.Arg(args, 1); f.IsString() {
			format = rt.GoString(f)
		} else {
			format = l.m.formatOf(file)
			if format == formatAmbiguous {
				format = formatCommonJS
				if l.m.isESM(file) {
					format = formatModule
				}
			}
		}
		rt.CreateDataProperty(out, "format", rt.NewString(format))
		if format == formatCommonJS {
			// node's CommonJS loader reads the file itself.
			return out
		}
		data, err := sysfile.ReadFile(file)
		if err != nil {
			rt.Throw(n.uvException(err, "open", file))
		}
		rt.CreateDataProperty(out, "source", rt.NewUint8Array(data))
		return out
	})
	rt.DefineMethod(b, "importModule", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		u := rt.ToGoString(vm.Arg(args, 0))
		file := urlPath(u)
		var mod *vm.Module
		var err error
		if strings.ContainsAny(u, "?#") {
			// A query makes another instance of the file (a hooks module
			// registered twice with different data, as tsx does).
			mod, err = l.queryModule(u, file)
		} else {
			mod, err = l.moduleFor(file, nil, file)
		}
		if err == nil {
			err = rt.LoadRequested(mod, l.load)
		}
		if err != nil {
			rt.Throw(l.errorValue(err))
		}
		return rt.ImportModule(mod)
	})
}

// queryModule is the ES module at file under a URL with a query or a
// fragment, one instance per URL.
func (l *esmLoader) queryModule(u, file string) (*vm.Module, error) {
	if mod, ok := l.mods[u]; ok {
		return mod, nil
	}
	data, err := sysfile.ReadFile(file)
	if err != nil {
		return nil, &missingFileError{resolveError{"ERR_MODULE_NOT_FOUND", fmt.Sprintf("Cannot find module '%s'", file)}, u}
	}
	src := strings.TrimPrefix(string(data), "\uFEFF")
	p, err := l.m.n.compileModuleKind(src, u, KindModule)
	if err != nil {
		return nil, &loadSyntaxError{err: err, src: src}
	}
	mod := l.m.n.VM.NewSourceTextModule(p)
	mod.HostDefined = &esmInfo{path: file, url: u}
	l.mods[u] = mod
	return mod, nil
}

// urlPath is the file a file: URL names, without its query and fragment.
func urlPath(s string) string {
	if u, err := url.Parse(s); err == nil && u.Scheme == "file" {
		return filepath.FromSlash(u.Path)
	}
	return s
}

// attributesValue is an import's attributes as the hooks see them.
func attributesValue(rt *vm.Runtime, attrs []bytecode.ImportAttribute) vm.Value {
	o := rt.NewObject()
	for _, a := range attrs {
		rt.CreateDataProperty(o, a.Key, rt.NewString(a.Value))
	}
	return o
}

// parentURLOf is the URL the hooks see as the parent of an import made by
// code compiled under name: ES modules are named by URL, CommonJS files by
// path.
func parentURLOf(name string) string {
	if i := strings.IndexByte(name, ':'); i > 1 && !filepath.IsAbs(name) {
		return name
	}
	return fileURL(pathOfReferrer(name))
}

// hookedModule is the module record of what spec names from parentURL
// ("" for the entry point) as the hooks resolve and load it.
func (l *esmLoader) hookedModule(spec, parentURL string, attrs []bytecode.ImportAttribute) (*vm.Module, error) {
	h := l.hooks
	r := h.call("resolve", func(n *Node) []vm.Value {
		rt := n.VM
		parent := vm.Undefined
		if parentURL != "" {
			parent = rt.NewString(parentURL)
		}
		return []vm.Value{rt.NewString(spec), parent, attributesValue(rt, attrs)}
	})
	key := r.url
	plainFile := strings.HasPrefix(r.url, "file:") && !strings.ContainsAny(r.url, "?#")
	if plainFile {
		// The same file as an import that came before the hooks: one
		// instance.
		key = urlPath(r.url)
	}
	if mod, ok := l.mods[key]; ok {
		if info, ok := mod.HostDefined.(*esmInfo); ok && info.format != "" {
			if err := checkAttributes(info.format, r.url, attrs); err != nil {
				return nil, err
			}
		}
		return mod, nil
	}
	lr := h.call("load", func(n *Node) []vm.Value {
		rt := n.VM
		format := vm.Undefined
		if r.format != "" {
			format = rt.NewString(r.format)
		}
		return []vm.Value{rt.NewString(r.url), format, attributesValue(rt, attrs)}
	})
	if err := checkAttributes(lr.format, r.url, attrs); err != nil {
		return nil, err
	}
	rt := l.m.n.VM
	file := urlPath(r.url)
	var mod *vm.Module
	switch lr.format {
	case formatBuiltin:
		return l.moduleFor("node:"+strings.TrimPrefix(r.url, "node:"), nil, parentURL)
	case formatCommonJS:
		var src string
		if lr.hasSource {
			src = strings.TrimPrefix(string(lr.source), "\uFEFF")
			l.m.n.noteSourceMapOf(file, src, true)
			p, err := l.m.n.compileHooked(src, file)
			if err != nil {
				return nil, &loadSyntaxError{err: err, src: src}
			}
			l.m.compiled[file] = p
		} else {
			data, err := sysfile.ReadFile(file)
			if err != nil {
				return nil, &missingFileError{resolveError{"ERR_MODULE_NOT_FOUND", fmt.Sprintf("Cannot find module '%s' imported from %s", file, parentURL)}, r.url}
			}
			src = strings.TrimPrefix(string(data), "\uFEFF")
		}
		mod = l.commonJSModule(file, src)
	case formatJSON:
		return l.sourceModule(key, r.url, formatJSON, string(lr.source))
	case formatModule:
		src := strings.TrimPrefix(string(lr.source), "\uFEFF")
		// A hook that passed a TypeScript file on as it is leaves it to
		// Kiln's own loader, as an import without hooks would.
		loaders := false
		if plainFile && isTypeScriptLike(file) {
			data, err := sysfile.ReadFile(file)
			loaders = err == nil && strings.TrimPrefix(string(data), "\uFEFF") == src
		}
		if plainFile {
			l.m.n.noteSourceMapOf(file, src, !loaders)
		}
		p, err := compileSource(src, r.url, KindModule, nil, loaders, false)
		if err != nil {
			return nil, &loadSyntaxError{err: err, src: src}
		}
		mod = rt.NewSourceTextModule(p)
		mod.HostDefined = &esmInfo{path: file, url: r.url}
	default:
		return nil, &resolveError{"ERR_UNKNOWN_MODULE_FORMAT", fmt.Sprintf("Unknown module format: %s for URL %s", lr.format, r.url)}
	}
	mod.HostDefined.(*esmInfo).format = lr.format
	l.mods[key] = mod
	return mod, nil
}

// runMainHooked runs the entry point as the hooks resolve and load it: a
// CommonJS one runs as require.main, as node's loader hands it to the
// CommonJS loader.
func (l *esmLoader) runMainHooked(abs string) {
	mod, err := l.hookedModule(fileURL(abs), "", nil)
	if err == nil {
		if info := mod.HostDefined.(*esmInfo); info.cjs {
			l.m.load(info.path, vm.Null, true)
			return
		}
	}
	l.evaluateMain(l.linked(mod, err))
}
