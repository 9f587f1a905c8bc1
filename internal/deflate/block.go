package deflate

// Bit output and the three block types. Bits go LSB first into bitBuf
// and whole bytes into pending, the output not yet handed to the caller.

func (s *Stream) sendBits(v uint32, n int) {
	s.bitBuf |= uint64(v) << s.bitCount
	s.bitCount += n
	for s.bitCount >= 16 {
		s.pending = append(s.pending, byte(s.bitBuf), byte(s.bitBuf>>8))
		s.bitBuf >>= 16
		s.bitCount -= 16
	}
}

func (s *Stream) sendCode(c code) { s.sendBits(uint32(c.bits), int(c.len)) }

// flushBits moves whole bytes of bitBuf to pending.
func (s *Stream) flushBits() {
	for s.bitCount >= 8 {
		s.pending = append(s.pending, byte(s.bitBuf))
		s.bitBuf >>= 8
		s.bitCount -= 8
	}
}

// windup pads bitBuf to a byte boundary and moves it to pending.
func (s *Stream) windup() {
	s.flushBits()
	if s.bitCount > 0 {
		s.pending = append(s.pending, byte(s.bitBuf))
	}
	s.bitBuf, s.bitCount = 0, 0
}

// storedBlock sends data as a stored block (its length fields only when
// data is nil: the caller copies the bytes itself).
func (s *Stream) storedBlock(data []byte, n int, last bool) {
	s.sendBits(uint32(b2i(last)), 3) // BTYPE 00
	s.windup()
	s.pending = append(s.pending, byte(n), byte(n>>8), ^byte(n), ^byte(n>>8))
	s.pending = append(s.pending, data...)
}

// align sends an empty block with the fixed codes, which Z_PARTIAL_FLUSH
// uses to push the previous block's last bits out.
func (s *Stream) align() {
	s.sendBits(1<<1, 3)
	s.sendCode(s.h.tab.staticL[endBlock])
	s.flushBits()
}

// flushBlock ends the current block: data is the block's input (nil when
// it has left the window, which rules out a stored block).
func (s *Stream) flushBlock(data []byte, storedLen int, last bool) {
	h := s.h
	var optLenB, staticLenB, maxBLIndex int
	if s.level > 0 {
		h.build(h.ltree)
		h.build(h.dtree)
		maxBLIndex = h.buildBLTree()
		optLenB = (h.optLen + 3 + 7) >> 3
		staticLenB = (h.staticLen + 3 + 7) >> 3
		if staticLenB <= optLenB || s.strategy == Fixed {
			optLenB = staticLenB
		}
	} else {
		optLenB = storedLen + 5
		staticLenB = optLenB
	}
	switch {
	case storedLen+4 <= optLenB && data != nil:
		s.storedBlock(data[:storedLen], storedLen, last)
	case staticLenB == optLenB:
		s.sendBits(uint32(1<<1+b2i(last)), 3)
		s.compress(h.tab.staticL[:], h.tab.staticD[:])
	default:
		s.sendBits(uint32(2<<1+b2i(last)), 3)
		s.sendTrees(h.ltree.maxCode+1, h.dtree.maxCode+1, maxBLIndex+1)
		s.compress(h.ltree.codes, h.dtree.codes)
	}
	h.initBlock()
	if last {
		s.windup()
	}
}

// sendTrees sends the dynamic block header: the code-length code and
// with it the literal/length and distance code lengths.
func (s *Stream) sendTrees(lcodes, dcodes, blcodes int) {
	bl := s.h.bltree
	s.sendBits(uint32(lcodes-257), 5)
	s.sendBits(uint32(dcodes-1), 5)
	s.sendBits(uint32(blcodes-4), 4)
	for i := 0; i < blcodes; i++ {
		s.sendBits(uint32(bl.len[blOrder[i]]), 3)
	}
	send := func(sym, repeat int) {
		s.sendCode(bl.codes[sym])
		switch sym {
		case rep3to6:
			s.sendBits(uint32(repeat-3), 2)
		case repZ3to10:
			s.sendBits(uint32(repeat-3), 3)
		case repZ11to138:
			s.sendBits(uint32(repeat-11), 7)
		}
	}
	runs(s.h.ltree, send)
	runs(s.h.dtree, send)
}

// compress sends the block's symbols with the given codes.
func (s *Stream) compress(lcodes, dcodes []code) {
	t := s.h.tab
	for i, lc := range s.h.lits {
		dist := int(s.h.dists[i])
		if dist == 0 {
			s.sendCode(lcodes[lc])
			continue
		}
		c := int(t.lengthCode[lc])
		s.sendCode(lcodes[c+literals+1])
		if extra := extraLBits[c]; extra != 0 {
			s.sendBits(uint32(int(lc)-t.baseLength[c]), int(extra))
		}
		dist--
		c = t.dCode(dist)
		s.sendCode(dcodes[c])
		if extra := extraDBits[c]; extra != 0 {
			s.sendBits(uint32(dist-t.baseDist[c]), int(extra))
		}
	}
	s.sendCode(lcodes[endBlock])
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
