// The tests run node's programs in this process, so they need the Go
// settings cmd/kiln sets for them (see cmd/kiln/godebug.go): node uses RSA
// keys under 1024 bits.

//go:debug rsa1024min=0

package stdlib
