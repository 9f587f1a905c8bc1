package deflate

// The corpus inputs, as testdata/inputs.js makes them for node.

var corpusWords = []string{"the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "deflate", "kiln", "node",
	"zlib", "window", "hash", "chain", "match", "literal", "block", "a", "an", `{"key":`, `"value"},`, "\n"}

type corpusInput struct {
	name, kind string
	size, seed int
}

var corpusInputs = []corpusInput{
	{"empty", "zeros", 0, 1},
	{"one", "text", 1, 1},
	{"text100", "text", 100, 2},
	{"text5k", "text", 5000, 3},
	{"text40k", "text", 40000, 4},
	{"text150k", "text", 150000, 5},
	{"random1k", "random", 1000, 6},
	{"random16383", "random", 16383, 7},
	{"random16384", "random", 16384, 8},
	{"random65536", "random", 65536, 9},
	{"random70k", "random", 70000, 10},
	{"abcd3k", "abcd", 3000, 11},
	{"abcd60k", "abcd", 60000, 12},
	{"runs50k", "runs", 50000, 13},
	{"records120k", "records", 120000, 14},
	{"zeros100k", "zeros", 100000, 15},
	{"text16k", "text", 16384, 16},
	{"text33k", "text", 32768 + 261, 17},
}

func (in corpusInput) bytes() []byte {
	x := uint32(uint64(in.seed) * 2654435761)
	r := func() uint32 {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return x
	}
	n := in.size
	b := make([]byte, 0, n)
	switch in.kind {
	case "text":
		for len(b) < n {
			b = append(b, corpusWords[r()%uint32(len(corpusWords))]+" "...)
		}
		b = b[:n]
	case "random":
		for range n {
			b = append(b, byte(r()>>24))
		}
	case "abcd":
		for range n {
			b = append(b, byte(97+r()>>30))
		}
	case "runs":
		b = b[:n]
		for i := 0; i < n; {
			l := 1 + int(r()%600)
			c := byte(r() >> 24)
			for j := i; j < min(n, i+l); j++ {
				b[j] = c
			}
			i += l
		}
	case "records":
		for i := range n {
			if i%37 == 0 {
				b = append(b, byte(r()>>24))
			} else {
				b = append(b, byte((i*7+i>>9)&0xff))
			}
		}
	case "zeros":
		b = b[:n]
	}
	return b
}
