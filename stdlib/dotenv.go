package stdlib

import (
	"sort"
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// parseDotenv reads a .env file's text the way node 20 does for
// util.parseEnv, process.loadEnvFile and --env-file. Its grammar is
// node's, quirks included, because programs move between the two:
//   - carriage returns are dropped everywhere, and "trimming" removes
//     spaces only (a tab stays part of a key or value);
//   - a line starting with '#' or an empty line is skipped, but a key runs
//     from where the last value ended to the next '=', newlines included;
//   - "export " in front of a key is dropped; an empty key ends parsing;
//   - a value in '...', "..." or `...` runs to the next same quote, over
//     newlines, and only "..." turns \n into a newline; what follows the
//     closing quote on its line is ignored. A quote never closed takes the
//     rest of its line as the value, quote included, or ends parsing on the
//     last line;
//   - an unquoted value ends at the line's end or at '#'.
//
// Pairs come back sorted by key, the order node's parser stores them in;
// a later pair with the same key wins.
func parseDotenv(text string) (keys []string, values map[string]string) {
	values = map[string]string{}
	trim := func(s string) string { return strings.Trim(s, " ") }
	rest := trim(strings.ReplaceAll(text, "\r", ""))
	for rest != "" {
		if rest[0] == '\n' || rest[0] == '#' {
			if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
				rest = rest[nl+1:]
				continue
			}
		}
		eq := strings.IndexByte(rest, '=')
		if eq < 0 {
			break
		}
		key := trim(rest[:eq])
		rest = strings.TrimLeft(rest[eq+1:], " ")
		key = strings.TrimPrefix(key, "export ")
		if key == "" {
			break
		}
		if rest == "" {
			values[key] = ""
			break
		}
		if q := rest[0]; q == '"' || q == '\'' || q == '`' {
			end := strings.IndexByte(rest[1:], q)
			if end < 0 {
				nl := strings.IndexByte(rest, '\n')
				if nl < 0 {
					break
				}
				values[key] = rest[:nl]
				rest = rest[nl:]
				continue
			}
			v := rest[1 : 1+end]
			if q == '"' {
				v = strings.ReplaceAll(v, `\n`, "\n")
			}
			values[key] = v
			after := rest[2+end:]
			if nl := strings.IndexByte(after, '\n'); nl >= 0 {
				rest = after[nl:]
			} else {
				rest = ""
			}
			continue
		}
		line := rest
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			line, rest = rest[:nl], rest[nl:]
		} else {
			rest = ""
		}
		if hash := strings.IndexByte(line, '#'); hash >= 0 {
			line = line[:hash]
		}
		values[key] = trim(line)
	}
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, values
}

// installParseEnv gives a binding parseEnv(text): the pairs as an object.
func (n *Node) installParseEnv(b vm.Value) {
	n.VM.DefineMethod(b, "parseEnv", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		keys, values := parseDotenv(rt.ToGoString(vm.Arg(args, 0)))
		o := rt.NewObject()
		for _, k := range keys {
			rt.CreateDataProperty(o, k, rt.NewString(values[k]))
		}
		return o
	})
}
