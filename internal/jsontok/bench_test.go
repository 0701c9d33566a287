package jsontok

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
)

// benchDoc is a JSON array of n objects of keys, short strings (some
// with escapes), Vietnamese text and numbers.
func benchDoc(n int) []byte {
	var b strings.Builder
	b.WriteString("[")
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"commune": "Xã Hòa Lạc %d", "year": 2020, "code": "17.%d", "value": %d.5, "note": "a \"b\"\n", "ok": true}`, i, i%20, i)
	}
	b.WriteString("]")
	return []byte(b.String())
}

func benchRead(b *testing.B, in []byte, open func() *Tokens) {
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		d := open()
		for {
			if _, err := d.Token(); err != nil {
				if err != io.EOF {
					b.Fatal(err)
				}
				break
			}
		}
	}
}

func BenchmarkTokens(b *testing.B) {
	in := benchDoc(10000)
	b.Run("memory", func(b *testing.B) { benchRead(b, in, func() *Tokens { return New(in) }) })
	b.Run("reader", func(b *testing.B) { benchRead(b, in, func() *Tokens { return NewReader(bytes.NewReader(in)) }) })
	b.Run("chunks", func(b *testing.B) {
		benchRead(b, in, func() *Tokens { return NewReader(&chunkReader{bytes.NewReader(in), 1000}) })
	})
}
