// Package catalogaccess gives the module's packages the sets a
// criteria.Catalog holds, where the catalog's exported methods give copies.
// Package evaluate keeps a set's compiled form by the set's address and
// evaluates the catalog's sets on every call, so it reads them here.
//
// Package criteria registers its accessors in its init ([Register]). A
// package importing criteria is initialised after it and may call [Get] in
// a package-level variable:
//
//	var shared = catalogaccess.Get[criteria.Catalog, criteria.Set]()
//
// The type parameters stand for criteria.Catalog and criteria.Set, which
// this package cannot name: criteria imports it.
package catalogaccess

// Funcs reads a catalog's own sets; C is criteria.Catalog and S
// criteria.Set. The sets and the slices they come in belong to the catalog:
// they are never to be changed.
type Funcs[C, S any] struct {
	// Lookup is Catalog.Lookup returning the catalog's own set.
	Lookup func(c *C, id string) (*S, error)
	// Sets returns the catalog's own sets in order, in a slice of the
	// catalog that a later Add does not change.
	Sets func(c *C) []*S
}

var registered any

// Register records f, the accessors of package criteria.
func Register[C, S any](f Funcs[C, S]) { registered = f }

// Get returns the accessors registered for C and S. It panics when none
// are.
func Get[C, S any]() Funcs[C, S] {
	f, ok := registered.(Funcs[C, S])
	if !ok {
		panic("catalogaccess: no accessors registered for these types")
	}
	return f
}
