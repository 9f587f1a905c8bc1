package stdlib

import (
	"errors"
	"fmt"
	"net"
	"testing"
)

// The codes are node's for dns.lookup: ENOTFOUND for a name without an
// address ('localhost' with family 6 where the hosts file has only
// 127.0.0.1), EAI_AGAIN when the resolver could not answer.
func TestGetaddrinfoCode(t *testing.T) {
	for _, c := range []struct {
		name  string
		err   error
		code  string
		errno int
	}{
		{"a name that does not exist is ENOTFOUND", &net.DNSError{Err: "no such host", IsNotFound: true}, "ENOTFOUND", -3008},
		{"a name without an address of the family is ENOTFOUND", &net.AddrError{Err: "no suitable address found", Addr: "localhost"}, "ENOTFOUND", -3008},
		{"a wrapped AddrError is ENOTFOUND", fmt.Errorf("lookup: %w", &net.AddrError{Err: "no suitable address found"}), "ENOTFOUND", -3008},
		{"a server that does not answer is EAI_AGAIN", &net.DNSError{Err: "i/o timeout", IsTimeout: true}, "EAI_AGAIN", -3001},
		{"any other failure is EAI_AGAIN", errors.New("boom"), "EAI_AGAIN", -3001},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, errno := getaddrinfoCode(c.err)
			if code != c.code || errno != c.errno {
				t.Errorf("getaddrinfoCode(%v) = %s %d, want %s %d", c.err, code, errno, c.code, c.errno)
			}
		})
	}
}
