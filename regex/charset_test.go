package regex

import (
	"reflect"
	"testing"
	"unicode"
)

// The escape sets are written out by hand, normalised and with their
// Latin-1 bitmaps, so that package initialisation builds nothing; each must
// equal what newSet makes of its definition.
func TestStaticSetsAreNormalised(t *testing.T) {
	space := fromTable(unicode.Zs)
	space.addRanges([]rng{{'\t', '\r'}, {' ', ' '}, {0xA0, 0xA0}, {0xFEFF, 0xFEFF}, {0x2028, 0x2029}})
	space.normalize()
	for _, c := range []struct {
		name      string
		got, want *charSet
	}{
		{"digitSet", digitSet, newSet(rng{'0', '9'})},
		{"wordSet", wordSet, newSet(rng{'0', '9'}, rng{'A', 'Z'}, rng{'_', '_'}, rng{'a', 'z'})},
		{"spaceSet", spaceSet, space},
		{"lineTermSet", lineTermSet, newSet(rng{'\n', '\n'}, rng{'\r', '\r'}, rng{0x2028, 0x2029})},
		{"wordSetUnicodeIC", wordSetUnicodeIC, newSet(rng{'0', '9'}, rng{'A', 'Z'}, rng{'_', '_'}, rng{'a', 'z'},
			rng{0x17F, 0x17F}, rng{0x212A, 0x212A})},
	} {
		t.Run(c.name+" equals newSet of its ranges", func(t *testing.T) {
			if !reflect.DeepEqual(c.got, c.want) {
				t.Errorf("%s = %+v, want %+v", c.name, *c.got, *c.want)
			}
		})
	}
}
