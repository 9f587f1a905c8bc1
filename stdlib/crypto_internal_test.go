package stdlib

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLookupDigest(t *testing.T) {
	for _, c := range []struct {
		name, want string
		ok         bool
	}{
		{"sha256", "sha256", true},
		{"SHA256", "sha256", true},
		{"RSA-SHA512/256", "sha512-256", true},
		{"sha1WithRSAEncryption", "sha1", true},
		{"Shake128", "shake128", true},
		{"ripemd160", "", false},
		{"", "", false},
	} {
		t.Run(c.name+" resolves", func(t *testing.T) {
			d, ok := lookupDigest(c.name)
			if ok != c.ok || d.name != c.want {
				t.Errorf("lookupDigest(%q) = %q, %v; want %q, %v", c.name, d.name, ok, c.want, c.ok)
			}
		})
	}
}

// TestHashStateSurvivesMarshalling checks that a digest computed over
// several updates, each through a marshalled state, equals the one-shot.
func TestHashStateSurvivesMarshalling(t *testing.T) {
	for _, d := range digests {
		t.Run(d.name+" matches a one-shot hash", func(t *testing.T) {
			parts := []string{"", "abc", strings.Repeat("x", 300), "end"}
			state := marshal(d.fresh())
			for _, p := range parts {
				h := d.restore(state)
				h.Write([]byte(p))
				state = marshal(h)
			}
			one := d.fresh()
			one.Write([]byte(strings.Join(parts, "")))
			if diff := cmp.Diff(d.sum(one, 20), d.sum(d.restore(state), 20)); diff != "" {
				t.Error(diff)
			}
		})
	}
}

func TestHMACMatchesCryptoHMAC(t *testing.T) {
	for _, c := range []struct {
		digest string
		new    func() hash.Hash
		key    string
	}{
		{"sha256", sha256.New, "key"},
		{"sha256", sha256.New, strings.Repeat("k", 200)},
		{"sha512", sha512.New, ""},
	} {
		t.Run(c.digest+" with a key of "+strconv.Itoa(len(c.key))+" bytes", func(t *testing.T) {
			d, _ := lookupDigest(c.digest)
			ipad, opad := d.hmacKeys([]byte(c.key))
			inner := d.new()
			inner.Write(ipad)
			inner.Write([]byte("data"))
			outer := d.new()
			outer.Write(opad)
			outer.Write(inner.Sum(nil))
			want := hmac.New(c.new, []byte(c.key))
			want.Write([]byte("data"))
			if diff := cmp.Diff(want.Sum(nil), outer.Sum(nil)); diff != "" {
				t.Error(diff)
			}
		})
	}
}

func TestRandomUUIDIsVersion4(t *testing.T) {
	re := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	for i := 0; i < 100; i++ {
		if u := randomUUID(); !re.MatchString(u) {
			t.Fatalf("randomUUID() = %q", u)
		}
	}
}

func TestRandomBelowStaysInRange(t *testing.T) {
	for _, max := range []uint64{1, 2, 3, 1000, 1<<48 - 1} {
		for i := 0; i < 200; i++ {
			if v := randomBelow(max); v >= max {
				t.Fatalf("randomBelow(%d) = %d", max, v)
			}
		}
	}
}
