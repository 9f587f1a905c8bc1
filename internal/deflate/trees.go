package deflate

// The block writer: symbol tallies, Huffman trees built from them, and the
// choice of block type. Code lengths come from a heap-built Huffman tree
// whose ties are broken by subtree depth (shallower first), and are then
// limited to the alphabet's maximum by moving leaves down from the deepest
// level, which is what makes them zlib's lengths and not merely optimal
// ones.

// tree is one alphabet's Huffman tree under construction. Leaves are
// symbols 0..elems-1; inner nodes are numbered from elems up.
type tree struct {
	freq    []int
	len     []uint8
	dad     []int
	codes   []code
	maxCode int // largest symbol with a nonzero frequency
	// What the tree is for: its fixed counterpart (nil for code lengths),
	// the extra bits of symbols from extraBase on, its size and maximum
	// code length.
	static    []code
	extra     []uint8
	extraBase int
	elems     int
	maxLength int
}

func newTree(nodes, elems, maxLength int, static []code, extra []uint8, extraBase int) *tree {
	return &tree{
		freq: make([]int, nodes), len: make([]uint8, nodes), dad: make([]int, nodes), codes: make([]code, nodes),
		static: static, extra: extra, extraBase: extraBase, elems: elems, maxLength: maxLength,
	}
}

// huffman is the per-stream state shared by the three trees' builds.
type huffman struct {
	heap          [heapSize + 1]int
	heapLen       int
	heapMax       int
	depth         [heapSize]uint8
	blCount       [maxBits + 1]int
	optLen        int // bits of the block with dynamic codes
	staticLen     int // bits of the block with the fixed codes
	ltree, dtree  *tree
	bltree        *tree
	lits          []uint8  // per symbol: the literal, or the match length - 3
	dists         []uint16 // per symbol: 0 for a literal, else the distance
	symEnd        int      // the block ends when this many symbols are tallied
	matches       int
	tab           *codeTables
	blockHasInput bool
}

func newHuffman(litBufSize int) *huffman {
	t := tables.Get()
	h := &huffman{
		ltree:  newTree(heapSize, lCodes, maxBits, t.staticL[:], extraLBits[:], literals+1),
		dtree:  newTree(2*dCodes+1, dCodes, maxBits, t.staticD[:], extraDBits[:], 0),
		bltree: newTree(2*blCodes+1, blCodes, maxBLBits, nil, extraBLBits[:], 0),
		lits:   make([]uint8, 0, litBufSize),
		dists:  make([]uint16, 0, litBufSize),
		symEnd: litBufSize - 1,
		tab:    t,
	}
	h.initBlock()
	return h
}

func (h *huffman) initBlock() {
	clear(h.ltree.freq[:lCodes])
	clear(h.dtree.freq[:dCodes])
	clear(h.bltree.freq[:blCodes])
	h.ltree.freq[endBlock] = 1
	h.optLen, h.staticLen = 0, 0
	h.lits, h.dists = h.lits[:0], h.dists[:0]
	h.matches = 0
}

// tallyLit records a literal and reports whether the block is full.
func (h *huffman) tallyLit(c byte) bool {
	h.lits = append(h.lits, c)
	h.dists = append(h.dists, 0)
	h.ltree.freq[c]++
	return len(h.lits) == h.symEnd
}

// tallyMatch records a match of length minMatch+lc at distance dist and
// reports whether the block is full.
func (h *huffman) tallyMatch(dist, lc int) bool {
	h.lits = append(h.lits, uint8(lc))
	h.dists = append(h.dists, uint16(dist))
	h.matches++
	h.ltree.freq[int(h.tab.lengthCode[lc])+literals+1]++
	h.dtree.freq[h.tab.dCode(dist-1)]++
	return len(h.lits) == h.symEnd
}

// smaller orders heap nodes: by frequency, then by depth.
func (h *huffman) smaller(t *tree, n, m int) bool {
	return t.freq[n] < t.freq[m] || t.freq[n] == t.freq[m] && h.depth[n] <= h.depth[m]
}

// siftDown restores the heap property below position k.
func (h *huffman) siftDown(t *tree, k int) {
	v := h.heap[k]
	for j := k << 1; j <= h.heapLen; j <<= 1 {
		if j < h.heapLen && h.smaller(t, h.heap[j+1], h.heap[j]) {
			j++
		}
		if h.smaller(t, v, h.heap[j]) {
			break
		}
		h.heap[k] = h.heap[j]
		k = j
	}
	h.heap[k] = v
}

// build makes t's code lengths and codes from its frequencies, adding
// the block's cost in bits to optLen and staticLen.
func (h *huffman) build(t *tree) {
	h.heapLen, h.heapMax = 0, heapSize
	maxCode := -1
	for n := 0; n < t.elems; n++ {
		if t.freq[n] != 0 {
			h.heapLen++
			h.heap[h.heapLen] = n
			maxCode = n
			h.depth[n] = 0
		} else {
			t.len[n] = 0
		}
	}
	// A code needs two symbols even if fewer occur: force some in with
	// frequency 1 (they cost a bit each in the lengths sent, nothing here).
	for h.heapLen < 2 {
		node := 0
		if maxCode < 2 {
			maxCode++
			node = maxCode
		}
		h.heapLen++
		h.heap[h.heapLen] = node
		t.freq[node] = 1
		h.depth[node] = 0
		h.optLen--
		if t.static != nil {
			h.staticLen -= int(t.static[node].len)
		}
	}
	t.maxCode = maxCode
	for n := h.heapLen / 2; n >= 1; n-- {
		h.siftDown(t, n)
	}
	// Join the two least frequent nodes until one is left; the removed
	// nodes go to the top of heap[], from which lengths are computed.
	node := t.elems
	for h.heapLen >= 2 {
		n := h.heap[1]
		h.heap[1] = h.heap[h.heapLen]
		h.heapLen--
		h.siftDown(t, 1)
		m := h.heap[1]
		h.heapMax--
		h.heap[h.heapMax] = n
		h.heapMax--
		h.heap[h.heapMax] = m
		t.freq[node] = t.freq[n] + t.freq[m]
		h.depth[node] = max(h.depth[n], h.depth[m]) + 1
		t.dad[n], t.dad[m] = node, node
		h.heap[1] = node
		node++
		h.siftDown(t, 1)
	}
	h.heapMax--
	h.heap[h.heapMax] = h.heap[1]
	h.lengths(t)
	lens := t.len[:maxCode+1]
	var count [maxBits + 1]int
	copy(count[1:], h.blCount[1:])
	assignCodes(t.codes[:maxCode+1], lens, count[:])
}

// lengths sets the code lengths of t's leaves from the tree in heap[],
// root first, and limits them to t.maxLength.
func (h *huffman) lengths(t *tree) {
	clear(h.blCount[:])
	t.len[h.heap[h.heapMax]] = 0 // the root
	overflow := 0
	hp := h.heapMax + 1
	for ; hp < heapSize; hp++ {
		n := h.heap[hp]
		bits := int(t.len[t.dad[n]]) + 1
		if bits > t.maxLength {
			bits = t.maxLength
			overflow++
		}
		t.len[n] = uint8(bits)
		if n > t.maxCode {
			continue // an inner node
		}
		h.blCount[bits]++
		xbits := 0
		if n >= t.extraBase {
			xbits = int(t.extra[n-t.extraBase])
		}
		f := t.freq[n]
		h.optLen += f * (bits + xbits)
		if t.static != nil {
			h.staticLen += f * (int(t.static[n].len) + xbits)
		}
	}
	if overflow == 0 {
		return
	}
	// Each overflowing leaf was cut to maxLength, which oversubscribes the
	// code. Repair two at a time: move a leaf from the deepest level that
	// has one (short of maxLength) down a level, where it and an
	// overflowed leaf become siblings.
	for overflow > 0 {
		bits := t.maxLength - 1
		for h.blCount[bits] == 0 {
			bits--
		}
		h.blCount[bits]--
		h.blCount[bits+1] += 2
		h.blCount[t.maxLength]--
		overflow -= 2
	}
	// Hand the lengths out again, longest to the least frequent leaves
	// (heap[] holds them in increasing frequency).
	hp = heapSize
	for bits := t.maxLength; bits != 0; bits-- {
		for n := h.blCount[bits]; n != 0; {
			hp--
			m := h.heap[hp]
			if m > t.maxCode {
				continue
			}
			if int(t.len[m]) != bits {
				h.optLen += (bits - int(t.len[m])) * t.freq[m]
				t.len[m] = uint8(bits)
			}
			n--
		}
	}
}

// runs walks t's code lengths as the code-length code sends them (runs of
// a length, RFC 1951 §3.2.7), calling emit for each symbol with its
// repeat count (for 16–18) or 0.
func runs(t *tree, emit func(sym, repeat int)) {
	prevLen := -1
	nextLen := int(t.len[0])
	count := 0
	maxCount, minCount := 7, 4
	if nextLen == 0 {
		maxCount, minCount = 138, 3
	}
	for n := 0; n <= t.maxCode; n++ {
		curLen := nextLen
		nextLen = -2 // past the end: a length no run continues into
		if n+1 <= t.maxCode {
			nextLen = int(t.len[n+1])
		}
		count++
		if count < maxCount && curLen == nextLen {
			continue
		}
		switch {
		case count < minCount:
			for ; count > 0; count-- {
				emit(curLen, 0)
			}
		case curLen != 0:
			if curLen != prevLen {
				emit(curLen, 0)
				count--
			}
			emit(rep3to6, count)
		case count <= 10:
			emit(repZ3to10, count)
		default:
			emit(repZ11to138, count)
		}
		count = 0
		prevLen = curLen
		switch {
		case nextLen == 0:
			maxCount, minCount = 138, 3
		case curLen == nextLen:
			maxCount, minCount = 6, 3
		default:
			maxCount, minCount = 7, 4
		}
	}
}

// buildBLTree builds the code-length code for the two trees' lengths and
// returns the index in blOrder of the last length that must be sent.
func (h *huffman) buildBLTree() int {
	count := func(sym, _ int) { h.bltree.freq[sym]++ }
	runs(h.ltree, count)
	runs(h.dtree, count)
	h.build(h.bltree)
	maxIndex := blCodes - 1
	for ; maxIndex >= 3; maxIndex-- {
		if h.bltree.len[blOrder[maxIndex]] != 0 {
			break
		}
	}
	h.optLen += 3*(maxIndex+1) + 5 + 5 + 4
	return maxIndex
}
