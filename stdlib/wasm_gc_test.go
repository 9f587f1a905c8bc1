package stdlib_test

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/internal/jstest"
)

// TestWasmReferencesUnderGC runs the WebAssembly reference fixtures under GC
// stress (a collection at every safepoint): an externref's value must stay
// alive while wasm holds it, in a table, a global or on the stack of a
// running function (refs-gc.js makes garbage inside an import and inside a
// number argument's valueOf), or while an exception holds it in its
// payload (eh-gc.js), and the outputs are node's, as in the plain run.
func TestWasmReferencesUnderGC(t *testing.T) {
	if testing.Short() {
		t.Skip("GC stress is slow")
	}
	for _, name := range []string{"refs", "refs-gc", "eh-gc"} {
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile("../testdata/node/wasm/" + name + ".stdout")
			if err != nil {
				t.Fatal(err)
			}
			res := jstest.Run("../testdata/node/wasm/"+name+".js", true)
			if res.Code != 0 {
				t.Fatalf("exit code %d, stderr:\n%s", res.Code, res.Stderr)
			}
			if diff := cmp.Diff(string(want), res.Stdout); diff != "" {
				t.Errorf("stdout mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
