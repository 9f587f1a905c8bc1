package stdlib

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// The tls module's Go half: Go's crypto/tls speaks the protocol, and
// lib/tls.js carries its records over a net.Socket.
//
// crypto/tls wants a net.Conn it can block on, and the VM belongs to the
// loop goroutine, so each TLS connection runs crypto/tls in two goroutines
// of its own (one reads: handshake, then plaintext; one writes) over
// tlsPipe, an in-memory net.Conn. The socket's ciphertext reaches the pipe
// through feed; what crypto/tls writes to the pipe, and every result, comes
// back through loop.Post to the connection's handle, a JavaScript object
// pinned from open to close that the loop calls: onwrite(ciphertext),
// onhandshake(error | null, info), onread(plaintext | null at EOF).
// The goroutines never touch the VM.
//
// Post alone does not keep the loop alive, so a prepare hook per connection
// is started while a goroutine may still post: while the reader has input
// it has not consumed (or is handshaking) and while writes are queued. The
// reader reports when it runs dry; the socket's own read keeps the loop
// alive while the reader waits for more.
//
// Certificates are verified here rather than by crypto/tls, after the
// handshake, so that, as in node, a failure becomes authorizationError and
// rejectUnauthorized decides in JavaScript whether it is fatal; the result
// carries OpenSSL's code and text (DEPTH_ZERO_SELF_SIGNED_CERT, ...).

// tlsState is a Node's table of open TLS connections.
type tlsState struct {
	n     *Node
	next  int
	conns map[int]*tlsConn
}

type tlsConn struct {
	id    int
	pin   vm.Pin
	conn  *tls.Conn
	pipe  *tlsPipe
	alive *loop.Hook

	// Loop-side state for the keep-alive hook.
	feeds      uint64 // feeds so far, to match the reader's dry reports
	readerBusy bool
	readerDone bool
	ops        int

	// Set on the loop when the peer's certificates arrive: the chain to a
	// trusted root when there is one, else what the peer sent.
	peer []*x509.Certificate

	// A client's handshake waits in VerifyConnection for lib/tls.js to
	// judge the server (verdict), unless the connection closes first.
	verdict chan bool
	closed  chan struct{}

	// A server with an SNICallback waits in GetConfigForClient for the
	// loop's choice of certificates: a config, or nil when it failed.
	cfg      *tls.Config
	sniReply chan *tls.Config

	opMu    sync.Mutex
	opCond  sync.Cond
	opQueue []tlsOp
	opDone  bool
}

type tlsOp struct {
	data []byte
	end  bool
	cb   vm.Pin
}

type tlsVerifyError struct{ code, message string }

func fillTLS(n *Node, b vm.Value) {
	s := &tlsState{n: n, conns: map[int]*tlsConn{}}
	s.install(b)
}

// tlsPipe is the net.Conn crypto/tls runs over. Read blocks until the loop
// feeds ciphertext; Write hands ciphertext to the loop at once, so a write
// never waits for the socket.
type tlsPipe struct {
	mu     sync.Mutex
	cond   sync.Cond
	in     []byte
	feeds  uint64
	eof    bool
	closed bool
	muted  bool
	out    func([]byte)
	dry    func(feeds uint64)
}

func newTLSPipe(out func([]byte), dry func(uint64)) *tlsPipe {
	p := &tlsPipe{out: out, dry: dry}
	p.cond.L = &p.mu
	return p
}

func (p *tlsPipe) Read(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	reported := false
	for len(p.in) == 0 {
		if p.closed {
			return 0, net.ErrClosed
		}
		if p.eof {
			return 0, io.EOF
		}
		if !reported {
			reported = true
			p.dry(p.feeds)
		}
		p.cond.Wait()
	}
	n := copy(b, p.in)
	p.in = p.in[n:]
	return n, nil
}

func (p *tlsPipe) Write(b []byte) (int, error) {
	p.mu.Lock()
	closed, muted := p.closed, p.muted
	p.mu.Unlock()
	if closed {
		return 0, net.ErrClosed
	}
	if !muted {
		p.out(bytes.Clone(b))
	}
	return len(b), nil
}

// feed adds ciphertext from the socket, or marks its end when data is nil.
func (p *tlsPipe) feed(data []byte) {
	p.mu.Lock()
	if data == nil {
		p.eof = true
	} else {
		p.in = append(p.in, data...)
	}
	p.feeds++
	p.mu.Unlock()
	p.cond.Broadcast()
}

// mute drops everything written from now on: a client that rejects the
// server's certificate closes without a word (no Finished, no alert), as
// node's does.
func (p *tlsPipe) mute() {
	p.mu.Lock()
	p.muted = true
	p.mu.Unlock()
}

func (p *tlsPipe) Close() error {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.cond.Broadcast()
	return nil
}

func (p *tlsPipe) LocalAddr() net.Addr                { return tlsPipeAddr{} }
func (p *tlsPipe) RemoteAddr() net.Addr               { return tlsPipeAddr{} }
func (p *tlsPipe) SetDeadline(t time.Time) error      { return nil }
func (p *tlsPipe) SetReadDeadline(t time.Time) error  { return nil }
func (p *tlsPipe) SetWriteDeadline(t time.Time) error { return nil }

type tlsPipeAddr struct{}

func (tlsPipeAddr) Network() string { return "pipe" }
func (tlsPipeAddr) String() string  { return "pipe" }

// tlsOptions is what lib/tls.js passes to open, already checked there.
type tlsOptions struct {
	isServer   bool
	servername string
	ca         [][]byte
	certs      []tls.Certificate
	alpn       []string
	minVersion uint16
	maxVersion uint16
	// cipherSuites are the suites the ciphers option allows, nil for
	// crypto/tls's defaults (tls_ciphers.go).
	cipherSuites []uint16
	requestCert  bool
	requireCert  bool
	sni          bool
	// ticketKeys are a server's 48 session ticket key bytes, if set.
	ticketKeys []byte
	// session is a client's session to resume (see tls_session.go).
	session []byte
}

var tlsVersions = table[uint16]{
	{"TLSv1", tls.VersionTLS10}, {"TLSv1.1", tls.VersionTLS11}, {"TLSv1.2", tls.VersionTLS12}, {"TLSv1.3", tls.VersionTLS13},
}

// pemList reads a JavaScript PEM value: a string, a Buffer, or an array
// of them.
func (n *Node) pemList(v vm.Value) [][]byte {
	rt := n.VM
	switch {
	case v == vm.Undefined || v == vm.Null:
		return nil
	case v.IsString():
		return [][]byte{[]byte(rt.ToGoString(v))}
	}
	if b, ok := rt.BufferBytes(v); ok {
		return [][]byte{bytes.Clone(b)}
	}
	var out [][]byte
	if v.IsObject() {
		for _, e := range rt.ArrayValues(v) {
			out = append(out, n.pemList(e)...)
		}
	}
	return out
}

// readTLSOptions turns the options object into Go values; a bad one comes
// back as [code, message] for lib/tls.js to throw.
func (n *Node) readTLSOptions(o vm.Value) (*tlsOptions, []string) {
	rt := n.VM
	get := func(name string) vm.Value { return rt.GetS(o, name) }
	opts := &tlsOptions{
		isServer:    rt.ToBoolean(get("isServer")),
		requestCert: rt.ToBoolean(get("requestCert")),
		requireCert: rt.ToBoolean(get("requireCert")),
		sni:         rt.ToBoolean(get("sni")),
	}
	if v := get("servername"); v.IsString() {
		opts.servername = rt.ToGoString(v)
	}
	opts.ca = n.pemList(get("ca"))
	certs, keys := n.pemList(get("cert")), n.pemList(get("key"))
	if len(keys) > 0 && len(certs) == 0 {
		return nil, []string{"ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line"}
	}
	for i, c := range certs {
		if i >= len(keys) {
			break
		}
		pair, err := tls.X509KeyPair(c, keys[i])
		if err != nil {
			if strings.Contains(err.Error(), "does not match") {
				return nil, []string{"ERR_OSSL_X509_KEY_VALUES_MISMATCH", "error:05800074:x509 certificate routines::key values mismatch"}
			}
			return nil, []string{"ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line"}
		}
		opts.certs = append(opts.certs, pair)
	}
	if v := get("ALPNProtocols"); v.IsObject() {
		for _, p := range rt.ArrayValues(v) {
			opts.alpn = append(opts.alpn, rt.ToGoString(p))
		}
	}
	if b, ok := rt.BufferBytes(get("session")); ok && !opts.isServer {
		opts.session = bytes.Clone(b)
	}
	if keys, ok := rt.BufferBytes(get("ticketKeys")); ok && len(keys) == 48 {
		opts.ticketKeys = bytes.Clone(keys)
	}
	if v := get("ciphers"); v.IsString() {
		suites, ok := cipherSuites(rt.ToGoString(v))
		if !ok {
			return nil, []string{"ERR_SSL_NO_CIPHER_MATCH", "error:0A0000B9:SSL routines::no cipher match"}
		}
		opts.cipherSuites = suites
	}
	opts.minVersion, _ = tlsVersions.get(rt.ToGoString(get("minVersion")))
	opts.maxVersion, _ = tlsVersions.get(rt.ToGoString(get("maxVersion")))
	return opts, nil
}

func parsePEMCerts(data []byte) []*x509.Certificate {
	var out []*x509.Certificate
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			return out
		}
		if b.Type != "CERTIFICATE" {
			continue
		}
		if c, err := x509.ParseCertificate(b.Bytes); err == nil {
			out = append(out, c)
		}
	}
}

func (o *tlsOptions) config() *tls.Config {
	cfg := &tls.Config{
		Certificates: o.certs,
		NextProtos:   o.alpn,
		MinVersion:   o.minVersion,
		MaxVersion:   o.maxVersion,
		CipherSuites: o.cipherSuites,
		// Verification is done after the handshake (see the file comment).
		InsecureSkipVerify: true,
	}
	if o.isServer {
		if o.ticketKeys != nil {
			cfg.SetSessionTicketKeys([][32]byte{sha256.Sum256(o.ticketKeys)})
		}
		switch {
		case o.requireCert:
			// A client without a certificate gets OpenSSL's alert; one with
			// an untrusted certificate is judged after the handshake and
			// closed without one, as node does.
			cfg.ClientAuth = tls.RequireAnyClientCert
		case o.requestCert:
			cfg.ClientAuth = tls.RequestClientCert
		}
	} else {
		if !isIPLiteral(o.servername) {
			cfg.ServerName = o.servername
		}
		if len(o.certs) > 0 {
			// OpenSSL sends the configured certificate whatever issuers
			// the server names; crypto/tls would send none that it did not.
			cert := &o.certs[0]
			cfg.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return cert, nil }
		}
	}
	return cfg
}

func isIPLiteral(s string) bool { return net.ParseIP(s) != nil }

// roots is the pool of trusted certificates: ca, or the system's when ca
// is not given (nil, which crypto/x509 reads as the system's).
func (o *tlsOptions) roots() *x509.CertPool {
	if len(o.ca) == 0 {
		return nil
	}
	pool := x509.NewCertPool()
	for _, p := range o.ca {
		for _, c := range parsePEMCerts(p) {
			pool.AddCert(c)
		}
	}
	return pool
}

// verify checks a peer chain against ca (or the system's roots) and
// names the failure as OpenSSL does. On success it returns the chain up to
// the trusted root, which is what node's detailed certificate shows.
func (o *tlsOptions) verify(chain []*x509.Certificate) ([]*x509.Certificate, *tlsVerifyError) {
	if len(chain) == 0 {
		if o.isServer {
			return nil, &tlsVerifyError{"UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate"}
		}
		return nil, &tlsVerifyError{"UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"}
	}
	leaf := chain[0]
	vo := x509.VerifyOptions{
		Intermediates: x509.NewCertPool(),
		KeyUsages:     []x509.ExtKeyUsage{x509.ExtKeyUsageAny},
	}
	for _, c := range chain[1:] {
		vo.Intermediates.AddCert(c)
	}
	vo.Roots = o.roots()
	chains, err := leaf.Verify(vo)
	if err == nil {
		return chains[0], nil
	}
	var invalid x509.CertificateInvalidError
	if errors.As(err, &invalid) && invalid.Reason == x509.Expired {
		if time.Now().Before(invalid.Cert.NotBefore) {
			return nil, &tlsVerifyError{"CERT_NOT_YET_VALID", "certificate is not yet valid"}
		}
		return nil, &tlsVerifyError{"CERT_HAS_EXPIRED", "certificate has expired"}
	}
	selfSigned := func(c *x509.Certificate) bool {
		return bytes.Equal(c.RawIssuer, c.RawSubject) && c.CheckSignatureFrom(c) == nil
	}
	switch {
	case len(chain) == 1 && selfSigned(leaf):
		return nil, &tlsVerifyError{"DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"}
	case len(chain) > 1 && selfSigned(chain[len(chain)-1]):
		return nil, &tlsVerifyError{"SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain"}
	case len(chain) == 1:
		return nil, &tlsVerifyError{"UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"}
	default:
		return nil, &tlsVerifyError{"UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate"}
	}
}

// tlsAlerts names the alerts crypto/tls reports (by its text) as
// OpenSSL's reasons, from which node makes its codes.
var tlsAlerts = table[string]{
	{"handshake failure", "sslv3 alert handshake failure"},
	{"bad certificate", "sslv3 alert bad certificate"},
	{"unsupported certificate", "sslv3 alert unsupported certificate"},
	{"revoked certificate", "sslv3 alert certificate revoked"},
	{"expired certificate", "sslv3 alert certificate expired"},
	{"unknown certificate", "sslv3 alert certificate unknown"},
	{"illegal parameter", "sslv3 alert illegal parameter"},
	{"unknown certificate authority", "tlsv1 alert unknown ca"},
	{"access denied", "tlsv1 alert access denied"},
	{"error decoding message", "tlsv1 alert decode error"},
	{"error decrypting message", "tlsv1 alert decrypt error"},
	{"protocol version not supported", "tlsv1 alert protocol version"},
	{"insufficient security level", "tlsv1 alert insufficient security"},
	{"internal error", "tlsv1 alert internal error"},
	{"unrecognized name", "tlsv1 unrecognized name"},
	{"certificate required", "tlsv13 alert certificate required"},
	{"no application protocol", "tlsv1 alert no application protocol"},
	{"unexpected message", "sslv3 alert unexpected message"},
	{"bad record MAC", "sslv3 alert bad record mac"},
}

// tlsErrorOf names a handshake or record failure as node does: the code
// ERR_SSL_<REASON> and OpenSSL's reason text.
func tlsErrorOf(err error) (code, reason string) {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "remote error" {
		text := strings.TrimPrefix(op.Err.Error(), "tls: ")
		if r, ok := tlsAlerts.get(text); ok {
			reason = r
		} else {
			reason = "tlsv1 alert " + text
		}
	} else if rh, ok := errors.AsType[tls.RecordHeaderError](err); ok && opensslPlainText(rh.RecordHeader[:]) != "" {
		reason = opensslPlainText(rh.RecordHeader[:])
	} else {
		msg := err.Error()
		switch {
		case strings.Contains(msg, "unsupported application protocols"):
			reason = "no application protocol"
		case strings.Contains(msg, "unsupported versions"), strings.Contains(msg, "protocol version"):
			reason = "unsupported protocol"
		case strings.Contains(msg, "client didn't provide a certificate"):
			reason = "peer did not return a certificate"
		case strings.Contains(msg, "first record does not look like a TLS handshake"):
			reason = "wrong version number"
		case strings.Contains(msg, "no cipher suite supported"), strings.Contains(msg, "no mutually supported"):
			reason = "no shared cipher"
		default:
			reason = strings.TrimPrefix(msg, "tls: ")
		}
	}
	code = "ERR_SSL_" + strings.ToUpper(strings.NewReplacer(" ", "_", "-", "_").Replace(reason))
	return code, reason
}

// call calls a method of c's handle on the loop.
func (s *tlsState) call(c *tlsConn, name string, args ...vm.Value) {
	rt := s.n.VM
	h := rt.Pinned(c.pin)
	if exc := rt.Try(func() { rt.Call(rt.GetS(h, name), h, args...) }); exc != nil {
		s.n.uncaught(exc)
	}
}

// post runs f on the loop if c is still open then; any goroutine may call it.
func (s *tlsState) post(c *tlsConn, f func()) {
	_ = s.n.Loop.Post(func() {
		if s.conns[c.id] == c {
			f()
		}
	})
}

// keepAlive starts c's hook while one of its goroutines may still post.
func (s *tlsState) keepAlive(c *tlsConn) {
	if (c.readerBusy && !c.readerDone) || c.ops > 0 {
		c.alive.Start()
	} else {
		c.alive.Stop()
	}
}

func (s *tlsState) errorPair(code, message string) vm.Value {
	rt := s.n.VM
	return rt.NewArray([]vm.Value{rt.NewString(code), rt.NewString(message)})
}

// opensslPlainText names a server's first record that is plain HTTP, as
// OpenSSL recognises it from its first five bytes.
func opensslPlainText(head []byte) string {
	switch string(head) {
	case "GET /", "POST ", "HEAD ", "PUT /":
		return "http request"
	case "CONNE":
		return "https proxy request"
	}
	return ""
}

func (s *tlsState) install(b vm.Value) {
	n := s.n
	rt := n.VM
	lookup := func(args []vm.Value) *tlsConn { return s.conns[int(rt.ToNumber(vm.Arg(args, 0)))] }

	rt.DefineMethod(b, "checkOptions", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if _, bad := n.readTLSOptions(vm.Arg(args, 0)); bad != nil {
			return s.errorPair(bad[0], bad[1])
		}
		return vm.Undefined
	})

	// open(handle, options) starts the handshake and returns the
	// connection's number, or [code, message] for bad options.
	rt.DefineMethod(b, "open", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		opts, bad := n.readTLSOptions(vm.Arg(args, 1))
		if bad != nil {
			return s.errorPair(bad[0], bad[1])
		}
		s.next++
		c := &tlsConn{id: s.next, pin: rt.Pin(vm.Arg(args, 0)), readerBusy: true,
			verdict: make(chan bool, 1), closed: make(chan struct{}), sniReply: make(chan *tls.Config, 1)}
		c.opCond.L = &c.opMu
		c.alive = n.Loop.NewPrepare(func() {})
		c.pipe = newTLSPipe(func(data []byte) {
			s.post(c, func() { s.call(c, "onwrite", rt.NewUint8Array(data)) })
		}, func(feeds uint64) {
			s.post(c, func() {
				if feeds == c.feeds {
					c.readerBusy = false
					s.keepAlive(c)
				}
			})
		})
		cfg := opts.config()
		c.cfg = cfg
		if opts.isServer {
			if opts.sni {
				cfg.GetConfigForClient = func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
					return s.askSNI(c, hello.ServerName)
				}
			}
			c.conn = tls.Server(c.pipe, cfg)
		} else {
			cfg.VerifyConnection = func(cs tls.ConnectionState) error { return s.askVerdict(c, opts, cs) }
			cfg.ClientSessionCache = &tlsSessionCache{resume: decodeTLSSession(opts.session), put: func(b []byte) {
				s.post(c, func() { s.call(c, "onsession", rt.NewUint8Array(b)) })
			}}
			c.conn = tls.Client(c.pipe, cfg)
		}
		s.conns[c.id] = c
		s.keepAlive(c)
		go s.readLoop(c, opts)
		go s.writeLoop(c)
		return vm.Int(c.id)
	})

	// feed(id, ciphertext | null at the socket's end).
	rt.DefineMethod(b, "feed", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := lookup(args)
		if c == nil || c.readerDone {
			return vm.Undefined
		}
		data := []byte(nil)
		if d := vm.Arg(args, 1); d != vm.Null {
			raw, _ := rt.BufferBytes(d)
			data = append([]byte{}, raw...)
		}
		c.feeds++
		c.readerBusy = true
		s.keepAlive(c)
		c.pipe.feed(data)
		return vm.Undefined
	})

	queue := func(c *tlsConn, op tlsOp) {
		c.ops++
		s.keepAlive(c)
		c.opMu.Lock()
		c.opQueue = append(c.opQueue, op)
		c.opMu.Unlock()
		c.opCond.Signal()
	}
	// write(id, data, cb): cb(null | [code, message]) once the ciphertext
	// has gone to onwrite.
	rt.DefineMethod(b, "write", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := lookup(args)
		if c == nil {
			return vm.False
		}
		var data []byte
		if d := vm.Arg(args, 1); d.IsString() {
			data = []byte(rt.ToGoString(d))
		} else {
			raw, _ := rt.BufferBytes(d)
			data = bytes.Clone(raw)
		}
		queue(c, tlsOp{data: data, cb: rt.Pin(vm.Arg(args, 2))})
		return vm.True
	})
	// verdict(id, ok) answers onverify.
	rt.DefineMethod(b, "verdict", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if c := lookup(args); c != nil {
			select {
			case c.verdict <- rt.ToBoolean(vm.Arg(args, 1)):
			default:
			}
		}
		return vm.Undefined
	})
	// sni(id, options | undefined for the server's own | false on failure)
	// answers onsni.
	rt.DefineMethod(b, "sni", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := lookup(args)
		if c == nil {
			return vm.Undefined
		}
		var cfg *tls.Config
		switch o := vm.Arg(args, 1); {
		case o == vm.Undefined:
			cfg = c.cfg.Clone()
			cfg.GetConfigForClient = nil
		case o.IsObject():
			opts, bad := n.readTLSOptions(o)
			if bad != nil {
				return s.errorPair(bad[0], bad[1])
			}
			cfg = c.cfg.Clone()
			cfg.GetConfigForClient = nil
			cfg.Certificates = opts.certs
		}
		select {
		case c.sniReply <- cfg:
		default:
		}
		return vm.Undefined
	})
	// end(id, cb) sends close_notify, then cb as for write.
	rt.DefineMethod(b, "end", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := lookup(args)
		if c == nil {
			return vm.False
		}
		queue(c, tlsOp{end: true, cb: rt.Pin(vm.Arg(args, 1))})
		return vm.True
	})
	// close stops both goroutines; nothing is posted to the handle after.
	rt.DefineMethod(b, "close", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := lookup(args)
		if c == nil {
			return vm.Undefined
		}
		delete(s.conns, c.id)
		rt.Unpin(c.pin)
		c.alive.Close(nil)
		c.pipe.Close()
		close(c.closed)
		c.opMu.Lock()
		c.opDone = true
		c.opMu.Unlock()
		c.opCond.Signal()
		return vm.Undefined
	})

	// peerCertificate(id, chain) is the peer's certificate as node shows it,
	// or with chain the whole chain the peer sent; undefined if none.
	rt.DefineMethod(b, "peerCertificate", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := lookup(args)
		if c == nil || len(c.peer) == 0 {
			return vm.Undefined
		}
		if !rt.ToBoolean(vm.Arg(args, 1)) {
			return n.certObject(c.peer[0])
		}
		objs := make([]vm.Value, len(c.peer))
		for i, cert := range c.peer {
			objs[i] = n.certObject(cert)
		}
		return rt.NewArray(objs)
	})
	// exportKeyingMaterial(id, length, label, context or null) is RFC
	// 5705's (RFC 8446 §7.5's in TLS 1.3) exporter, or undefined when
	// crypto/tls will not export (TLS 1.2 without extended master secret).
	rt.DefineMethod(b, "exportKeyingMaterial", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := lookup(args)
		if c == nil {
			return vm.Undefined
		}
		var context []byte
		if v := vm.Arg(args, 3); v != vm.Null {
			b, _ := rt.BufferBytes(v)
			context = bytes.Clone(b)
		}
		st := c.conn.ConnectionState()
		out, err := st.ExportKeyingMaterial(rt.ToGoString(vm.Arg(args, 2)), context, int(rt.ToNumber(vm.Arg(args, 1))))
		if err != nil {
			return vm.Undefined
		}
		return rt.NewUint8Array(out)
	})
	rt.DefineMethod(b, "rootCertificates", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		var out []vm.Value
		for _, p := range systemRootPEMs() {
			out = append(out, rt.NewString(p))
		}
		return rt.NewArray(out)
	})
}

var errTLSRejected = errors.New("tls: server certificate rejected")

// askVerdict runs in the client's handshake, before its Finished: the
// loop's onverify(info) judges the server, and a rejection ends the
// handshake silently.
func (s *tlsState) askVerdict(c *tlsConn, opts *tlsOptions, cs tls.ConnectionState) error {
	rt := s.n.VM
	chain, verr := opts.verify(cs.PeerCertificates)
	if chain == nil {
		chain = cs.PeerCertificates
	}
	s.post(c, func() {
		c.peer = chain
		info := s.stateInfo(cs)
		if verr != nil {
			rt.SetS(info, "verifyError", s.errorPair(verr.code, verr.message))
		}
		s.call(c, "onverify", info)
	})
	select {
	case ok := <-c.verdict:
		if !ok {
			c.pipe.mute()
			return errTLSRejected
		}
		return nil
	case <-c.closed:
		return net.ErrClosed
	}
}

// askSNI runs in a server's handshake: the loop's onsni(servername)
// picks the certificates for the name the client asked for.
func (s *tlsState) askSNI(c *tlsConn, name string) (*tls.Config, error) {
	if name == "" {
		return nil, nil
	}
	s.post(c, func() { s.call(c, "onsni", s.n.VM.NewString(name)) })
	select {
	case cfg := <-c.sniReply:
		if cfg == nil {
			return nil, errors.New("tls: SNI callback failed")
		}
		return cfg, nil
	case <-c.closed:
		return nil, net.ErrClosed
	}
}

func (s *tlsState) stateInfo(st tls.ConnectionState) vm.Value {
	rt := s.n.VM
	info := rt.NewObject()
	rt.SetS(info, "protocol", rt.NewString(tlsVersionName(st.Version)))
	alpn := vm.False
	if st.NegotiatedProtocol != "" {
		alpn = rt.NewString(st.NegotiatedProtocol)
	}
	rt.SetS(info, "alpnProtocol", alpn)
	rt.SetS(info, "cipher", rt.NewString(tls.CipherSuiteName(st.CipherSuite)))
	name, version := opensslCipher(st.CipherSuite)
	rt.SetS(info, "cipherName", rt.NewString(name))
	rt.SetS(info, "cipherVersion", rt.NewString(version))
	sn := vm.False
	if st.ServerName != "" {
		sn = rt.NewString(st.ServerName)
	}
	rt.SetS(info, "servername", sn)
	rt.SetS(info, "sessionReused", vm.Bool(st.DidResume))
	return info
}

// readLoop runs the handshake and then reads plaintext until the end.
func (s *tlsState) readLoop(c *tlsConn, opts *tlsOptions) {
	rt := s.n.VM
	// finish posts the reader's last result.
	finish := func(name string, args func() []vm.Value) {
		s.post(c, func() {
			c.readerDone = true
			s.keepAlive(c)
			s.call(c, name, args()...)
		})
	}
	if err := c.conn.Handshake(); err != nil {
		if errors.Is(err, net.ErrClosed) || errors.Is(err, errTLSRejected) {
			return
		}
		code, reason := handshakeError(err)
		finish("onhandshake", func() []vm.Value { return []vm.Value{s.errorPair(code, reason)} })
		return
	}
	st := c.conn.ConnectionState()
	var verr *tlsVerifyError
	chain := st.PeerCertificates
	if opts.isServer && opts.requestCert {
		var verified []*x509.Certificate
		if verified, verr = opts.verify(st.PeerCertificates); verified != nil {
			chain = verified
		}
	}
	s.post(c, func() {
		if opts.isServer {
			c.peer = chain
		}
		info := s.stateInfo(st)
		if verr != nil {
			rt.SetS(info, "verifyError", s.errorPair(verr.code, verr.message))
		}
		s.call(c, "onhandshake", vm.Null, info)
	})
	buf := make([]byte, 16384)
	for {
		k, err := c.conn.Read(buf)
		if k > 0 {
			data := bytes.Clone(buf[:k])
			s.post(c, func() { s.call(c, "onread", rt.NewUint8Array(data)) })
		}
		switch {
		case err == nil:
			continue
		case errors.Is(err, net.ErrClosed):
			return
		case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
			finish("onread", func() []vm.Value { return []vm.Value{vm.Null} })
		default:
			code, reason := tlsErrorOf(err)
			finish("onread", func() []vm.Value { return []vm.Value{vm.Undefined, s.errorPair(code, reason)} })
		}
		return
	}
}

// handshakeError names a failed handshake; a socket that ended first is
// node's ECONNRESET.
func handshakeError(err error) (string, string) {
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		return "ECONNRESET", ""
	}
	return tlsErrorOf(err)
}

// writeLoop runs the queued writes and ends in order.
func (s *tlsState) writeLoop(c *tlsConn) {
	rt := s.n.VM
	for {
		c.opMu.Lock()
		for len(c.opQueue) == 0 && !c.opDone {
			c.opCond.Wait()
		}
		if c.opDone {
			pending := c.opQueue
			c.opQueue = nil
			c.opMu.Unlock()
			_ = s.n.Loop.Post(func() {
				for _, op := range pending {
					rt.Unpin(op.cb)
				}
			})
			return
		}
		op := c.opQueue[0]
		c.opQueue = c.opQueue[1:]
		c.opMu.Unlock()
		var err error
		if op.end {
			err = c.conn.CloseWrite()
		} else {
			_, err = c.conn.Write(op.data)
		}
		_ = s.n.Loop.Post(func() {
			cb := rt.Pinned(op.cb)
			rt.Unpin(op.cb)
			if s.conns[c.id] != c {
				return
			}
			c.ops--
			s.keepAlive(c)
			res := vm.Null
			if err != nil {
				res = s.errorPair(tlsErrorOf(err))
			}
			if exc := rt.Try(func() { rt.Call(cb, vm.Undefined, res) }); exc != nil {
				s.n.uncaught(exc)
			}
		})
	}
}

func tlsVersionName(v uint16) string {
	for _, e := range tlsVersions {
		if e.v == v {
			return e.k
		}
	}
	return "unknown"
}

// certObject is a certificate as node's getPeerCertificate shows it.
func (n *Node) certObject(c *x509.Certificate) vm.Value {
	rt := n.VM
	o := rt.NewObject()
	set := func(k string, v vm.Value) { rt.SetS(o, k, v) }
	str := func(k, v string) { set(k, rt.NewString(v)) }
	set("subject", n.rdnPairs(c.Subject))
	set("issuer", n.rdnPairs(c.Issuer))
	if san := subjectAltName(c); san != "" {
		str("subjectaltname", san)
	}
	// infoAccess goes as [method, location, ...] pairs, for lib/tls.js's
	// object of lists.
	if ia := infoAccess(c); ia != nil {
		pairs := make([]vm.Value, 0, 2*len(ia))
		for _, e := range ia {
			pairs = append(pairs, rt.NewString(e[0]), rt.NewString(e[1]))
		}
		set("infoAccess", rt.NewArray(pairs))
	}
	set("ca", vm.Bool(c.IsCA))
	switch k := c.PublicKey.(type) {
	case *rsa.PublicKey:
		str("modulus", strings.ToUpper(k.N.Text(16)))
		set("bits", vm.Int(k.N.BitLen()))
		str("exponent", fmt.Sprintf("0x%x", k.E))
		der, _ := x509.MarshalPKIXPublicKey(k)
		set("pubkey", rt.NewUint8Array(der))
	case *ecdsa.PublicKey:
		set("bits", vm.Int(k.Curve.Params().BitSize))
		if pt, err := k.Bytes(); err == nil {
			set("pubkey", rt.NewUint8Array(pt))
		}
		if asn1Name, nist := curveNames(k.Curve); asn1Name != "" {
			str("asn1Curve", asn1Name)
			if nist != "" {
				str("nistCurve", nist)
			}
		}
	case ed25519.PublicKey:
		set("bits", vm.Int(256))
		set("pubkey", rt.NewUint8Array(bytes.Clone(k)))
	}
	from, to := certValidity(c)
	str("valid_from", from)
	str("valid_to", to)
	f1, f256, f512 := certFingerprints(c)
	str("fingerprint", f1)
	str("fingerprint256", f256)
	str("fingerprint512", f512)
	if usages, ok := certExtKeyUsage(rt, c); ok {
		set("ext_key_usage", usages)
	}
	serial := c.SerialNumber.Bytes()
	if len(serial) == 0 {
		serial = []byte{0}
	}
	str("serialNumber", strings.ToUpper(hex.EncodeToString(serial)))
	set("raw", rt.NewUint8Array(bytes.Clone(c.Raw)))
	return o
}

// rdnPairs lists a name's attributes in certificate order as [key, value,
// ...] with OpenSSL's short names; lib/tls.js makes node's object of them.
func (n *Node) rdnPairs(name pkix.Name) vm.Value {
	rt := n.VM
	var out []vm.Value
	for _, atv := range name.Names {
		key, ok := oidShortNames.get(atv.Type.String())
		if !ok {
			key = atv.Type.String()
		}
		out = append(out, rt.NewString(key), rt.NewString(fmt.Sprint(atv.Value)))
	}
	return rt.NewArray(out)
}

var oidShortNames = table[string]{
	{"2.5.4.3", "CN"}, {"2.5.4.6", "C"}, {"2.5.4.7", "L"}, {"2.5.4.8", "ST"}, {"2.5.4.10", "O"}, {"2.5.4.11", "OU"},
	{"2.5.4.5", "serialNumber"}, {"2.5.4.9", "street"}, {"2.5.4.17", "postalCode"}, {"2.5.4.4", "SN"}, {"2.5.4.42", "GN"},
	{"2.5.4.12", "title"}, {"2.5.4.46", "dnQualifier"}, {"1.2.840.113549.1.9.1", "emailAddress"},
	{"0.9.2342.19200300.100.1.25", "DC"}, {"0.9.2342.19200300.100.1.1", "UID"},
}

// certValidity is a certificate's validity period in OpenSSL's format, as
// node's getPeerCertificate and X509Certificate show it.
func certValidity(c *x509.Certificate) (from, to string) {
	const opensslTime = "Jan _2 15:04:05 2006 GMT"
	return c.NotBefore.UTC().Format(opensslTime), c.NotAfter.UTC().Format(opensslTime)
}

// certFingerprints are a certificate's SHA-1, SHA-256 and SHA-512
// fingerprints as node writes them (upper-case hex pairs joined by colons).
func certFingerprints(c *x509.Certificate) (f1, f256, f512 string) {
	s1, s256, s512 := sha1.Sum(c.Raw), sha256.Sum256(c.Raw), sha512.Sum512(c.Raw)
	return colonHex(s1[:]), colonHex(s256[:]), colonHex(s512[:])
}

// certExtKeyUsage is the array of a certificate's extended key usage OIDs,
// and false when it has none.
func certExtKeyUsage(rt *vm.Runtime, c *x509.Certificate) (vm.Value, bool) {
	if len(c.ExtKeyUsage) == 0 && len(c.UnknownExtKeyUsage) == 0 {
		return vm.Undefined, false
	}
	var usages []vm.Value
	for _, u := range c.ExtKeyUsage {
		if oid, ok := extKeyUsageOID(u); ok {
			usages = append(usages, rt.NewString(oid))
		}
	}
	for _, u := range c.UnknownExtKeyUsage {
		usages = append(usages, rt.NewString(u.String()))
	}
	return rt.NewArray(usages), true
}

func extKeyUsageOID(u x509.ExtKeyUsage) (string, bool) {
	switch u {
	case x509.ExtKeyUsageServerAuth:
		return "1.3.6.1.5.5.7.3.1", true
	case x509.ExtKeyUsageClientAuth:
		return "1.3.6.1.5.5.7.3.2", true
	case x509.ExtKeyUsageCodeSigning:
		return "1.3.6.1.5.5.7.3.3", true
	case x509.ExtKeyUsageEmailProtection:
		return "1.3.6.1.5.5.7.3.4", true
	case x509.ExtKeyUsageTimeStamping:
		return "1.3.6.1.5.5.7.3.8", true
	case x509.ExtKeyUsageOCSPSigning:
		return "1.3.6.1.5.5.7.3.9", true
	case x509.ExtKeyUsageAny:
		return "2.5.29.37.0", true
	}
	return "", false
}

func curveNames(c elliptic.Curve) (string, string) {
	switch c {
	case elliptic.P256():
		return "prime256v1", "P-256"
	case elliptic.P384():
		return "secp384r1", "P-384"
	case elliptic.P521():
		return "secp521r1", "P-521"
	}
	return "", ""
}

// subjectAltName renders the extension as OpenSSL prints it, in the
// certificate's own order.
func subjectAltName(c *x509.Certificate) string {
	var raw []byte
	for _, e := range c.Extensions {
		if e.Id.Equal(asn1.ObjectIdentifier{2, 5, 29, 17}) {
			raw = e.Value
		}
	}
	if raw == nil {
		return ""
	}
	var seq asn1.RawValue
	if _, err := asn1.Unmarshal(raw, &seq); err != nil {
		return ""
	}
	var parts []string
	rest := seq.Bytes
	for len(rest) > 0 {
		var v asn1.RawValue
		var err error
		if rest, err = asn1.Unmarshal(rest, &v); err != nil {
			break
		}
		switch v.Tag {
		case 1:
			parts = append(parts, "email:"+string(v.Bytes))
		case 2:
			parts = append(parts, "DNS:"+string(v.Bytes))
		case 6:
			parts = append(parts, "URI:"+string(v.Bytes))
		case 7:
			parts = append(parts, "IP Address:"+opensslIP(v.Bytes))
		}
	}
	return strings.Join(parts, ", ")
}

// opensslIP prints an address as OpenSSL does: IPv6 as eight groups
// without zero compression.
func opensslIP(b []byte) string {
	if len(b) == 4 {
		return net.IP(b).String()
	}
	if len(b) != 16 {
		return "<invalid>"
	}
	groups := make([]string, 8)
	for i := range groups {
		groups[i] = fmt.Sprintf("%X", int(b[2*i])<<8|int(b[2*i+1]))
	}
	return strings.Join(groups, ":")
}

func colonHex(b []byte) string {
	s := strings.ToUpper(hex.EncodeToString(b))
	var sb strings.Builder
	for i := 0; i < len(s); i += 2 {
		if i > 0 {
			sb.WriteByte(':')
		}
		sb.WriteString(s[i : i+2])
	}
	return sb.String()
}

// systemRootPEMs reads the system's bundle of trusted roots from the files
// Go's own pool loads on Unix (crypto/x509 does not hand its pool's
// certificates out); elsewhere, or without one, the list is empty.
func systemRootPEMs() []string {
	files := []string{
		"/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/ca-bundle.pem",
		"/etc/pki/tls/cacert.pem", "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", "/etc/ssl/cert.pem",
	}
	if f := os.Getenv("SSL_CERT_FILE"); f != "" {
		files = []string{f}
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		var out []string
		for {
			var b *pem.Block
			b, data = pem.Decode(data)
			if b == nil {
				break
			}
			if b.Type == "CERTIFICATE" {
				out = append(out, string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: b.Bytes})))
			}
		}
		return out
	}
	return nil
}
