package placekey

import (
	"hash/maphash"
	"strconv"
)

// A Hasher makes 128-bit keys of strings with two random seeds: two
// different inputs share a key with odds of about 2⁻¹²⁸, so that a key can
// stand for its strings in a map. Use [NewHasher]; the zero Hasher gives
// keys that other processes can predict.
type Hasher struct{ seeds [2]maphash.Seed }

// NewHasher returns a Hasher with random seeds.
func NewHasher() Hasher { return Hasher{[2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}} }

// Sum returns the key of parts, each ended by a zero byte, followed by
// year in decimal when year is not 0.
func (h Hasher) Sum(year int, parts ...string) [2]uint64 {
	var y [20]byte
	var k [2]uint64
	for i, seed := range h.seeds {
		var s maphash.Hash
		s.SetSeed(seed)
		for _, p := range parts {
			s.WriteString(p)
			s.WriteByte(0)
		}
		if year != 0 {
			s.Write(strconv.AppendInt(y[:0], int64(year), 10))
		}
		k[i] = s.Sum64()
	}
	return k
}
