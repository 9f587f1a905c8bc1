// Package xnet holds Kiln's copy of golang.org/x/net v0.62.0's http2/hpack
// (LICENSE in this folder), HTTP/2's header compression (RFC 7541), which
// node:http2's binding (stdlib/http2.go) encodes and decodes header blocks
// with.
//
// The one change from upstream: hpack built its static table (61 entries,
// two maps) in package initialisation, so every kiln process paid for it
// before main (inittrace: 7 KB in 8 allocations), HTTP/2 or not. Here it is
// built the first time a header block is encoded or decoded (staticTab).
// Everything else is upstream's, byte for byte; update.sh redoes the copy
// and the change for another version.
package xnet
