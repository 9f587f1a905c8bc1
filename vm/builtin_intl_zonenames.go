package vm

import (
	"strconv"
	"strings"
	"sync"
)

//go:generate sh -c "node gen_intl_zones.js > intl_zones_node.go && gofmt -w intl_zones_node.go"

// Time zone names (timeZoneName "short", "long", "shortGeneric",
// "longGeneric") come from ICU through gen_intl_zones.js: what each zone is
// called under each offset it has in 2024, per locale. A zone at an offset
// the table does not list (a date before a zone changed its rules) falls
// back to Kiln's own naming (zoneName).

// Zone name styles, in the order of a zoneNameRows entry.
const (
	zoneShort = iota
	zoneLong
	zoneShortGeneric
	zoneLongGeneric
)

var zoneNameTables struct {
	once  sync.Once
	keys  map[string]int // "zone minutes" to the entry's number
	zones map[string]int // a zone to its first entry
	names []string
}

// zoneNames looks up the name ICU gives zone at offset (seconds east of
// UTC) in style, for a resolved locale: its row, else its language's and
// region's, else its language's. found is false when the table does not know the zone at that
// offset or the locale; name is "" when ICU writes the localized GMT
// offset there.
func zoneNames(locale, zone string, offset, style int) (name string, found bool) {
	base, _ := localeParts(locale)
	row, ok := zoneNameRows.get(base)
	if !ok {
		lang, rest, _ := strings.Cut(base, "-")
		if region := regionOf(rest); region != "" {
			row, ok = zoneNameRows.get(lang + "-" + region)
		}
		if !ok {
			row, ok = zoneNameRows.get(lang)
		}
		if !ok {
			return "", false
		}
	}
	t := &zoneNameTables
	t.once.Do(func() {
		keys := strings.Split(strings.TrimSuffix(zoneNameKeys, "\x00"), "\x00")
		t.keys = make(map[string]int, len(keys))
		t.zones = make(map[string]int, len(keys))
		for i, k := range keys {
			t.keys[k] = i
			zone, _, _ := strings.Cut(k, " ")
			if _, ok := t.zones[zone]; !ok {
				t.zones[zone] = i
			}
		}
		t.names = strings.Split(strings.TrimSuffix(zoneNameList, "\x00"), "\x00")
	})
	i, ok := t.keys[zone+" "+strconv.Itoa(offset/60)]
	if !ok || offset%60 != 0 {
		// An offset the zone did not have in 2024: ICU names it by the
		// offset, though its generic name stays the zone's.
		if i, ok = t.zones[zone]; !ok {
			return "", false
		}
		if style < zoneShortGeneric {
			return "", true
		}
	}
	at := (i*4 + style) * 2
	if at+1 >= len(row) {
		return "", false
	}
	n := int(row[at]-'!')*94 + int(row[at+1]-'!')
	if n == 0 {
		return "", true
	}
	return t.names[n-1], true
}

// regionOf is the region subtag among a tag's subtags after the language
// ("Latn-RS" gives "RS"), or "".
func regionOf(subtags string) string {
	for _, s := range strings.Split(subtags, "-") {
		if len(s) == 2 || (len(s) == 3 && s[0] >= '0' && s[0] <= '9') {
			return s
		}
	}
	return ""
}

// supportedTimeZones is ICU's list of canonical zones (node's
// Intl.supportedValuesOf("timeZone"), which leaves out "UTC" and the other
// Etc zones), less any the machine's zone database cannot load.
func supportedTimeZones() []string {
	var out []string
	for _, k := range strings.Split(strings.TrimSuffix(zoneNameKeys, "\x00"), "\x00") {
		zone, _, _ := strings.Cut(k, " ")
		if zone == "UTC" || (len(out) > 0 && out[len(out)-1] == zone) {
			continue
		}
		if _, loc := canonicalTimeZone(zone); loc != nil {
			out = append(out, zone)
		}
	}
	return out
}
