// Package keymerge makes the items of one key one: the areas of a summary
// or of a progress, and the communes of a progress, whose names prove to be
// of one place once every name is read.
package keymerge

// Merge returns items with the items of one key made one, in the order of
// the first item of each key, and the index of each key's item in them.
// For each item in turn, Merge calls key, which may change the item (give
// it the names it is merged under), then, when an item of the same key
// came before it, merge with that first item, as merged so far, and the
// later one. The result shares items' array: items must not be used after.
func Merge[T any, K comparable](items []T, key func(*T) K, merge func(first, later *T)) ([]T, map[K]int) {
	index := make(map[K]int, len(items))
	out := items[:0]
	for _, item := range items {
		k := key(&item)
		i, ok := index[k]
		if !ok {
			index[k] = len(out)
			out = append(out, item)
			continue
		}
		merge(&out[i], &item)
	}
	return out, index
}
