package kiln_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/kilnjs/kiln"
)

// A plain runtime: ECMAScript only, with what the host gives it.
func Example() {
	rt, err := kiln.New(kiln.Options{})
	if err != nil {
		panic(err)
	}
	defer rt.Close()
	rt.Set("greet", func(name string) string { return "hello, " + name })
	rt.Set("config", map[string]any{"retries": 3, "hosts": []string{"a", "b"}})

	v, err := rt.Run("main.js", `
		const hosts = config.hosts.map(h => h.toUpperCase());
		greet(hosts.join(" and ")) + " (" + config.retries + " retries)"`)
	if err != nil {
		panic(err)
	}
	fmt.Println(v)

	_, err = rt.Run("bad.js", "null.x")
	fmt.Println(strings.SplitN(err.Error(), "\n", 2)[0])
	// Output:
	// hello, A and B (3 retries)
	// TypeError: Cannot read properties of null (reading 'x')
}

// A Node runtime: require, timers and the event loop, in the Go process.
func Example_node() {
	rt, err := kiln.New(kiln.Options{Node: true, Stdout: os.Stdout})
	if err != nil {
		panic(err)
	}
	defer rt.Close()
	rt.Set("report", func(s string) { fmt.Println("Go got:", s) })

	_, err = rt.Run("app.js", `
		const { createHash } = require("node:crypto");
		setTimeout(() => report(createHash("sha256").update("kiln").digest("hex").slice(0, 16)), 10);
		console.log("waiting");`)
	if err != nil {
		panic(err)
	}
	if err := rt.Wait(); err != nil {
		panic(err)
	}
	// Output:
	// waiting
	// Go got: cdfe9ad58b46226d
}
