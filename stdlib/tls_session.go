package stdlib

import (
	"bytes"
	"crypto/tls"
	"encoding/binary"
)

// A client's TLS session, as lib/tls.js hands it to JavaScript ('session'
// events, getSession) and takes it back (the session option, setSession):
// node's is OpenSSL's serialised SSL_SESSION, which programs keep and pass
// back without looking inside, so Kiln's is its own: crypto/tls's ticket
// and its resumption state (tls.SessionState.Bytes), behind a magic that
// lets a buffer from elsewhere be told apart and ignored, as OpenSSL
// ignores a session it cannot parse.
//
//	session = "KTS1" ticketLen:u32 ticket state
const tlsSessionMagic = "KTS1"

func encodeTLSSession(cs *tls.ClientSessionState) []byte {
	ticket, state, err := cs.ResumptionState()
	if err != nil || state == nil {
		return nil
	}
	sb, err := state.Bytes()
	if err != nil {
		return nil
	}
	out := make([]byte, 0, len(tlsSessionMagic)+4+len(ticket)+len(sb))
	out = append(out, tlsSessionMagic...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(ticket)))
	out = append(out, ticket...)
	return append(out, sb...)
}

// decodeTLSSession returns nil for bytes that are not a session
// encodeTLSSession made (or that crypto/tls no longer reads).
func decodeTLSSession(b []byte) *tls.ClientSessionState {
	if !bytes.HasPrefix(b, []byte(tlsSessionMagic)) || len(b) < len(tlsSessionMagic)+4 {
		return nil
	}
	b = b[len(tlsSessionMagic):]
	n := binary.BigEndian.Uint32(b)
	b = b[4:]
	if uint64(n) > uint64(len(b)) {
		return nil
	}
	state, err := tls.ParseSessionState(b[n:])
	if err != nil {
		return nil
	}
	cs, err := tls.NewResumptionState(bytes.Clone(b[:n]), state)
	if err != nil {
		return nil
	}
	return cs
}

// tlsSessionCache is one client connection's tls.ClientSessionCache: Get
// offers the session the connection was given to resume, whatever the key
// (crypto/tls keys by server name, or by the address, which is the pipe's
// here), and Put hands each new session (a TLS 1.2 ticket at the end of the
// handshake, each TLS 1.3 ticket as it arrives) to put.
type tlsSessionCache struct {
	resume *tls.ClientSessionState
	put    func([]byte)
}

func (c *tlsSessionCache) Get(string) (*tls.ClientSessionState, bool) {
	return c.resume, c.resume != nil
}

func (c *tlsSessionCache) Put(_ string, cs *tls.ClientSessionState) {
	// crypto/tls puts nil to drop a session the server refused.
	if cs == nil {
		return
	}
	if b := encodeTLSSession(cs); b != nil {
		c.put(b)
	}
}
