// Go settings for Kiln. Two are start-up habits of the Go runtime that a
// short-lived command does not need. updatemaxprocs=0: no goroutine
// re-reading the cgroup's CPU limit every second (starting it at start-up
// woke a second processor, which cost a thread); GOMAXPROCS is fixed at
// start-up, as the size of libuv's thread pool is in node.
// decoratemappings=0: no prctl naming each anonymous mapping in
// /proc/self/maps. An empty Go program with them makes one clone and seven
// system calls fewer; a kiln-run hello world makes three clones with or
// without them (strace).
//
// rsa1024min=0: crypto/rsa refuses keys under 1024 bits unless told
// otherwise, and node makes and uses them (512-bit keys are common in
// tests, where generation speed matters more than strength).

//go:debug updatemaxprocs=0
//go:debug decoratemappings=0
//go:debug rsa1024min=0

package main
