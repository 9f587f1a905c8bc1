package stdlib

// fetch and its classes are JavaScript (lib/internal/fetch.js) over
// node:http and the web streams. Node makes Headers, Request, Response and
// FormData lazy accessor globals, and fetch an enumerable data property
// whose function loads the implementation on first call.
func init() {
	for _, name := range []string{"Headers", "Request", "Response", "FormData"} {
		registerGlobal(name, "internal/fetch", name)
	}
	registerFunctionGlobal("fetch", "internal/fetch", "fetch", 1, true)
}
