package stdlib

// util.inspect, following Node v20's algorithm (lib/internal/util/inspect.js)
// because console.log output is compared byte for byte with node's.
//
// The shape of the code mirrors Node's so that a difference can be traced
// to one step: formatValue handles primitives, proxies and cycles;
// formatRaw picks the braces, the prefix ("Foo", "Map(2)", "[Object: null
// prototype]") and an entry formatter by the object's kind; formatProperty
// renders one key; reduceToSingleString decides between one line and one
// entry per line (the "compact: 3" rule: an object fits on one line when
// its entries are short, it has at most 6 of them after array grouping, and
// nothing under it nests 3 levels deeper).
//
// Lengths are counted in UTF-16 code units, as JavaScript's .length does,
// except where Node measures display width (grouped array columns).

import (
	"math"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kilnjs/kiln/vm"
)

// InspectOptions are util.inspect's options.
type InspectOptions struct {
	Depth           int // levels of nesting shown; negative means unlimited
	ShowHidden      bool
	ShowProxy       bool
	MaxArrayLength  int
	MaxStringLength int
	BreakLength     int
	// Compact is Node's compact option: a number of inner levels that may
	// share a line, 0 for false (every entry on its own line) and
	// CompactAll for true.
	Compact int
	Sorted  bool
	Getters bool
	// GettersOnly narrows Getters to "get" (getters without a setter) or
	// "set" (getters with one), as the option's string values do.
	GettersOnly string
	// NumericSeparator writes numbers with "_" between groups of digits.
	NumericSeparator bool
	CustomInspect    bool
	// Colors wraps values in ANSI escapes by kind, as Node's
	// stylizeWithColor does with inspect.styles' defaults.
	Colors bool
	// below is a negative depth the options gave (util.inspect's depth
	// may be any number): every object, the one inspected too, is shown
	// abbreviated ("[Object]"), and a custom inspect function is passed
	// it. Depth is 0 then; below is 0 for every depth of 0 or more.
	below float64
	// framed is an error whose stack node has frames for where Kiln's has
	// none (see describeThrown): it is not bracketed as a stack without
	// frames would be.
	framed vm.Value
}

// CompactAll is InspectOptions.Compact for Node's `compact: true`.
const CompactAll = -1

// DefaultInspectOptions are util.inspect's defaults.
func DefaultInspectOptions() InspectOptions {
	return InspectOptions{Depth: 2, MaxArrayLength: 100, MaxStringLength: 10000, BreakLength: 80, Compact: 3,
		CustomInspect: true}
}

// inspectOptions is the internal shorthand used by the console and the
// uncaught-error printer.
type inspectOptions struct {
	depth int
}

// inspect formats a value as console.log shows a single argument: a
// string as it is, anything else as util.inspect does with the given depth.
func (n *Node) inspect(v vm.Value, opts inspectOptions) string {
	if v.IsString() {
		return n.VM.GoString(v)
	}
	o := DefaultInspectOptions()
	o.Depth = opts.depth
	return n.Inspect(v, o)
}

// Inspect is util.inspect(v, opts).
func (n *Node) Inspect(v vm.Value, opts InspectOptions) string {
	in := &inspector{n: n, rt: n.VM, opts: opts}
	return in.formatValue(v, 0, false)
}

// inspector is Node's ctx: the options plus the state of one inspection.
type inspector struct {
	n    *Node
	rt   *vm.Runtime
	opts InspectOptions

	seen         []vm.Value
	circular     map[vm.Value]int
	indentLvl    int
	currentDepth int
}

// inspectStyles are Node's default inspect.styles, as SGR open and close
// codes.
var inspectStyles = table[[2]int]{
	{"special", [2]int{36, 39}}, {"number", [2]int{33, 39}}, {"bigint", [2]int{33, 39}}, {"boolean", [2]int{33, 39}}, {"undefined", [2]int{90, 39}},
	{"null", [2]int{1, 22}}, {"string", [2]int{32, 39}}, {"symbol", [2]int{32, 39}}, {"date", [2]int{35, 39}}, {"regexp", [2]int{31, 39}}, {"module", [2]int{4, 24}},
}

// stylize is Node's ctx.stylize: s wrapped in the colour of its style when
// colours are on ("name" and unknown styles stay plain).
func (in *inspector) stylize(s, style string) string {
	if !in.opts.Colors {
		return s
	}
	c, ok := inspectStyles.get(style)
	if !ok {
		return s
	}
	return "\x1b[" + strconv.Itoa(c[0]) + "m" + s + "\x1b[" + strconv.Itoa(c[1]) + "m"
}

// displayWidth is s's terminal width, leaving out colour escapes when
// colours are on (Node's getStringWidth(s, ctx.colors)).
func (in *inspector) displayWidth(s string) int {
	if in.opts.Colors {
		s = stripColors(s)
	}
	return displayWidth(s)
}

// visibleLen is s's length without colour escapes (Node's removeColors).
func (in *inspector) visibleLen(s string) int {
	if in.opts.Colors && strings.Contains(s, "\x1b[") {
		s = stripColors(s)
	}
	return utf16Len(s)
}

// stripColors removes SGR escapes ("\x1b[...m").
func stripColors(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] == ';' || (s[j] >= '0' && s[j] <= '9')) {
				j++
			}
			if j < len(s) && s[j] == 'm' {
				i = j
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func (in *inspector) depthExceeded(recurseTimes int) bool {
	return in.opts.below < 0 || in.opts.Depth >= 0 && recurseTimes > in.opts.Depth
}

// Entry kinds, as Node's kObjectType / kArrayType / kArrayExtrasType.
const (
	kObjectType = iota
	kArrayType
	kArrayExtrasType
)

// try runs f, reporting whether it completed without a JavaScript throw.
func (in *inspector) try(f func()) bool { return in.rt.Try(f) == nil }

// formatValue is Node's formatValue.
func (in *inspector) formatValue(v vm.Value, recurseTimes int, typedArray bool) string {
	rt := in.rt
	if !v.IsObject() {
		return in.formatPrimitive(v)
	}
	info := rt.Describe(v)
	for info.Kind == vm.KindProxy {
		if info.Handler == vm.Null || info.Target == vm.Null {
			return in.stylize("<Revoked Proxy>", "special")
		}
		if in.opts.ShowProxy {
			return in.formatProxy(info, recurseTimes)
		}
		v = info.Target
		info = rt.Describe(v)
	}
	if in.opts.CustomInspect {
		if s, ok := in.customInspect(v, recurseTimes); ok {
			return s
		}
	}
	for _, s := range in.seen {
		if s == v {
			if in.circular == nil {
				in.circular = map[vm.Value]int{}
			}
			idx, ok := in.circular[v]
			if !ok {
				idx = len(in.circular) + 1
				in.circular[v] = idx
			}
			return in.stylize("[Circular *"+strconv.Itoa(idx)+"]", "special")
		}
	}
	return in.formatRaw(v, info, recurseTimes, typedArray)
}

func (in *inspector) formatProxy(info vm.ObjectInfo, recurseTimes int) string {
	if in.depthExceeded(recurseTimes) {
		return "Proxy [Array]"
	}
	recurseTimes++
	in.indentLvl += 2
	res := []string{in.formatValue(info.Target, recurseTimes, false), in.formatValue(info.Handler, recurseTimes, false)}
	in.indentLvl -= 2
	return in.reduceToSingleString(res, "", [2]string{"Proxy [", "]"}, kArrayExtrasType, recurseTimes, vm.Undefined)
}

// customInspect honours value[Symbol.for('nodejs.util.inspect.custom')]:
// a function called with (depth, options, inspect) whose result replaces
// the value (a string as is, anything else inspected in its place).
func (in *inspector) customInspect(v vm.Value, recurseTimes int) (string, bool) {
	rt := in.rt
	var out string
	handled := false
	exc := rt.Try(func() {
		sym := in.n.customInspectSymbol()
		if sym == vm.Undefined {
			return
		}
		fn := rt.Get(v, sym)
		if !rt.IsCallable(fn) {
			return
		}
		// A prototype's own inspect method is not used on the prototype
		// itself (Node's `value.constructor.prototype === value` check).
		if ctor := rt.GetS(v, "constructor"); ctor.IsObject() && rt.GetS(ctor, "prototype") == v {
			return
		}
		depth := vm.Float(math.Inf(1))
		if in.opts.below < 0 {
			depth = vm.Float(in.opts.below - float64(recurseTimes))
		} else if in.opts.Depth >= 0 {
			depth = vm.Int(in.opts.Depth - recurseTimes)
		}
		// Node's options.depth is the inspection's own depth, not what
		// is left of it at this level.
		optsDepth := vm.Float(math.Inf(1))
		if in.opts.below < 0 {
			optsDepth = vm.Float(in.opts.below)
		} else if in.opts.Depth >= 0 {
			optsDepth = vm.Int(in.opts.Depth)
		}
		opts := in.optionsObject(optsDepth)
		ret := rt.Call(fn, v, depth, opts, in.n.inspectFunction())
		rt.Keep(ret) // formatting it may run more JavaScript
		handled = true
		if ret == v {
			handled = false
			return
		}
		if !ret.IsString() {
			out = in.formatValue(ret, recurseTimes, false)
			return
		}
		out = strings.ReplaceAll(rt.GoString(ret), "\n", "\n"+strings.Repeat(" ", in.indentLvl))
	})
	if exc != nil {
		panic(exc)
	}
	return out, handled
}

// optionsObject builds the options argument handed to custom inspect
// functions.
func (in *inspector) optionsObject(depth vm.Value) vm.Value {
	rt := in.rt
	o := rt.NewObject()
	rt.CreateDataProperty(o, "depth", depth)
	rt.CreateDataProperty(o, "colors", vm.Bool(in.opts.Colors))
	rt.CreateDataProperty(o, "showHidden", vm.Bool(in.opts.ShowHidden))
	rt.CreateDataProperty(o, "showProxy", vm.Bool(in.opts.ShowProxy))
	rt.CreateDataProperty(o, "customInspect", vm.True)
	rt.CreateDataProperty(o, "maxArrayLength", vm.Int(in.opts.MaxArrayLength))
	rt.CreateDataProperty(o, "maxStringLength", vm.Int(in.opts.MaxStringLength))
	rt.CreateDataProperty(o, "breakLength", vm.Int(in.opts.BreakLength))
	switch in.opts.Compact {
	case 0:
		rt.CreateDataProperty(o, "compact", vm.False)
	case CompactAll:
		rt.CreateDataProperty(o, "compact", vm.True)
	default:
		rt.CreateDataProperty(o, "compact", vm.Int(in.opts.Compact))
	}
	rt.CreateDataProperty(o, "sorted", vm.Bool(in.opts.Sorted))
	if in.opts.GettersOnly != "" {
		rt.CreateDataProperty(o, "getters", rt.NewString(in.opts.GettersOnly))
	} else {
		rt.CreateDataProperty(o, "getters", vm.Bool(in.opts.Getters))
	}
	rt.CreateDataProperty(o, "numericSeparator", vm.Bool(in.opts.NumericSeparator))
	rt.CreateDataProperty(o, "stylize", rt.NewNativeFunction("stylize", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewString(in.stylize(rt.ToGoString(vm.Arg(args, 0)), rt.ToGoString(vm.Arg(args, 1))))
	}))
	return o
}

// customInspectSymbol is Symbol.for('nodejs.util.inspect.custom').
func (n *Node) customInspectSymbol() vm.Value {
	rt := n.VM
	if s, ok := rt.Realm().Extra["inspect.custom"]; ok {
		return s
	}
	forFn := rt.GetS(rt.Realm().Symbol, "for")
	if !rt.IsCallable(forFn) {
		return vm.Undefined
	}
	s := rt.Call(forFn, rt.Realm().Symbol, rt.NewString("nodejs.util.inspect.custom"))
	rt.Realm().Extra["inspect.custom"] = s
	return s
}

// inspectFunction is util.inspect as a JavaScript function, passed to
// custom inspect methods (and later exported by the util module).
func (n *Node) inspectFunction() vm.Value {
	rt := n.VM
	if f, ok := rt.Realm().Extra["util.inspect"]; ok {
		return f
	}
	f := rt.NewNativeFunction("inspect", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewString(n.Inspect(vm.Arg(args, 0), n.inspectOptionsFrom(vm.Arg(args, 1))))
	})
	rt.Realm().Extra["util.inspect"] = f
	return f
}

// inspectDefaultsKey is where util.js leaves util.inspect.defaultOptions,
// the object every inspection starts from once a program can see it.
const inspectDefaultsKey = "util.inspect.defaultOptions"

// inspectDefaults is util.inspect.defaultOptions as it is now: Go's
// defaults until the util module has run, then that object's properties,
// which programs assign to or mutate (depth = null to see everything).
func (n *Node) inspectDefaults() InspectOptions {
	o := DefaultInspectOptions()
	if d, ok := n.VM.Realm().Extra[inspectDefaultsKey]; ok {
		n.applyInspectOptions(&o, d)
	}
	return o
}

// inspectOptionsFrom reads a JavaScript options object (util.inspect's
// second argument; a boolean there is the legacy showHidden) over the
// defaults.
func (n *Node) inspectOptionsFrom(v vm.Value) InspectOptions {
	o := n.inspectDefaults()
	if v.IsBool() {
		o.ShowHidden = n.VM.ToBoolean(v)
		return o
	}
	n.applyInspectOptions(&o, v)
	return o
}

// inspectOptionNames are the options applyInspectOptions reads, in the
// order of Node.inspectOptionKeys.
var inspectOptionNames = [...]string{"depth", "maxArrayLength", "maxStringLength", "breakLength", "showHidden",
	"showProxy", "sorted", "getters", "numericSeparator", "customInspect", "colors", "compact"}

const (
	optDepth = iota
	optMaxArrayLength
	optMaxStringLength
	optBreakLength
	optShowHidden
	optShowProxy
	optSorted
	optGetters
	optNumericSeparator
	optCustomInspect
	optColors
	optCompact
)

// applyInspectOptions sets in o the options object v names. The keys are
// made once: with util loaded, every console.log of an object reads the
// twelve options of util.inspect.defaultOptions.
func (n *Node) applyInspectOptions(o *InspectOptions, v vm.Value) {
	rt := n.VM
	if !v.IsObject() {
		return
	}
	if n.inspectOptionKeys == nil {
		keys := make([]vm.PropKey, len(inspectOptionNames))
		for i, name := range inspectOptionNames {
			keys[i] = rt.ToPropertyKey(rt.NewString(name))
		}
		n.inspectOptionKeys = keys
	}
	get := func(opt int) vm.Value { return rt.Get(v, n.inspectOptionKeys[opt]) }
	if o.Depth == -1 {
		o.Depth = math.MaxInt32
	}
	num := func(opt int, dst *int) {
		x := get(opt)
		switch {
		case x.IsNumber():
			f := x.Float()
			if math.IsInf(f, 1) || f > math.MaxInt32 {
				*dst = math.MaxInt32
			} else if f >= 0 {
				*dst = int(f)
			} else {
				*dst = 0
			}
		case x == vm.Null && opt != optBreakLength:
			// null is Infinity for depth and the two lengths.
			*dst = math.MaxInt32
		}
	}
	flag := func(opt int, dst *bool) {
		if x := get(opt); x != vm.Undefined {
			*dst = rt.ToBoolean(x)
		}
	}
	if x := get(optDepth); x.IsNumber() && x.Float() < 0 {
		o.Depth, o.below = 0, x.Float()
	} else if x.IsNumber() || x == vm.Null {
		o.below = 0
		num(optDepth, &o.Depth)
	}
	num(optMaxArrayLength, &o.MaxArrayLength)
	num(optMaxStringLength, &o.MaxStringLength)
	num(optBreakLength, &o.BreakLength)
	flag(optShowHidden, &o.ShowHidden)
	flag(optShowProxy, &o.ShowProxy)
	flag(optSorted, &o.Sorted)
	if g := get(optGetters); g.IsString() {
		switch s := rt.GoString(g); s {
		case "get", "set":
			o.Getters, o.GettersOnly = true, s
		}
	} else {
		flag(optGetters, &o.Getters)
	}
	flag(optNumericSeparator, &o.NumericSeparator)
	flag(optCustomInspect, &o.CustomInspect)
	flag(optColors, &o.Colors)
	switch c := get(optCompact); {
	case c.IsBool():
		o.Compact = 0
		if rt.ToBoolean(c) {
			o.Compact = CompactAll
		}
	case c.IsNumber():
		o.Compact = int(c.Float())
	}
	if o.Depth == math.MaxInt32 {
		o.Depth = -1
	}
}

// ---------------------------------------------------------------------------
// Primitives

func (in *inspector) formatPrimitive(v vm.Value) string {
	rt := in.rt
	switch {
	case v.IsString():
		s := rt.GoString(v)
		trailer := ""
		units := utf16Len(s)
		if units > in.opts.MaxStringLength {
			remaining := units - in.opts.MaxStringLength
			s = utf16Prefix(s, in.opts.MaxStringLength)
			units = in.opts.MaxStringLength
			trailer = "... " + strconv.Itoa(remaining) + " more character" + plural(remaining)
		}
		if in.opts.Compact != CompactAll && units > 16 && units > in.opts.BreakLength-in.indentLvl-4 {
			lines := splitAfterNewlines(s)
			for i, l := range lines {
				lines[i] = in.stylize(strEscape(l), "string")
			}
			return strings.Join(lines, " +\n"+strings.Repeat(" ", in.indentLvl+2)) + trailer
		}
		return in.stylize(strEscape(s), "string") + trailer
	case v.IsNumber():
		if in.opts.NumericSeparator {
			return in.stylize(separatedNumber(rt, v.Float()), "number")
		}
		return in.stylize(formatNumber(rt, v.Float()), "number")
	case v.IsBigInt():
		if in.opts.NumericSeparator {
			return in.stylize(addNumericSeparator(rt.ToStringForDisplay(v))+"n", "bigint")
		}
		return in.stylize(rt.ToStringForDisplay(v)+"n", "bigint")
	case v.IsSymbol():
		return in.stylize(escapeControls(rt.ToStringForDisplay(v)), "symbol")
	case v.IsBool():
		return in.stylize(rt.ToStringForDisplay(v), "boolean")
	case v == vm.Null:
		return in.stylize("null", "null")
	case v == vm.Undefined:
		return in.stylize("undefined", "undefined")
	}
	return rt.ToStringForDisplay(v)
}

func formatNumber(rt *vm.Runtime, f float64) string {
	if f == 0 && math.Signbit(f) {
		return "-0"
	}
	return rt.ToStringForDisplay(vm.Float(f))
}

// separatedNumber is Node's formatNumber with numericSeparator: "_"
// every three digits, leftwards in the integer part and rightwards after
// the point (node splits the number's string at its "." even in exponent
// forms: 1.5e-7 is "1.5e-_7").
func separatedNumber(rt *vm.Runtime, f float64) string {
	s := formatNumber(rt, f)
	if f == 0 {
		s = "0" // node's String(-0) here
	}
	if f == math.Trunc(f) || f != f {
		if math.IsInf(f, 0) || f != f || strings.Contains(s, "e") {
			return s
		}
		return addNumericSeparator(s)
	}
	intPart, frac, _ := strings.Cut(s, ".")
	return addNumericSeparator(intPart) + "." + addNumericSeparatorEnd(frac)
}

func addNumericSeparator(s string) string {
	start := 0
	if strings.HasPrefix(s, "-") {
		start = 1
	}
	result := ""
	i := len(s)
	for ; i >= start+4; i -= 3 {
		result = "_" + s[i-3:i] + result
	}
	if i == len(s) {
		return s
	}
	return s[:i] + result
}

func addNumericSeparatorEnd(s string) string {
	result := ""
	i := 0
	for ; i < len(s)-3; i += 3 {
		result += s[i:i+3] + "_"
	}
	if i == 0 {
		return s
	}
	return result + s[i:]
}

func plural(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

// splitAfterNewlines splits s after every "\n" (Node's /(?<=\n)/).
func splitAfterNewlines(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 || i == len(s)-1 {
			return append(out, s)
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
}

// utf16Len is a WTF-8 string's length in UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := decodeWTF8(s[i:])
		i += size
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// utf16Prefix returns the first n code units of s (a surrogate pair cut in
// half keeps its high surrogate, as String.prototype.slice does).
func utf16Prefix(s string, n int) string {
	var b strings.Builder
	for i := 0; i < len(s) && n > 0; {
		r, size := decodeWTF8(s[i:])
		if r >= 0x10000 {
			if n == 1 {
				hi := 0xD800 + (r-0x10000)>>10
				b.WriteString(string([]byte{byte(0xE0 | hi>>12), byte(0x80 | (hi>>6)&0x3F), byte(0x80 | hi&0x3F)}))
				break
			}
			n -= 2
		} else {
			n--
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// decodeWTF8 decodes one code point, including the three-byte encodings
// of lone surrogates that vm.GoString produces.
func decodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// escapeFor is Node's meta table: how a code unit is escaped in a quoted
// string, or "" when it is kept.
func escapeFor(r rune, quote rune) string {
	switch {
	case r == quote:
		return `\` + string(quote)
	case r == '\\':
		return `\\`
	case r == '\b':
		return `\b`
	case r == '\t':
		return `\t`
	case r == '\n':
		return `\n`
	case r == '\f':
		return `\f`
	case r == '\r':
		return `\r`
	case r < 0x20 || (r >= 0x7F && r <= 0x9F):
		return `\x` + strings.ToUpper(hex2(int(r)))
	case r >= 0xD800 && r <= 0xDFFF:
		return `\u` + strconv.FormatInt(int64(r), 16)
	}
	return ""
}

func hex2(n int) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[n>>4&0xF], digits[n&0xF]})
}

// strEscape quotes a string as Node does: single quotes unless the string
// contains one, then double quotes, then backticks, escaping control
// characters, backslashes, the chosen quote and lone surrogates.
func strEscape(s string) string {
	quote := '\''
	if strings.ContainsRune(s, '\'') {
		if !strings.ContainsRune(s, '"') {
			quote = '"'
		} else if !strings.ContainsRune(s, '`') && !strings.Contains(s, "${") {
			quote = '`'
		}
	}
	q := string(quote)
	escQuote := rune(-1)
	if quote == '\'' {
		escQuote = '\''
	}
	var b strings.Builder
	b.WriteString(q)
	for i := 0; i < len(s); {
		r, size := decodeWTF8(s[i:])
		if e := escapeFor(r, escQuote); e != "" {
			b.WriteString(e)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	b.WriteString(q)
	return b.String()
}

// escapeControls escapes as strEscape does but without quoting (symbol
// descriptions, non-identifier hidden keys).
func escapeControls(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := decodeWTF8(s[i:])
		if e := escapeFor(r, '\''); e != "" {
			b.WriteString(e)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// ---------------------------------------------------------------------------
// Objects

// protoChainHas reports whether proto is on v's prototype chain.
func (in *inspector) protoChainHas(v, proto vm.Value) bool {
	if !proto.IsObject() {
		return false
	}
	found := false
	in.try(func() {
		for p := in.rt.PrototypeOf(v); p.IsObject(); p = in.rt.PrototypeOf(p) {
			if p == proto {
				found = true
				return
			}
		}
	})
	return found
}

// instanceOf is OrdinaryHasInstance (ECMA-262 §7.3.21) without running
// getters other than a "prototype" accessor; failures count as false.
func (in *inspector) instanceOf(v, ctor vm.Value) bool {
	var proto vm.Value
	if !in.try(func() { proto = in.rt.GetS(ctor, "prototype") }) {
		return false
	}
	return in.protoChainHas(v, proto)
}

// getConstructorName is Node's getConstructorName: the name of the first
// own "constructor" data property on the prototype chain whose value is a
// named function v is an instance of. ok is false for a null prototype.
func (in *inspector) getConstructorName(v vm.Value, info vm.ObjectInfo, recurseTimes int) (string, bool) {
	rt := in.rt
	obj := v
	var firstProto vm.Value
	first := true
	for obj.IsObject() {
		if p, ok := rt.GetOwnProperty(obj, rt.NewString("constructor")); ok && !p.Accessor && rt.IsCallable(p.Value) {
			name := ""
			in.try(func() { name = rt.ToStringForDisplay(rt.GetS(p.Value, "name")) })
			if name != "" && in.instanceOf(v, p.Value) {
				return name, true
			}
		}
		var next vm.Value = vm.Null
		in.try(func() { next = rt.PrototypeOf(obj) })
		obj = next
		if first {
			firstProto = obj
			first = false
		}
	}
	if firstProto == vm.Null {
		return "", false
	}
	res := rt.ConstructorName(v)
	if in.depthExceeded(recurseTimes) {
		return res + " <Complex prototype>", true
	}
	protoConstr, ok := in.getConstructorName(firstProto, rt.Describe(firstProto), recurseTimes+1)
	if !ok {
		sub := &inspector{n: in.n, rt: rt, opts: in.opts}
		sub.opts.Depth = -2
		sub.opts.CustomInspect = false
		return res + " <" + sub.formatRaw(firstProto, rt.Describe(firstProto), 0, false) + ">", true
	}
	return res + " <" + protoConstr + ">", true
}

// getPrefix is Node's getPrefix: "Foo ", "Foo [tag] ", "[Object: null
// prototype] ".
func getPrefix(constructor string, hasCtor bool, tag, fallback, size string) string {
	if !hasCtor {
		if tag != "" && fallback != tag {
			return "[" + fallback + size + ": null prototype] [" + tag + "] "
		}
		return "[" + fallback + size + ": null prototype] "
	}
	if tag != "" && constructor != tag {
		return constructor + size + " [" + tag + "] "
	}
	return constructor + size + " "
}

// prop is one entry formatProperty renders: an own property, or a
// synthetic one (Node's `{ value: value[key], enumerable: true }`).
type prop = vm.OwnProperty

// keyProp returns the own property key of v, or a synthetic enumerable one
// holding v[key].
func (in *inspector) keyProp(v vm.Value, key string) prop {
	rt := in.rt
	k := rt.NewString(key)
	if p, ok := rt.GetOwnProperty(v, k); ok {
		return p
	}
	val := vm.Undefined
	in.try(func() { val = rt.GetS(v, key) })
	rt.Keep(val)
	return prop{Key: k, Value: val, Getter: vm.Undefined, Setter: vm.Undefined, Enumerable: true}
}

func (in *inspector) getKeys(v vm.Value, skipIndexes bool) []prop {
	var keys []prop
	if exc := in.rt.Try(func() { keys = in.rt.OwnProperties(v, in.opts.ShowHidden, skipIndexes) }); exc != nil {
		panic(exc)
	}
	return keys
}

func hasKey(keys []prop, rt *vm.Runtime, name string) bool {
	for _, k := range keys {
		if k.Key.IsString() && rt.GoString(k.Key) == name {
			return true
		}
	}
	return false
}

// formatRaw is Node's formatRaw.
// maxInspectNesting is how many objects formatRaw shows one within
// another before it gives up as node does when V8's stack runs out.
const maxInspectNesting = 1000

func (in *inspector) formatRaw(v vm.Value, info vm.ObjectInfo, recurseTimes int, typedArray bool) string {
	rt := in.rt
	realm := rt.Realm()
	constructor, hasCtor := in.getConstructorName(v, info, recurseTimes)

	// The tag is shown unless it is an own (enumerable) property that the
	// keys list shows anyway.
	tag := ""
	in.try(func() {
		t := rt.Get(v, rt.WellKnownSymbol("toStringTag"))
		if !t.IsString() {
			return
		}
		tag = rt.GoString(t)
		if tag == "" {
			return
		}
		if p, ok := rt.GetOwnProperty(v, rt.WellKnownSymbol("toStringTag")); ok && (in.opts.ShowHidden || p.Enumerable) {
			tag = ""
		}
	})

	base := ""
	var keys []prop
	var formatter func(recurseTimes int) []string
	braces := [2]string{"{", "}"}
	extrasType := kObjectType
	empty := func(recurseTimes int) []string { return nil }
	formatter = empty

	isIterable := false
	in.try(func() {
		it := rt.WellKnownSymbol("iterator")
		for p := v; p.IsObject(); p = rt.PrototypeOf(p) {
			if _, ok := rt.GetOwnProperty(p, it); ok {
				isIterable = true
				return
			}
		}
	})
	noIterator := true
	if isIterable || !hasCtor {
		noIterator = false
		switch info.Kind {
		case vm.KindArray:
			length := in.lengthOf(v)
			prefix := ""
			if constructor != "Array" || tag != "" || !hasCtor {
				prefix = getPrefix(constructor, hasCtor, tag, "Array", "("+strconv.Itoa(length)+")")
			}
			keys = in.getKeys(v, true)
			braces = [2]string{prefix + "[", "]"}
			if length == 0 && len(keys) == 0 {
				return braces[0] + "]"
			}
			extrasType = kArrayExtrasType
			formatter = func(rt int) []string { return in.formatArray(v, length, rt) }
		case vm.KindSet, vm.KindMap:
			size := len(info.Entries)
			name := "Set"
			if info.Kind == vm.KindMap {
				size /= 2
				name = "Map"
			}
			prefix := getPrefix(constructor, hasCtor, tag, name, "("+strconv.Itoa(size)+")")
			keys = in.getKeys(v, false)
			if info.Kind == vm.KindMap {
				formatter = func(rt int) []string { return in.formatMap(info.Entries, rt) }
			} else {
				formatter = func(rt int) []string { return in.formatSet(info.Entries, rt) }
			}
			if size == 0 && len(keys) == 0 {
				return prefix + "{}"
			}
			braces = [2]string{prefix + "{", "}"}
		case vm.KindTypedArray:
			keys = in.getKeys(v, true)
			fallback := ""
			if !hasCtor {
				in.try(func() {
					if p, ok := rt.GetOwnProperty(realm.TypedArrayPrototype, rt.WellKnownSymbol("toStringTag")); ok && p.Accessor {
						fallback = rt.ToStringForDisplay(rt.Call(p.Getter, v))
					}
				})
			}
			size := in.typedLength(v)
			prefix := getPrefix(constructor, hasCtor, tag, fallback, "("+strconv.Itoa(size)+")")
			braces = [2]string{prefix + "[", "]"}
			if size == 0 && len(keys) == 0 && !in.opts.ShowHidden {
				return braces[0] + "]"
			}
			formatter = func(r int) []string { return in.formatTypedArray(v, size, r) }
			extrasType = kArrayExtrasType
		case vm.KindMapIterator, vm.KindSetIterator:
			keys = in.getKeys(v, false)
			typ := "Map"
			if info.Kind == vm.KindSetIterator {
				typ = "Set"
			}
			braces = getIteratorBraces(typ, tag)
			formatter = func(r int) []string { return in.formatIterator(info, &braces, r) }
		default:
			noIterator = true
		}
	}
	if noIterator {
		keys = in.getKeys(v, false)
		braces = [2]string{"{", "}"}
		isError := info.Kind == vm.KindError || in.protoChainHas(v, realm.ErrorPrototype)
		switch {
		case hasCtor && constructor == "Object" && info.Kind != vm.KindFunction && !isError &&
			info.Kind != vm.KindBoxed && info.Kind != vm.KindDate && info.Kind != vm.KindRegExp &&
			info.Kind != vm.KindPromise && info.Kind != vm.KindWeakMap && info.Kind != vm.KindWeakSet &&
			info.Kind != vm.KindArrayBuffer && info.Kind != vm.KindDataView:
			if info.Kind == vm.KindArguments {
				braces[0] = "[Arguments] {"
			} else if tag != "" {
				braces[0] = getPrefix(constructor, hasCtor, tag, "Object", "") + "{"
			}
			if len(keys) == 0 {
				return braces[0] + "}"
			}
		case info.Kind == vm.KindFunction:
			base = in.getFunctionBase(v, info, constructor, hasCtor, tag)
			if len(keys) == 0 {
				return in.stylize(base, "special")
			}
		case info.Kind == vm.KindRegExp:
			in.try(func() {
				base = "/" + rt.ToGoString(rt.GetS(v, "source")) + "/" + rt.ToGoString(rt.GetS(v, "flags"))
			})
			if prefix := getPrefix(constructor, hasCtor, tag, "RegExp", ""); prefix != "RegExp " {
				base = prefix + base
			}
			if len(keys) == 0 || in.depthExceeded(recurseTimes) {
				return in.stylize(base, "regexp")
			}
		case info.Kind == vm.KindDate:
			base = formatDate(info.Primitive)
			if prefix := getPrefix(constructor, hasCtor, tag, "Date", ""); prefix != "Date " {
				base = prefix + base
			}
			if len(keys) == 0 {
				return in.stylize(base, "date")
			}
		case isError:
			base = in.formatError(v, constructor, hasCtor, tag, &keys)
			if len(keys) == 0 {
				return base
			}
		case info.Kind == vm.KindArrayBuffer:
			arrayType := "ArrayBuffer"
			if in.protoChainHas(v, realm.SharedArrayBufferPrototype) {
				arrayType = "SharedArrayBuffer"
			}
			prefix := getPrefix(constructor, hasCtor, tag, arrayType, "")
			if !typedArray {
				formatter = func(int) []string { return in.formatArrayBuffer(v) }
			} else if len(keys) == 0 {
				return prefix + "{ byteLength: " + in.formatValue(in.keyProp(v, "byteLength").Value, 0, false) + " }"
			}
			braces[0] = prefix + "{"
			keys = append([]prop{in.keyProp(v, "byteLength")}, keys...)
		case info.Kind == vm.KindDataView:
			braces[0] = getPrefix(constructor, hasCtor, tag, "DataView", "") + "{"
			keys = append([]prop{in.keyProp(v, "byteLength"), in.keyProp(v, "byteOffset"), in.keyProp(v, "buffer")}, keys...)
		case info.Kind == vm.KindPromise:
			braces[0] = getPrefix(constructor, hasCtor, tag, "Promise", "") + "{"
			formatter = func(r int) []string { return in.formatPromise(v, r) }
		case info.Kind == vm.KindWeakSet:
			braces[0] = getPrefix(constructor, hasCtor, tag, "WeakSet", "") + "{"
			formatter = func(int) []string { return []string{in.stylize("<items unknown>", "special")} }
		case info.Kind == vm.KindWeakMap:
			braces[0] = getPrefix(constructor, hasCtor, tag, "WeakMap", "") + "{"
			formatter = func(int) []string { return []string{in.stylize("<items unknown>", "special")} }
		case info.Kind == vm.KindNamespace:
			braces[0] = getPrefix(constructor, hasCtor, tag, "Module", "") + "{"
		case info.Kind == vm.KindBoxed:
			base = in.getBoxedBase(info.Primitive, &keys, constructor, hasCtor, tag)
			if len(keys) == 0 {
				return base
			}
		default:
			if info.Kind == vm.KindArguments {
				braces[0] = "[Arguments] {"
				if len(keys) == 0 {
					return braces[0] + "}"
				}
				break
			}
			fallback := "Object"
			if !hasCtor {
				// V8's constructor-name lookup: the class that made the
				// object, else its @@toStringTag ("[A: null prototype] {}"),
				// unless that is the tag shown beside it.
				if name := rt.ConstructorName(v); name != tag {
					fallback = name
				}
			}
			if len(keys) == 0 {
				return getPrefix(constructor, hasCtor, tag, fallback, "") + "{}"
			}
			braces[0] = getPrefix(constructor, hasCtor, tag, fallback, "") + "{"
		}
	}

	if in.depthExceeded(recurseTimes) {
		name := getPrefix(constructor, hasCtor, tag, "Object", "")
		name = name[:len(name)-1]
		if hasCtor {
			name = "[" + name + "]"
		}
		return in.stylize(name, "special")
	}
	if len(in.seen) >= maxInspectNesting {
		// Node catches V8's stack overflow at the level it happens
		// (handleMaxCallStackSize), some 850–1000 levels down with
		// depth: Infinity; this recursion is in Go, whose overflow is
		// fatal, so it stops at a fixed nesting with node's text.
		name := getPrefix(constructor, hasCtor, tag, "Object", "")
		return in.stylize("["+name[:len(name)-1]+": Inspection interrupted prematurely. Maximum call stack size exceeded.]", "special")
	}
	recurseTimes++
	in.seen = append(in.seen, v)
	in.currentDepth = recurseTimes
	output := formatter(recurseTimes)
	for _, k := range keys {
		output = append(output, in.formatProperty(v, recurseTimes, k, extrasType))
	}
	if idx, ok := in.circular[v]; ok {
		ref := in.stylize("<ref *"+strconv.Itoa(idx)+">", "special")
		if in.opts.Compact != CompactAll {
			if base == "" {
				base = ref
			} else {
				base = ref + " " + base
			}
		} else {
			braces[0] = ref + " " + braces[0]
		}
	}
	in.seen = in.seen[:len(in.seen)-1]

	if in.opts.Sorted {
		if extrasType == kObjectType {
			sort.Strings(output)
		} else if len(keys) > 1 {
			sort.Strings(output[len(output)-len(keys):])
		}
	}
	return in.reduceToSingleString(output, base, braces, extrasType, recurseTimes, v)
}

func (in *inspector) lengthOf(v vm.Value) int {
	n := 0
	in.try(func() {
		if l, ok := in.rt.GetOwnDataValue(v, in.rt.NewString("length")); ok && l.IsNumber() {
			n = int(l.Float())
		}
	})
	return n
}

func (in *inspector) typedLength(v vm.Value) int {
	n := 0
	in.try(func() { n = int(in.rt.ToNumber(in.rt.GetS(v, "length"))) })
	return n
}

func getIteratorBraces(typ, tag string) [2]string {
	if tag != typ+" Iterator" {
		if tag != "" {
			tag += "] ["
		}
		tag += typ + " Iterator"
	}
	return [2]string{"[" + tag + "] {", "}"}
}

// getFunctionBase is Node's getFunctionBase / getClassBase.
func (in *inspector) getFunctionBase(v vm.Value, info vm.ObjectInfo, constructor string, hasCtor bool, tag string) string {
	rt := in.rt
	if info.Class {
		name := ""
		if _, ok := rt.GetOwnProperty(v, rt.NewString("name")); ok {
			in.try(func() { name = rt.ToStringForDisplay(rt.GetS(v, "name")) })
		}
		if name == "" {
			name = "(anonymous)"
		}
		b := "class " + name
		if constructor != "Function" && hasCtor {
			b += " [" + constructor + "]"
		}
		if tag != "" && constructor != tag {
			b += " [" + tag + "]"
		}
		if hasCtor {
			super := ""
			in.try(func() { super = rt.ToStringForDisplay(rt.GetS(rt.PrototypeOf(v), "name")) })
			if super != "" {
				b += " extends " + super
			}
		} else {
			b += " extends [null prototype]"
		}
		return "[" + b + "]"
	}
	typ := "Function"
	if info.Generator {
		typ = "Generator" + typ
	}
	if info.Async {
		typ = "Async" + typ
	}
	b := "[" + typ
	if !hasCtor {
		b += " (null prototype)"
	}
	name := ""
	in.try(func() { name = rt.ToStringForDisplay(rt.GetS(v, "name")) })
	if name == "" {
		b += " (anonymous)"
	} else {
		b += ": " + name
	}
	b += "]"
	if constructor != typ && hasCtor {
		b += " " + constructor
	}
	if tag != "" && constructor != tag {
		b += " [" + tag + "]"
	}
	return b
}

// getBoxedBase is Node's getBoxedBase: "[Number: 3]", "[String (Foo): 'x']".
func (in *inspector) getBoxedBase(prim vm.Value, keys *[]prop, constructor string, hasCtor bool, tag string) string {
	var typ string
	switch {
	case prim.IsNumber():
		typ = "Number"
	case prim.IsString():
		typ = "String"
		// The index keys of a String wrapper repeat its value.
		n := utf16Len(in.rt.GoString(prim))
		k := *keys
		i := 0
		for i < len(k) && i < n && k[i].Index {
			i++
		}
		*keys = k[i:]
	case prim.IsBool():
		typ = "Boolean"
	case prim.IsBigInt():
		typ = "BigInt"
	default:
		typ = "Symbol"
	}
	b := "[" + typ
	if typ != constructor {
		if !hasCtor {
			b += " (null prototype)"
		} else {
			b += " (" + constructor + ")"
		}
	}
	sub := &inspector{n: in.n, rt: in.rt, opts: in.opts}
	sub.opts.Compact = CompactAll
	sub.opts.Colors = false
	b += ": " + sub.formatPrimitive(prim) + "]"
	if tag != "" && tag != constructor {
		b += " [" + tag + "]"
	}
	if len(*keys) == 0 {
		return in.stylize(b, strings.ToLower(typ))
	}
	return b
}

// formatDate renders a time value as Date.prototype.toISOString, or
// "Invalid Date".
func formatDate(tv vm.Value) string {
	f := tv.Float()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "Invalid Date"
	}
	t := time.UnixMilli(int64(f)).UTC()
	y := t.Year()
	var ys string
	switch {
	case y >= 0 && y <= 9999:
		ys = pad(y, 4)
	case y < 0:
		ys = "-" + pad(-y, 6)
	default:
		ys = "+" + pad(y, 6)
	}
	return ys + "-" + pad(int(t.Month()), 2) + "-" + pad(t.Day(), 2) + "T" + pad(t.Hour(), 2) + ":" +
		pad(t.Minute(), 2) + ":" + pad(t.Second(), 2) + "." + pad(t.Nanosecond()/1e6, 3) + "Z"
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// ---------------------------------------------------------------------------
// Entry formatters

func remainingText(n int) string { return "... " + strconv.Itoa(n) + " more item" + plural(n) }

// formatArray is Node's formatArray with formatSpecialArray folded in:
// holes collapse into "<N empty items>".
func (in *inspector) formatArray(v vm.Value, length, recurseTimes int) []string {
	rt := in.rt
	maxLength := min(max(0, in.opts.MaxArrayLength), length)
	var output []string
	i := 0
	for ; i < length && len(output) < maxLength; i++ {
		p, ok := rt.GetOwnProperty(v, vm.Int(i))
		if !ok {
			// Count the run of holes up to the next present index.
			j := i + 1
			for j < length {
				if _, ok := rt.GetOwnProperty(v, vm.Int(j)); ok {
					break
				}
				j++
			}
			output = append(output, in.stylize("<"+strconv.Itoa(j-i)+" empty item"+plural(j-i)+">", "undefined"))
			i = j - 1
			continue
		}
		output = append(output, in.formatProperty(v, recurseTimes, p, kArrayType))
	}
	if remaining := length - i; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

func (in *inspector) formatTypedArray(v vm.Value, length, recurseTimes int) []string {
	rt := in.rt
	maxLength := min(max(0, in.opts.MaxArrayLength), length)
	output := make([]string, 0, maxLength+1)
	for i := 0; i < maxLength; i++ {
		var e vm.Value = vm.Undefined
		in.try(func() { e = rt.Get(v, rt.ToPropertyKey(vm.Int(i))) })
		output = append(output, in.formatPrimitive(e))
	}
	if remaining := length - maxLength; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	if in.opts.ShowHidden {
		in.indentLvl += 2
		for _, key := range []string{"BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"} {
			var e vm.Value = vm.Undefined
			in.try(func() { e = rt.GetS(v, key) })
			output = append(output, "["+key+"]: "+in.formatValue(e, recurseTimes, true))
		}
		in.indentLvl -= 2
	}
	return output
}

func (in *inspector) formatSet(entries []vm.Value, recurseTimes int) []string {
	maxLength := min(max(0, in.opts.MaxArrayLength), len(entries))
	var output []string
	in.indentLvl += 2
	for _, e := range entries[:maxLength] {
		output = append(output, in.formatValue(e, recurseTimes, false))
	}
	if remaining := len(entries) - maxLength; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	in.indentLvl -= 2
	return output
}

func (in *inspector) formatMap(entries []vm.Value, recurseTimes int) []string {
	size := len(entries) / 2
	maxLength := min(max(0, in.opts.MaxArrayLength), size)
	var output []string
	in.indentLvl += 2
	for i := 0; i < maxLength; i++ {
		output = append(output, in.formatValue(entries[2*i], recurseTimes, false)+" => "+
			in.formatValue(entries[2*i+1], recurseTimes, false))
	}
	if remaining := size - maxLength; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	in.indentLvl -= 2
	return output
}

// formatIterator previews what a Map or Set iterator has left; entries
// iterators show [key, value] pairs under "[Map Entries]".
func (in *inspector) formatIterator(info vm.ObjectInfo, braces *[2]string, recurseTimes int) []string {
	if !info.Pairs {
		return in.formatSet(info.Entries, recurseTimes)
	}
	braces[0] = strings.Replace(braces[0], " Iterator] {", " Entries] {", 1)
	size := len(info.Entries) / 2
	maxLength := min(max(0, in.opts.MaxArrayLength), size)
	var output []string
	in.indentLvl += 2
	for i := 0; i < maxLength; i++ {
		res := []string{in.formatValue(info.Entries[2*i], recurseTimes, false),
			in.formatValue(info.Entries[2*i+1], recurseTimes, false)}
		output = append(output, in.reduceToSingleString(res, "", [2]string{"[", "]"}, kArrayExtrasType, recurseTimes, vm.Undefined))
	}
	in.indentLvl -= 2
	if remaining := size - maxLength; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

func (in *inspector) formatPromise(v vm.Value, recurseTimes int) []string {
	state, result := in.rt.PromiseState(v)
	if state == "pending" {
		return []string{in.stylize("<pending>", "special")}
	}
	in.indentLvl += 2
	s := in.formatValue(result, recurseTimes, false)
	in.indentLvl -= 2
	if state == "rejected" {
		return []string{in.stylize("<rejected>", "special") + " " + s}
	}
	return []string{s}
}

// formatArrayBuffer shows the bytes through a Uint8Array view, as Node does.
func (in *inspector) formatArrayBuffer(v vm.Value) []string {
	rt := in.rt
	var ctor vm.Value = vm.Undefined
	for _, c := range rt.Realm().TypedArrayCtors {
		if c.IsObject() && rt.FunctionName(c) == "Uint8Array" {
			ctor = c
		}
	}
	var bytes []byte
	if ctor == vm.Undefined || rt.Try(func() {
		view := rt.Construct(ctor, v)
		n := int(rt.ToNumber(rt.GetS(view, "length")))
		for i := 0; i < n && i < in.opts.MaxArrayLength; i++ {
			bytes = append(bytes, byte(rt.ToNumber(rt.Get(view, rt.ToPropertyKey(vm.Int(i))))))
		}
		if n > in.opts.MaxArrayLength {
			bytes = append(bytes, make([]byte, n-in.opts.MaxArrayLength)...)
		}
	}) != nil {
		return []string{in.stylize("(detached)", "special")}
	}
	shown := min(len(bytes), in.opts.MaxArrayLength)
	parts := make([]string, shown)
	for i := range parts {
		parts[i] = hex2(int(bytes[i]))
	}
	str := strings.Join(parts, " ")
	if remaining := len(bytes) - in.opts.MaxArrayLength; remaining > 0 {
		str += " ... " + strconv.Itoa(remaining) + " more byte" + plural(remaining)
	}
	return []string{in.stylize("[Uint8Contents]", "special") + ": <" + str + ">"}
}

// ---------------------------------------------------------------------------
// Errors

// formatError is Node's formatError: the stack (or "[Name: message]" when it
// has no frames), with the name/constructor reconciled, own keys that repeat
// the stack removed and cause/errors added.
func (in *inspector) formatError(v vm.Value, constructor string, hasCtor bool, tag string, keys *[]prop) string {
	rt := in.rt
	name := "Error"
	var message string
	var hasMessage bool
	in.try(func() {
		if nv := rt.GetS(v, "name"); !nv.IsNullish() {
			name = rt.ToStringForDisplay(nv)
		}
	})
	in.try(func() {
		m := rt.GetS(v, "message")
		hasMessage = rt.ToBoolean(m)
		if hasMessage {
			message = rt.ToStringForDisplay(m)
		}
	})
	stack := in.getStackString(v)

	// removeDuplicateErrorKeys
	if !in.opts.ShowHidden && len(*keys) != 0 {
		for _, dup := range []string{"name", "message", "stack"} {
			for i, k := range *keys {
				if !k.Key.IsString() || rt.GoString(k.Key) != dup {
					continue
				}
				val := ""
				in.try(func() { val = rt.ToStringForDisplay(rt.GetS(v, dup)) })
				if strings.Contains(stack, val) {
					*keys = append((*keys)[:i:i], (*keys)[i+1:]...)
				}
				break
			}
		}
	}
	hasCause := false
	in.try(func() {
		k := rt.NewString("cause")
		for p := v; p.IsObject(); p = rt.PrototypeOf(p) {
			if _, ok := rt.GetOwnProperty(p, k); ok {
				hasCause = true
				return
			}
		}
	})
	if hasCause && !hasKey(*keys, rt, "cause") {
		*keys = append(*keys, in.keyProp(v, "cause"))
	}
	isArr := false
	in.try(func() { isArr = rt.IsArray(rt.GetS(v, "errors")) })
	if isArr && !hasKey(*keys, rt, "errors") {
		*keys = append(*keys, in.keyProp(v, "errors"))
	}

	stack = improveStack(stack, constructor, hasCtor, name, tag)

	pos := -1
	if hasMessage {
		if p := strings.Index(stack, message); p > 0 {
			pos = p + len(message)
		}
	}
	from := max(pos, 0)
	stackStart := strings.Index(stack[from:], "\n    at")
	if stackStart >= 0 {
		stackStart += from
	}
	switch {
	case stackStart >= 0:
		frames := in.getStackFrames(v, stack[stackStart+1:])
		if in.opts.Colors {
			in.colorFrames(frames)
		}
		stack = stack[:stackStart] + "\n" + strings.Join(frames, "\n")
	case v != in.opts.framed:
		stack = "[" + stack + "]"
	}
	if in.indentLvl != 0 {
		stack = strings.ReplaceAll(stack, "\n", "\n"+strings.Repeat(" ", in.indentLvl))
	}
	return stack
}

// colorFrames highlights the program's own frames as node's inspector does
// when colouring: a built-in module's frame is grey, a package's name under
// node_modules underlined, and the working directory's part of a path grey,
// so that the file names of the program stand out.
func (in *inspector) colorFrames(frames []string) {
	cwd, _ := os.Getwd()
	for i, line := range frames {
		if coreFrame(line) {
			frames[i] = in.stylize(line, "undefined")
			continue
		}
		line = in.markNodeModules(line)
		if cwd != "" {
			marked := in.markCwd(line, cwd)
			if marked == line {
				marked = in.markCwd(line, (&url.URL{Scheme: "file", Path: cwd}).String())
			}
			line = marked
		}
		frames[i] = line
	}
}

// coreFrame reports whether a stack line is a frame of a built-in module:
// "    at f (node:events:10:3)" or "    at node:net:5:1".
func coreFrame(line string) bool {
	rest, ok := strings.CutPrefix(line, "    at ")
	if !ok {
		return false
	}
	if i := strings.Index(rest, " ("); i >= 0 && !strings.ContainsAny(rest[:i], "/\\(") {
		rest, ok = strings.CutSuffix(rest[i+2:], ")")
		if !ok {
			return false
		}
	}
	name, ok := strings.CutPrefix(rest, "node:")
	if !ok {
		return false
	}
	// name:line:column
	for range 2 {
		j := strings.LastIndexByte(name, ':')
		if j < 0 || j == len(name)-1 || strings.Trim(name[j+1:], "0123456789") != "" {
			return false
		}
		name = name[:j]
	}
	return name != ""
}

// markNodeModules underlines each package name that follows a
// node_modules folder in line.
func (in *inspector) markNodeModules(line string) string {
	var b strings.Builder
	pos := 0
	for i := 0; i+len("/node_modules/") <= len(line); i++ {
		seg := line[i : i+len("/node_modules/")]
		if !isSlash(seg[0]) || seg[1:13] != "node_modules" || !isSlash(seg[13]) {
			continue
		}
		start := i + len("/node_modules/")
		end := start + 1
		for end < len(line) && !isSlash(line[end]) {
			end++
		}
		if line[start] == '@' && end < len(line) {
			// A scoped package's name is two folders.
			for end++; end < len(line) && !isSlash(line[end]); end++ {
			}
		}
		if end >= len(line) || start >= len(line) {
			break
		}
		b.WriteString(line[pos:start])
		b.WriteString(in.stylize(line[start:end], "module"))
		pos = end
		i = end - 1
	}
	if pos == 0 {
		return line
	}
	return b.String() + line[pos:]
}

func isSlash(c byte) bool { return c == '/' || c == '\\' }

// markCwd greys the working directory's part of a frame's location, with
// the parentheses around the location.
func (in *inspector) markCwd(line, cwd string) string {
	at := strings.Index(line, cwd)
	if at < 0 {
		return line
	}
	n := len(cwd)
	if at >= 7 && line[at-7:at] == "file://" {
		at -= 7
		n += 7
	}
	start := at
	if at > 0 && line[at-1] == '(' {
		start = at - 1
	}
	end := len(line)
	closing := start != at && strings.HasSuffix(line, ")")
	if closing {
		end = len(line) - 1
	}
	cwdEnd := min(at+n+1, len(line))
	out := line[:start] + in.stylize(line[start:cwdEnd], "undefined") + line[min(cwdEnd, end):end]
	if closing {
		out += in.stylize(")", "undefined")
	}
	return out
}

// getStackString is err.stack when truthy, else Error.prototype.toString.
func (in *inspector) getStackString(v vm.Value) string {
	rt := in.rt
	s := ""
	ok := in.try(func() {
		st := rt.GetS(v, "stack")
		if rt.ToBoolean(st) {
			s = rt.ToStringForDisplay(st)
		} else {
			s = rt.ErrorHeader(v)
		}
	})
	if !ok {
		return "Error"
	}
	return s
}

// getStackFrames drops the frames an error shares with its cause's stack.
func (in *inspector) getStackFrames(v vm.Value, stack string) []string {
	rt := in.rt
	frames := strings.Split(stack, "\n")
	var cause vm.Value = vm.Undefined
	in.try(func() { cause = rt.GetS(v, "cause") })
	if !cause.IsObject() || !(rt.IsError(cause) || in.protoChainHas(cause, rt.Realm().ErrorPrototype)) {
		return frames
	}
	causeStack := in.getStackString(cause)
	start := strings.Index(causeStack, "\n    at")
	if start == -1 {
		return frames
	}
	causeFrames := strings.Split(causeStack[start+1:], "\n")
	length, offset := identicalSequenceRange(frames, causeFrames)
	if length > 0 {
		skipped := length - 2
		msg := "    ... " + strconv.Itoa(skipped) + " lines matching cause stack trace ..."
		out := append([]string{}, frames[:offset+1]...)
		out = append(out, msg)
		frames = append(out, frames[offset+1+skipped:]...)
	}
	return frames
}

// identicalSequenceRange finds the longest run (more than 3) of a's lines
// that also appears in b.
func identicalSequenceRange(a, b []string) (int, int) {
	for i := 0; i < len(a)-3; i++ {
		pos := -1
		for j, s := range b {
			if s == a[i] {
				pos = j
				break
			}
		}
		if pos == -1 {
			continue
		}
		rest := len(b) - pos
		if rest > 3 {
			l := 1
			maxLen := min(len(a)-i, rest)
			for maxLen > l && a[i+l] == b[pos+l] {
				l++
			}
			if l > 3 {
				return l, i
			}
		}
	}
	return 0, 0
}

// improveStack makes the first line of a normal-looking stack name the
// error's constructor when it differs from err.name.
func improveStack(stack, constructor string, hasCtor bool, name, tag string) string {
	l := len(name)
	if hasCtor && !(strings.HasSuffix(name, "Error") && strings.HasPrefix(stack, name) &&
		(len(stack) == l || stack[l] == ':' || stack[l] == '\n')) {
		return stack
	}
	fallback := "Error"
	if !hasCtor {
		fallback = nullProtoErrorName(stack)
		l = len(fallback)
		if fallback == "" {
			fallback = "Error"
		}
	}
	prototype := getPrefix(constructor, hasCtor, tag, fallback, "")
	prototype = prototype[:len(prototype)-1]
	if name == prototype {
		return stack
	}
	if strings.Contains(prototype, name) {
		if l == 0 {
			return prototype + ": " + stack
		}
		return prototype + stack[l:]
	}
	return prototype + " [" + name + "]" + stack[l:]
}

// nullProtoErrorName is the error name at the start of a stack, for errors
// whose prototype chain names no constructor.
func nullProtoErrorName(stack string) string {
	end := 0
	for end < len(stack) {
		c := stack[end]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || strings.IndexByte("_ []()-", c) >= 0 {
			end++
			continue
		}
		break
	}
	if end >= 2 && stack[0] >= 'A' && stack[0] <= 'Z' {
		rest := stack[end:]
		if strings.HasPrefix(rest, ":") || strings.HasPrefix(strings.TrimLeft(rest, "\n \t"), "at") && strings.HasPrefix(rest, "\n") {
			return stack[:end]
		}
	}
	if end == len(stack) && strings.HasSuffix(stack, "Error") && !strings.ContainsAny(stack, " []()") {
		return stack
	}
	return ""
}

// ---------------------------------------------------------------------------
// Properties and layout

// formatProperty is Node's formatProperty: "key: value", or the value alone
// for array entries.
func (in *inspector) formatProperty(v vm.Value, recurseTimes int, p prop, typ int) string {
	rt := in.rt
	var str string
	extra := " "
	switch {
	case !p.Accessor && p.Value != vm.Undefined:
		diff := 2
		if in.opts.Compact == CompactAll && typ == kObjectType {
			diff = 3
		}
		in.indentLvl += diff
		str = in.formatValue(p.Value, recurseTimes, false)
		if diff == 3 && in.opts.BreakLength < in.displayWidth(str) {
			extra = "\n" + strings.Repeat(" ", in.indentLvl)
		}
		in.indentLvl -= diff
	case p.Accessor && p.Getter != vm.Undefined:
		label := "Getter"
		if p.Setter != vm.Undefined {
			label = "Getter/Setter"
		}
		if in.opts.Getters && (in.opts.GettersOnly == "" || (in.opts.GettersOnly == "get") == (p.Setter == vm.Undefined)) {
			var tmp vm.Value
			if exc := rt.Try(func() { tmp = rt.Call(p.Getter, v); rt.Keep(tmp) }); exc != nil {
				msg := ""
				in.try(func() { msg = rt.ToStringForDisplay(rt.GetS(exc.Value, "message")) })
				str = in.stylize("["+label+":", "special") + " <Inspection threw (" + msg + ")>" + in.stylize("]", "special")
			} else {
				in.indentLvl += 2
				switch {
				case tmp.IsObject():
					str = in.stylize("["+label+"]", "special") + " " + in.formatValue(tmp, recurseTimes, false)
				default:
					str = in.stylize("["+label+":", "special") + " " + in.formatPrimitive(tmp) + in.stylize("]", "special")
				}
				in.indentLvl -= 2
			}
		} else {
			str = in.stylize("["+label+"]", "special")
		}
	case p.Accessor && p.Setter != vm.Undefined:
		str = in.stylize("[Setter]", "special")
	default:
		str = in.stylize("undefined", "undefined")
	}
	if typ == kArrayType {
		return str
	}
	var name string
	switch {
	case p.Key.IsSymbol():
		name = "[" + in.stylize(escapeControls(rt.KeyString(p.Key)), "symbol") + "]"
	case rt.GoString(p.Key) == "__proto__":
		name = "['__proto__']"
	case !p.Enumerable:
		name = "[" + escapeControls(rt.GoString(p.Key)) + "]"
	case isIdentifierKey(rt.GoString(p.Key)):
		name = rt.GoString(p.Key)
	default:
		name = in.stylize(strEscape(rt.GoString(p.Key)), "string")
	}
	return name + ":" + extra + str
}

// isIdentifierKey is Node's keyStrRegExp, /^[a-zA-Z_][a-zA-Z_0-9]*$/.
func isIdentifierKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9' {
			continue
		}
		return false
	}
	return true
}

// reduceToSingleString is Node's reduceToSingleString: one line when the
// entries fit (see the file comment), else one entry per line, with large
// arrays grouped into aligned columns first.
func (in *inspector) reduceToSingleString(output []string, base string, braces [2]string, extrasType, recurseTimes int, value vm.Value) string {
	if in.opts.Compact != CompactAll {
		if in.opts.Compact >= 1 {
			entries := len(output)
			if extrasType == kArrayExtrasType && entries > 6 {
				output = in.groupArrayElements(output, value)
			}
			if in.currentDepth-recurseTimes < in.opts.Compact && entries == len(output) {
				start := len(output) + in.indentLvl + utf16Len(braces[0]) + utf16Len(base) + 10
				if in.isBelowBreakLength(output, start, base) {
					joined := strings.Join(output, ", ")
					if !strings.Contains(joined, "\n") {
						if base != "" {
							base += " "
						}
						return base + braces[0] + " " + joined + " " + braces[1]
					}
				}
			}
		}
		indentation := "\n" + strings.Repeat(" ", in.indentLvl)
		if base != "" {
			base += " "
		}
		return base + braces[0] + indentation + "  " + strings.Join(output, ","+indentation+"  ") + indentation + braces[1]
	}
	if in.isBelowBreakLength(output, 0, base) {
		b := ""
		if base != "" {
			b = " " + base
		}
		return braces[0] + b + " " + strings.Join(output, ", ") + " " + braces[1]
	}
	indentation := "\n" + strings.Repeat(" ", in.indentLvl)
	ln := " "
	if base != "" || utf16Len(braces[0]) != 1 {
		ln = indentation + "  "
		if base != "" {
			ln = " " + base + ln
		}
	}
	return braces[0] + ln + strings.Join(output, ","+indentation) + " " + braces[1]
}

func (in *inspector) isBelowBreakLength(output []string, start int, base string) bool {
	total := len(output) + start
	if total+len(output) > in.opts.BreakLength {
		return false
	}
	for _, o := range output {
		total += in.visibleLen(o)
		if total > in.opts.BreakLength {
			return false
		}
	}
	return base == "" || !strings.Contains(base, "\n")
}

// groupArrayElements is Node's groupArrayElements: lays many short array
// entries out in columns (numbers right-aligned, the rest left-aligned).
func (in *inspector) groupArrayElements(output []string, value vm.Value) []string {
	rt := in.rt
	totalLength := 0
	maxLength := 0
	outputLength := len(output)
	if in.opts.MaxArrayLength < len(output) {
		// The "... more items" entry is not laid out.
		outputLength--
	}
	const separatorSpace = 2
	dataLen := make([]int, outputLength)
	for i := 0; i < outputLength; i++ {
		l := in.displayWidth(output[i])
		dataLen[i] = l
		totalLength += l + separatorSpace
		if maxLength < l {
			maxLength = l
		}
	}
	actualMax := maxLength + separatorSpace
	if actualMax*3+in.indentLvl < in.opts.BreakLength &&
		(float64(totalLength)/float64(actualMax) > 5 || maxLength <= 6) {
		const approxCharHeights = 2.5
		averageBias := math.Sqrt(float64(actualMax) - float64(totalLength)/float64(len(output)))
		biasedMax := math.Max(float64(actualMax)-3-averageBias, 1)
		columns := min(
			int(math.Round(math.Sqrt(approxCharHeights*biasedMax*float64(outputLength))/biasedMax)),
			(in.opts.BreakLength-in.indentLvl)/actualMax,
			in.opts.Compact*4,
			15,
		)
		if columns <= 1 {
			return output
		}
		var tmp []string
		var maxLineLength []int
		for i := 0; i < columns; i++ {
			lineLength := 0
			for j := i; j < outputLength; j += columns {
				if dataLen[j] > lineLength {
					lineLength = dataLen[j]
				}
			}
			maxLineLength = append(maxLineLength, lineLength+separatorSpace)
		}
		padStart := true
		if value != vm.Undefined {
			in.try(func() {
				for i := 0; i < len(output); i++ {
					e := rt.Get(value, rt.ToPropertyKey(vm.Int(i)))
					if !e.IsNumber() && !e.IsBigInt() {
						padStart = false
						return
					}
				}
			})
		}
		for i := 0; i < outputLength; i += columns {
			maxI := min(i+columns, outputLength)
			var b strings.Builder
			j := i
			for ; j < maxI-1; j++ {
				padding := maxLineLength[j-i] + utf16Len(output[j]) - dataLen[j]
				b.WriteString(padTo(output[j]+", ", padding, padStart))
			}
			if padStart {
				padding := maxLineLength[j-i] + utf16Len(output[j]) - dataLen[j] - separatorSpace
				b.WriteString(padTo(output[j], padding, true))
			} else {
				b.WriteString(output[j])
			}
			tmp = append(tmp, b.String())
		}
		if in.opts.MaxArrayLength < len(output) {
			tmp = append(tmp, output[outputLength])
		}
		output = tmp
	}
	return output
}

func padTo(s string, width int, start bool) string {
	n := width - utf16Len(s)
	if n <= 0 {
		return s
	}
	if start {
		return strings.Repeat(" ", n) + s
	}
	return s + strings.Repeat(" ", n)
}

// displayWidth approximates Node's getStringWidth: East Asian wide and
// emoji code points take two columns, combining marks none.
func displayWidth(s string) int {
	w := 0
	for i := 0; i < len(s); {
		r, size := decodeWTF8(s[i:])
		i += size
		switch {
		case r < 0x20 || r >= 0x7F && r < 0xA0:
		case r >= 0x300 && r <= 0x36F, r >= 0x200B && r <= 0x200F, r >= 0xFE00 && r <= 0xFE0F:
		case isWide(r):
			w += 2
		default:
			w++
		}
	}
	return w
}

func isWide(r rune) bool {
	return r >= 0x1100 && r <= 0x115F || r >= 0x2E80 && r <= 0x303E || r >= 0x3041 && r <= 0x33FF ||
		r >= 0x3400 && r <= 0x4DBF || r >= 0x4E00 && r <= 0x9FFF || r >= 0xA000 && r <= 0xA4CF ||
		r >= 0xAC00 && r <= 0xD7A3 || r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE4F ||
		r >= 0xFF00 && r <= 0xFF60 || r >= 0xFFE0 && r <= 0xFFE6 || r >= 0x1F300 && r <= 0x1F64F ||
		r >= 0x1F900 && r <= 0x1F9FF || r >= 0x20000 && r <= 0x3FFFD
}
