package stdlib

import (
	"crypto/tls"
	"slices"
	"strings"
)

// The ciphers option is an OpenSSL cipher list: names of suites,
// keywords that stand for families of them (HIGH, ECDHE+AESGCM, ...), and
// exclusions ("!aNULL", "-AES128-SHA"). crypto/tls takes a set of suite
// IDs for TLS 1.2 and below (TLS 1.3's are fixed), so a list is read as
// the suites it names, plus crypto/tls's defaults when it names a family
// too, less the suites it excludes by name. Families are not expanded:
// the defaults are the strong suites a family keyword usually picks, and
// a list of suite names alone (what a program naming ciphers for an old
// peer writes) is applied exactly.

// opensslCiphers maps OpenSSL's names of the suites crypto/tls implements
// and node's OpenSSL has (not 3DES).
var opensslCiphers = table[uint16]{
	{"ECDHE-ECDSA-AES128-GCM-SHA256", tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256},
	{"ECDHE-RSA-AES128-GCM-SHA256", tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256},
	{"ECDHE-ECDSA-AES256-GCM-SHA384", tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384},
	{"ECDHE-RSA-AES256-GCM-SHA384", tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384},
	{"ECDHE-ECDSA-CHACHA20-POLY1305", tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256},
	{"ECDHE-RSA-CHACHA20-POLY1305", tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256},
	{"ECDHE-ECDSA-AES128-SHA256", tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256},
	{"ECDHE-RSA-AES128-SHA256", tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256},
	{"ECDHE-ECDSA-AES128-SHA", tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA},
	{"ECDHE-RSA-AES128-SHA", tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA},
	{"ECDHE-ECDSA-AES256-SHA", tls.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA},
	{"ECDHE-RSA-AES256-SHA", tls.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA},
	{"AES128-GCM-SHA256", tls.TLS_RSA_WITH_AES_128_GCM_SHA256},
	{"AES256-GCM-SHA384", tls.TLS_RSA_WITH_AES_256_GCM_SHA384},
	{"AES128-SHA256", tls.TLS_RSA_WITH_AES_128_CBC_SHA256},
	{"AES128-SHA", tls.TLS_RSA_WITH_AES_128_CBC_SHA},
	{"AES256-SHA", tls.TLS_RSA_WITH_AES_256_CBC_SHA},
}

// opensslCipherWords are OpenSSL's keywords for families of suites, and
// the names of TLS 1.3's suites, which a TLS 1.2 list may carry.
var opensslCipherWords = []string{
	"DEFAULT", "ALL", "HIGH", "MEDIUM", "LOW", "COMPLEMENTOFDEFAULT", "COMPLEMENTOFALL", "ECDHE", "EECDH",
	"ECDH", "kECDHE", "kEECDH", "aECDSA", "ECDSA", "aRSA", "RSA", "kRSA", "AES", "AES128", "AES256", "AESGCM",
	"CHACHA20", "SHA", "SHA1", "SHA256", "SHA384", "TLSv1", "TLSv1.2", "SSLv3", "DHE", "EDH", "kDHE", "kEDH",
	"aNULL", "eNULL", "NULL", "MD5", "RC4", "3DES", "DES", "EXPORT", "PSK", "SRP", "CAMELLIA", "ARIA", "SEED",
	"IDEA", "DSS", "aDSS", "CBC", "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
	"TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_CCM_SHA256", "TLS_AES_128_CCM_8_SHA256",
}

// cipherSuites reads an OpenSSL cipher list: the suites to allow (nil for
// crypto/tls's defaults) and whether anything in it matched, which
// OpenSSL requires ("no cipher match").
func cipherSuites(list string) (suites []uint16, matched bool) {
	var named []uint16
	excluded := map[uint16]bool{}
	family := false
	toks := strings.FieldsFunc(list, func(r rune) bool { return r == ':' || r == ',' || r == ' ' })
	if len(toks) == 0 {
		return nil, true // an empty list leaves the defaults, as in node
	}
	for _, tok := range toks {
		if strings.HasPrefix(tok, "@") {
			continue // @SECLEVEL=n, @STRENGTH
		}
		op := tok[0]
		if op == '!' || op == '-' || op == '+' {
			tok = tok[1:]
		}
		id, isSuite := opensslCiphers.get(tok)
		isWord := !isSuite && allWords(tok)
		if !isSuite && !isWord {
			continue
		}
		matched = true
		switch {
		case op == '!' || op == '-':
			if isSuite {
				excluded[id] = true
			}
		case isSuite:
			named = append(named, id)
		case op != '+':
			family = true
		}
	}
	if !family && len(named) == 0 {
		return nil, matched
	}
	if family {
		for _, s := range tls.CipherSuites() {
			if strings.HasPrefix(s.Name, "TLS_ECDHE_") && !strings.HasSuffix(s.Name, "_CBC_SHA256") {
				named = append(named, s.ID)
			}
		}
	}
	for _, id := range named {
		if !excluded[id] && !containsSuite(suites, id) {
			suites = append(suites, id)
		}
	}
	return suites, matched
}

// allWords reports whether tok is OpenSSL keywords joined with "+"
// (ECDHE+AESGCM).
func allWords(tok string) bool {
	for _, w := range strings.Split(tok, "+") {
		if !slices.Contains(opensslCipherWords, w) {
			return false
		}
	}
	return true
}

func containsSuite(s []uint16, id uint16) bool {
	for _, x := range s {
		if x == id {
			return true
		}
	}
	return false
}

// opensslCipher is getCipher()'s name and version of suite id: OpenSSL's
// name (a TLS 1.3 suite's is its standard one) and the oldest protocol
// version the suite runs on, as OpenSSL reports it (not the one in use).
func opensslCipher(id uint16) (name, version string) {
	name = tls.CipherSuiteName(id)
	for _, e := range opensslCiphers {
		if e.v == id {
			name = e.k
			break
		}
	}
	std := tls.CipherSuiteName(id)
	switch {
	case !strings.Contains(std, "_WITH_"):
		version = "TLSv1.3"
	case strings.HasSuffix(std, "_CBC_SHA") && strings.HasPrefix(std, "TLS_RSA_"):
		version = "SSLv3"
	case strings.HasSuffix(std, "_CBC_SHA"):
		version = "TLSv1.0"
	default:
		version = "TLSv1.2"
	}
	return name, version
}
