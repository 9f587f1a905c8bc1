// Package deflate is a DEFLATE (RFC 1951) compressor whose output is byte
// for byte the output of node v20's zlib, so that what Kiln's zlib module
// writes (gzip files, npm pack tarballs, PNGs, ETags) hashes as node's does.
//
// Node links Chromium's fork of zlib 1.3, and on x86-64 and Arm that fork
// does not produce vanilla zlib's bytes (measured against python3's zlib,
// which links the system zlib 1.2.13: 192 of 300 level/strategy/memLevel/
// windowBits settings gave other bytes for some input). The differences
// that change the output, all reproduced here:
//   - the hash of the string dictionary reads four bytes, not three, and
//     mixes them multiplicatively ((v*66521 + 66521) >> 16, v the four bytes
//     read little-endian), so a chain holds strings whose first four bytes
//     (almost always) agree, and three-byte matches are mostly not found;
//   - the hash table has at least 2^15 heads whatever memLevel says;
//   - the strings left over when input ran out are inserted when more
//     arrives only while more than three bytes of lookahead stand behind
//     them.
//
// Everything else is zlib's algorithm as zlib's documentation and RFC 1951
// describe it: the configuration table per level (greedy matching for
// levels 1–3, lazy matching for 4–9), hash chains searched newest first up
// to max_chain, a block ended when the symbol buffer (2^(memLevel+6) - 1
// symbols) is full, each block sent stored, with the fixed codes or with
// dynamic codes, whichever is shortest, and Huffman lengths limited to 15
// (7 for the code-length code) by zlib's overflow repair.
//
// The package also inflates (inflate.go): Inflater is a push decoder that
// gives out all that the input so far determines, as zlib's inflate does,
// with zlib's error messages. Its tables are built on first use (see
// tables.go): no package initialisation runs.
//
// The main type is Stream, one deflate stream: Deflate is zlib's deflate()
// call with its input, output space and flush, Params is deflateParams,
// and Compress drives a stream the way node's zlib binding does (output
// space of chunkSize bytes, called again while it fills).
package deflate
