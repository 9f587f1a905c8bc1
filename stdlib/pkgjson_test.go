package stdlib

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// refPackageJSON is the reference parsePackageJSON must agree with: the
// document decoded in full by encoding/json, keeping key order.
func refPackageJSON(data []byte) (pkgFields, bool) {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if !json.Valid(data) {
		return pkgFields{}, false
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := refOrdered(dec)
	if err != nil {
		return pkgFields{}, false
	}
	var f pkgFields
	if o, ok := v.(*jsonObject); ok {
		f.name, _ = o.vals["name"].(string)
		f.main, _ = o.vals["main"].(string)
		f.typ, _ = o.vals["type"].(string)
		f.exports, f.hasExp = o.vals["exports"]
		f.imports = o.vals["imports"]
	}
	return f, true
}

func refOrdered(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch tok {
	case json.Delim('{'):
		o := &jsonObject{vals: map[string]any{}}
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return nil, err
			}
			k := kt.(string)
			v, err := refOrdered(dec)
			if err != nil {
				return nil, err
			}
			if _, dup := o.vals[k]; !dup {
				o.keys = append(o.keys, k)
			}
			o.vals[k] = v
		}
		_, err := dec.Token()
		return o, err
	case json.Delim('['):
		a := []any{}
		for dec.More() {
			v, err := refOrdered(dec)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
		_, err := dec.Token()
		return a, err
	}
	return tok, nil
}

var pkgJSONCases = []string{
	`{}`, ` { } `, `[]`, `"x"`, `1`, `null`, ``, ` `, `{`, `}`, `{"a":1,}`, `{"a" 1}`, `{"a":1}x`, `{"a":1} {}`,
	"\xEF\xBB\xBF{\"main\":\"m.js\"}", "\xEF\xBB\xBF", `{"main":"a","main":"b"}`, `{"main":1}`,
	`{"name":"n","main":"./lib/x.js","type":"module","version":"1.0.0","scripts":{"t":"x"},"deps":[1,2.5,-3e+4,true,false,null]}`,
	`{"exports":{".":{"import":"./a.mjs","require":"./a.cjs"},"./sub/*":"./s/*.js","./x":null,"./y":["./y1.js",{"node":"./y2.js"}]}}`,
	`{"exports":{"b":1,"a":2,"b":3}}`, `{"imports":{"#x":"./x.js","#y":{"default":"./y.js"}}}`, `{"exports":"./i.js"}`,
	`{"exports":{}}`, `{"exports":[]}`, `{"exports":false}`, `{"exports":12.5e3}`,
	`{"na\u006De":"esc\"aped\\\/\b\f\n\r\t","main":"\ud83d\ude00 \ud83d x \ude00"}`, `{"main":"\u00e9\u4e2d"}`,
	"{\"main\":\"tab\there\"}", `{"main":"\x"}`, `{"main":"\u12"}`, `{"main":"\u12G4"}`, `{"main":"unterminated}`,
	"{\"main\":\"\xff\xfe bad utf8\"}", "{\"\xff\":1,\"main\":\"ok\"}",
	`{"a":01}`, `{"a":-}`, `{"a":1.}`, `{"a":.5}`, `{"a":1e}`, `{"a":+1}`, `{"a":-0.0e-0}`, `{"a":tru}`, `{"a":nul}`,
	`{"a":[1 2]}`, `{"a":[1,]}`, `{"a":{"b":}}`, `{"a":{"b" "c"}}`, `{1:2}`, `{"a":1 "b":2}`, "{\"a\":\n\t\r 1}",
	strings.Repeat(`[`, 20000) + strings.Repeat(`]`, 20000),
	`{"x":` + strings.Repeat(`{"y":`, 100) + `1` + strings.Repeat(`}`, 100) + `,"main":"deep"}`,
}

func checkPackageJSON(t *testing.T, data []byte) {
	t.Helper()
	got, ok := parsePackageJSON(data)
	want, wantOK := refPackageJSON(data)
	if ok != wantOK {
		t.Fatalf("%q: valid = %v, encoding/json says %v", data, ok, wantOK)
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(pkgFields{}, jsonObject{})); diff != "" {
		t.Fatalf("%q: fields differ from encoding/json's (-want +got):\n%s", data, diff)
	}
}

func TestParsePackageJSON(t *testing.T) {
	for _, c := range pkgJSONCases {
		checkPackageJSON(t, []byte(c))
	}
	// Every package.json of the repository's fixtures, as they come.
	var n int
	filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err == nil && d.Name() == "package.json" {
			data, err := os.ReadFile(path)
			if err == nil {
				checkPackageJSON(t, data)
				n++
			}
		}
		return nil
	})
	if n == 0 {
		t.Error("found no package.json in the repository to check")
	}
}

func FuzzParsePackageJSON(f *testing.F) {
	for _, c := range pkgJSONCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkPackageJSON(t, data)
	})
}
