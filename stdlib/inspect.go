package stdlib

import (
	"strconv"
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// inspectOptions are util.inspect's options that Kiln honours.
type inspectOptions struct {
	depth int
}

// inspect formats a value as util.inspect does. This first version covers
// primitives, arrays and plain objects; the full formatter replaces it.
func (n *Node) inspect(v vm.Value, opts inspectOptions) string {
	return n.inspectValue(v, opts.depth, nil, false)
}

func (n *Node) inspectErrorExtras(v vm.Value) string { return "" }

func (n *Node) inspectValue(v vm.Value, depth int, seen []vm.Value, nested bool) string {
	rt := n.VM
	switch {
	case v.IsString():
		if nested {
			return quoteJS(rt.GoString(v))
		}
		return rt.GoString(v)
	case v.IsObject():
		for _, s := range seen {
			if s == v {
				return "[Circular *1]"
			}
		}
		if rt.IsCallable(v) {
			name := rt.ToStringForDisplay(rt.GetS(v, "name"))
			if name == "" {
				return "[Function (anonymous)]"
			}
			return "[Function: " + name + "]"
		}
		if rt.IsError(v) {
			return rt.ToStringForDisplay(rt.GetS(v, "stack"))
		}
		seen = append(seen, v)
		if rt.IsArray(v) {
			if depth < 0 {
				return "[Array]"
			}
			vals := rt.ArrayValues(v)
			parts := make([]string, len(vals))
			for i, e := range vals {
				parts[i] = n.inspectValue(e, depth-1, seen, true)
			}
			return "[ " + strings.Join(parts, ", ") + " ]"
		}
		if depth < 0 {
			return "[Object]"
		}
		keys := rt.EnumerableOwnKeys(v)
		if len(keys) == 0 {
			return "{}"
		}
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = rt.GoString(k) + ": " + n.inspectValue(rt.Get(v, rt.ToPropertyKey(k)), depth-1, seen, true)
		}
		return "{ " + strings.Join(parts, ", ") + " }"
	}
	return rt.ToStringForDisplay(v)
}

func quoteJS(s string) string {
	q := strconv.Quote(s)
	q = q[1 : len(q)-1]
	q = strings.ReplaceAll(q, `\"`, `"`)
	q = strings.ReplaceAll(q, `'`, `\'`)
	return "'" + q + "'"
}
