package stdlib

import (
	"bytes"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"net"
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// The Go half of crypto.X509Certificate (lib/internal/crypto_x509.js), on
// crypto/x509. The certificate crosses as its DER bytes; each method parses
// them again, which costs less than a table of handles that JavaScript
// would have to free. Strings are OpenSSL's, as node prints them: names in
// X509_NAME_print_ex's multiline form with RFC 2253 escapes, subjectAltName
// and infoAccess as X509V3_EXT_print does, times as ASN1_TIME_print does.
// The checks are X509_check_host/email/ip/issued's rules.

// parseCertificate reads a PEM certificate (the first in the text) or DER.
// The failure is OpenSSL's [code, message] as node throws it.
func parseCertificate(data []byte) (*x509.Certificate, []string) {
	der := data
	if i := bytes.Index(data, []byte("-----BEGIN")); i >= 0 {
		block, _ := pem.Decode(data[i:])
		if block == nil {
			return nil, []string{"ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line"}
		}
		der = block.Bytes
	} else if len(data) == 0 || data[0] != 0x30 {
		return nil, []string{"ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line"}
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, []string{"ERR_OSSL_ASN1_HEADER_TOO_LONG", "error:0680007B:asn1 encoding routines::header too long"}
	}
	return c, nil
}

// nameString is a name as node's X509Certificate shows it: one line per
// RDN in certificate order, a multi-valued RDN's attributes joined by
// " + ", values escaped as RFC 2253 asks (UTF-8 left as it is).
func nameString(raw []byte) string {
	var seq pkix.RDNSequence
	if _, err := asn1.Unmarshal(raw, &seq); err != nil {
		return ""
	}
	lines := make([]string, 0, len(seq))
	for _, rdn := range seq {
		parts := make([]string, 0, len(rdn))
		for _, atv := range rdn {
			key, ok := oidShortNames.get(atv.Type.String())
			if !ok {
				key = atv.Type.String()
			}
			parts = append(parts, key+"="+escape2253(fmt.Sprint(atv.Value)))
		}
		lines = append(lines, strings.Join(parts, " + "))
	}
	return strings.Join(lines, "\n")
}

// escape2253 is OpenSSL's ASN1_STRFLGS_ESC_2253 with ESC_CTRL: the special
// characters get a backslash, a leading '#' or space and a trailing space
// too, and control characters become \XX.
func escape2253(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte(",+\"\\<>;", c) >= 0,
			i == 0 && (c == '#' || c == ' '),
			i == len(s)-1 && c == ' ':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, "\\%02X", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// infoAccess is the Authority Information Access extension's entries as
// OpenSSL names them: ["OCSP - URI", location], or nil without one.
func infoAccess(c *x509.Certificate) [][2]string {
	var raw []byte
	for _, e := range c.Extensions {
		if e.Id.Equal(asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 1, 1}) {
			raw = e.Value
		}
	}
	if raw == nil {
		return nil
	}
	var descs []struct {
		Method   asn1.ObjectIdentifier
		Location asn1.RawValue
	}
	if _, err := asn1.Unmarshal(raw, &descs); err != nil {
		return nil
	}
	var out [][2]string
	for _, d := range descs {
		method := d.Method.String()
		switch method {
		case "1.3.6.1.5.5.7.48.1":
			method = "OCSP"
		case "1.3.6.1.5.5.7.48.2":
			method = "CA Issuers"
		}
		var loc string
		switch d.Location.Tag {
		case 6:
			loc = "URI:" + string(d.Location.Bytes)
		case 2:
			loc = "DNS:" + string(d.Location.Bytes)
		case 1:
			loc = "email:" + string(d.Location.Bytes)
		case 7:
			loc = "IP Address:" + opensslIP(d.Location.Bytes)
		default:
			continue
		}
		key, value, _ := strings.Cut(loc, ":")
		out = append(out, [2]string{method + " - " + key, value})
	}
	return out
}

// Subject-checking modes of checkHost and checkEmail.
const (
	subjectDefault = iota
	subjectAlways
	subjectNever
)

// hostFlags are X509_check_host's flags as node's options set them.
type hostFlags struct {
	wildcards, partial, multiLabel, singleLabelSubdomains bool
}

// matchHost is X509_check_host's comparison of one certificate name with
// the host: case-insensitive, with a wildcard only in the leftmost label
// of a name with at least two labels after it.
func matchHost(pattern, host string, f hostFlags) bool {
	// A host with a leading dot asks for any subdomain of it (one label
	// deep with singleLabelSubdomains): the certificate name's extra
	// leading characters are dropped before comparing.
	if strings.HasPrefix(host, ".") {
		for len(pattern) > len(host) && !(f.singleLabelSubdomains && pattern[0] == '.') {
			pattern = pattern[1:]
		}
	}
	if strings.EqualFold(pattern, host) {
		return true
	}
	star := strings.IndexByte(pattern, '*')
	if !f.wildcards || star < 0 || strings.Count(pattern, "*") != 1 {
		return false
	}
	dot := strings.IndexByte(pattern, '.')
	if dot < 0 || star > dot || strings.Count(pattern[dot:], ".") < 2 {
		return false
	}
	label := pattern[:dot]
	if label != "*" && (!f.partial || strings.HasPrefix(strings.ToLower(label), "xn--")) {
		return false
	}
	prefix, suffix := pattern[:star], pattern[star+1:]
	if len(host) < len(prefix)+len(suffix) ||
		!strings.EqualFold(host[:len(prefix)], prefix) || !strings.EqualFold(host[len(host)-len(suffix):], suffix) {
		return false
	}
	middle := host[len(prefix) : len(host)-len(suffix)]
	// A lone '*' stands for a whole label, so it cannot be empty.
	if label == "*" && middle == "" {
		return false
	}
	return f.multiLabel || !strings.Contains(middle, ".")
}

// sanEntries are the subjectAltName entries of one GeneralName tag.
func sanEntries(c *x509.Certificate, tag int) (entries [][]byte, any bool) {
	for _, e := range c.Extensions {
		if !e.Id.Equal(asn1.ObjectIdentifier{2, 5, 29, 17}) {
			continue
		}
		var seq asn1.RawValue
		if _, err := asn1.Unmarshal(e.Value, &seq); err != nil {
			return nil, false
		}
		for rest := seq.Bytes; len(rest) > 0; {
			var v asn1.RawValue
			var err error
			if rest, err = asn1.Unmarshal(rest, &v); err != nil {
				break
			}
			if v.Tag == tag {
				entries = append(entries, v.Bytes)
			}
		}
	}
	return entries, len(entries) > 0
}

// subjectValues are the values of one attribute in the subject.
func subjectValues(c *x509.Certificate, oid asn1.ObjectIdentifier) []string {
	var out []string
	for _, atv := range c.Subject.Names {
		if atv.Type.Equal(oid) {
			if s, ok := atv.Value.(string); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

func checkHost(c *x509.Certificate, host string, f hostFlags, subject int) (string, bool) {
	if host == "" {
		return "", false
	}
	names, haveSAN := sanEntries(c, 2)
	for _, n := range names {
		if matchHost(string(n), host, f) {
			return string(n), true
		}
	}
	if subject == subjectAlways || (subject == subjectDefault && !haveSAN) {
		for _, cn := range subjectValues(c, asn1.ObjectIdentifier{2, 5, 4, 3}) {
			if matchHost(cn, host, f) {
				return cn, true
			}
		}
	}
	return "", false
}

// matchEmail compares the local part exactly and the domain without case,
// as X509_check_email does.
func matchEmail(pattern, email string) bool {
	at := strings.LastIndexByte(pattern, '@')
	at2 := strings.LastIndexByte(email, '@')
	if at < 0 || at2 < 0 {
		return false
	}
	return pattern[:at] == email[:at2] && strings.EqualFold(pattern[at:], email[at2:])
}

func checkEmail(c *x509.Certificate, email string, subject int) bool {
	names, haveSAN := sanEntries(c, 1)
	for _, n := range names {
		if matchEmail(string(n), email) {
			return true
		}
	}
	if subject == subjectAlways || (subject == subjectDefault && !haveSAN) {
		for _, e := range subjectValues(c, asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 1}) {
			if matchEmail(e, email) {
				return true
			}
		}
	}
	return false
}

// checkIP compares the address's bytes: four for a dotted address, sixteen
// for any written with colons (an IPv4-mapped one included, as OpenSSL's
// a2i_IPADDRESS reads it).
func checkIP(c *x509.Certificate, text string, ip net.IP) bool {
	if v4 := ip.To4(); v4 != nil && !strings.Contains(text, ":") {
		ip = v4
	}
	names, _ := sanEntries(c, 7)
	for _, n := range names {
		if bytes.Equal(n, ip) {
			return true
		}
	}
	return false
}

// checkIssued is X509_check_issued: other's subject names c's issuer, the
// key identifiers agree where both are there, and other may sign
// certificates if it says what it may do. It does not check the signature.
func checkIssued(c, other *x509.Certificate) bool {
	if !bytes.Equal(c.RawIssuer, other.RawSubject) {
		return false
	}
	if len(c.AuthorityKeyId) > 0 && len(other.SubjectKeyId) > 0 && !bytes.Equal(c.AuthorityKeyId, other.SubjectKeyId) {
		return false
	}
	if other.KeyUsage != 0 && other.KeyUsage&x509.KeyUsageCertSign == 0 {
		return false
	}
	return true
}

func fillCryptoX509(n *Node, b vm.Value) {
	rt := n.VM
	cert := func(v vm.Value) *x509.Certificate {
		data, _ := rt.BufferBytes(v)
		c, _ := parseCertificate(data)
		return c
	}
	// parse(bytes) is the certificate's facts as an object, or [code,
	// message] for a certificate OpenSSL would not read.
	rt.DefineMethod(b, "parse", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data, _ := rt.BufferBytes(vm.Arg(args, 0))
		c, fail := parseCertificate(data)
		if fail != nil {
			return rt.NewArray([]vm.Value{rt.NewString(fail[0]), rt.NewString(fail[1])})
		}
		o := rt.NewObject()
		str := func(k, v string) { rt.SetS(o, k, rt.NewString(v)) }
		rt.SetS(o, "raw", rt.NewUint8Array(bytes.Clone(c.Raw)))
		rt.SetS(o, "spki", rt.NewUint8Array(bytes.Clone(c.RawSubjectPublicKeyInfo)))
		str("subject", nameString(c.RawSubject))
		str("issuer", nameString(c.RawIssuer))
		if san := subjectAltName(c); san != "" {
			str("subjectAltName", san)
		}
		if ia := infoAccess(c); ia != nil {
			lines := make([]string, len(ia))
			for i, e := range ia {
				lines[i] = e[0] + ":" + e[1]
			}
			str("infoAccess", strings.Join(lines, "\n"))
		}
		from, to := certValidity(c)
		str("validFrom", from)
		str("validTo", to)
		f1, f256, f512 := certFingerprints(c)
		str("fingerprint", f1)
		str("fingerprint256", f256)
		str("fingerprint512", f512)
		if usages, ok := certExtKeyUsage(rt, c); ok {
			rt.SetS(o, "keyUsage", usages)
		}
		serial := c.SerialNumber.Bytes()
		if len(serial) == 0 {
			serial = []byte{0}
		}
		str("serialNumber", strings.ToUpper(hex.EncodeToString(serial)))
		rt.SetS(o, "ca", vm.Bool(c.BasicConstraintsValid && c.IsCA))
		return o
	})
	// legacy(der) is toLegacyObject's object before lib/tls.js's names.
	rt.DefineMethod(b, "legacy", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return n.certObject(cert(vm.Arg(args, 0)))
	})
	// checkHost(der, name, wildcards, partial, multiLabel,
	// singleLabelSubdomains, subject).
	rt.DefineMethod(b, "checkHost", 7, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		f := hostFlags{rt.ToBoolean(vm.Arg(args, 2)), rt.ToBoolean(vm.Arg(args, 3)), rt.ToBoolean(vm.Arg(args, 4)),
			rt.ToBoolean(vm.Arg(args, 5))}
		name, ok := checkHost(cert(vm.Arg(args, 0)), rt.ToGoString(vm.Arg(args, 1)), f, int(rt.ToNumber(vm.Arg(args, 6))))
		if !ok {
			return vm.Undefined
		}
		return rt.NewString(name)
	})
	rt.DefineMethod(b, "checkEmail", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Bool(checkEmail(cert(vm.Arg(args, 0)), rt.ToGoString(vm.Arg(args, 1)), int(rt.ToNumber(vm.Arg(args, 2)))))
	})
	// checkIP(der, ip) is null for a string that is no address.
	rt.DefineMethod(b, "checkIP", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		text := rt.ToGoString(vm.Arg(args, 1))
		ip := net.ParseIP(text)
		if ip == nil {
			return vm.Null
		}
		return vm.Bool(checkIP(cert(vm.Arg(args, 0)), text, ip))
	})
	rt.DefineMethod(b, "checkIssued", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Bool(checkIssued(cert(vm.Arg(args, 0)), cert(vm.Arg(args, 1))))
	})
	// verify(der, spki): whether the key's owner signed the certificate.
	rt.DefineMethod(b, "verify", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := cert(vm.Arg(args, 0))
		spki, _ := rt.BufferBytes(vm.Arg(args, 1))
		pub, err := x509.ParsePKIXPublicKey(spki)
		if err != nil {
			return vm.Bool(false)
		}
		signer := &x509.Certificate{PublicKey: pub}
		return vm.Bool(signer.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil)
	})
}
