// hooks.go: the C hooks fmt needs where the Go subset has no reflection (runtime/pkg_fmt.c).
//
// Every value fmt cannot recognise with a type switch (named types, structs, slices, arrays, maps,
// pointers of any type) is examined through these functions, which read the runtime type
// descriptor of an `any` (include/llgo/abi.h TypeDesc). Elements handed back as `any` point into
// the argument's own memory (nothing is copied), so each such hook declares its argument as flowing
// to its result; the rest neither keep nor return their arguments. The Go side does the printing.

package fmt

// Kinds as reported by fmt_kind: Go's reflect.Kind numbering (abi.h GK_*).
const (
	kindInvalid   = 0
	kindBool      = 1
	kindInt       = 2
	kindInt8      = 3
	kindInt16     = 4
	kindInt32     = 5
	kindInt64     = 6
	kindUint      = 7
	kindUint8     = 8
	kindUint16    = 9
	kindUint32    = 10
	kindUint64    = 11
	kindUintptr   = 12
	kindFloat32   = 13
	kindFloat64   = 14
	kindArray     = 17
	kindChan      = 18
	kindFunc      = 19
	kindInterface = 20
	kindMap       = 21
	kindPointer   = 22
	kindSlice     = 23
	kindString    = 24
	kindStruct    = 25
)

// fmt_write writes b to file descriptor fd.
func fmt_write(fd int, b []byte)

// fmt_kind is the kind of v's dynamic type (kindInvalid for nil). An element of interface type
// that holds nil is reported as kindInterface (see fmt_elems).
func fmt_kind(v any) int

// fmt_type_string is Go's spelling of v's dynamic type ("int", "main.T", "[]string", "*main.T").
func fmt_type_string(v any) string

// fmt_int, fmt_uint, fmt_float, fmt_bool and fmt_string read a value of a basic kind, whatever its
// named type: signed integers widened to int64, unsigned ones to uint64, floats to float64.
func fmt_int(v any) int64
func fmt_uint(v any) uint64
func fmt_float(v any) float64
func fmt_bool(v any) bool
func fmt_string(v any) string

// fmt_len is the number of elements (array, slice, map) or fields (struct) of v.
func fmt_len(v any) int

// fmt_elem_kind is the kind of v's element type (array, slice, pointer, map value).
func fmt_elem_kind(v any) int

// fmt_elems returns the elements of an array or slice, the fields of a struct, or the pointee of a
// non-nil pointer (one element), each as an `any`. An element of interface type yields the value
// it holds; a nil one yields a value of kind kindInterface whose type string is the interface's.
func fmt_elems(v any) []any

// fmt_field_name is the name of struct field i of v ("" when out of range).
func fmt_field_name(v any, i int) string

// fmt_map_entries returns a map's keys and values interleaved (k0, v0, k1, v1...), the keys in
// the order Go's fmt sorts them (internal/fmtsort).
func fmt_map_entries(v any) []any

// fmt_pointer is the address held by a pointer, map, func or slice (its first element), or 0.
func fmt_pointer(v any) uintptr

// fmt_bytes returns the bytes of a slice or array whose elements are of kind uint8.
func fmt_bytes(v any) []byte

// fmt_is_print reports whether r is printable as strconv.IsPrint defines it (letters, marks,
// numbers, punctuation, symbols and the ASCII space), from a table generated from Go 1.19.
func fmt_is_print(r rune) bool

// fmt_format_float formats f as strconv.FormatFloat(f, verb, prec, bits) does (prec -1: the
// shortest representation that reads back as the same float of that many bits).
func fmt_format_float(f float64, verb byte, prec int, bits int) string
