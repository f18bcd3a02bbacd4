// Package os: the little of Go's os that programs in the subset need: the command-line arguments,
// the environment (Getenv, LookupEnv, Environ, Setenv, Unsetenv), exiting, and the standard files as *File with Write, WriteString and Read. The
// system calls are C hooks (runtime/pkg_os.c); failures are *PathError values worded as Go's
// ("write /dev/stdout: bad file descriptor"). Reading past the end returns io.EOF.
package os

import (
	"errors"
	"io"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = os_args()

// ErrClosed is returned by operations on a closed file.
var ErrClosed = errors.New("file already closed")

// File represents an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input, standard output, and
// standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to NewFile.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) check(op string) error {
	if f == nil {
		return errors.New("invalid argument")
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Write writes len(b) bytes from b to the File. It returns the number of bytes written and an
// error, if any.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	r := os_write(f.fd, b)
	if r < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errors.New(os_strerror(-r))}
	}
	return r, nil
}

// WriteString is like Write, but writes the contents of string s (without copying it to a byte
// slice first).
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	r := os_write_string(f.fd, s)
	if r < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errors.New(os_strerror(-r))}
	}
	return r, nil
}

// Read reads up to len(b) bytes from the File into b. At end of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	r := os_read(f.fd, b)
	if r < 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errors.New(os_strerror(-r))}
	}
	if r == 0 {
		return 0, io.EOF
	}
	return r, nil
}

// Close marks the File closed; later reads and writes fail. The standard descriptors stay open at
// the system level.
func (f *File) Close() error {
	if err := f.check("close"); err != nil {
		return err
	}
	f.closed = true
	return nil
}

// Exit causes the current program to exit with the given status code; deferred functions are not
// run.
func Exit(code int) {
	os_exit(code)
}

// Getenv retrieves the value of the environment variable named by the key; empty if not present.
func Getenv(key string) string {
	return os_getenv(key)
}

// LookupEnv retrieves the value of the environment variable named by the key and reports whether
// it is present.
func LookupEnv(key string) (string, bool) {
	if !os_lookupenv(key) {
		return "", false
	}
	return os_getenv(key), true
}

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string {
	return os_environ()
}

// Setenv sets the value of the environment variable named by the key. It returns an error, if any:
// an empty key, or a key or value Go's syscall.Setenv rejects ("setenv: invalid argument").
func Setenv(key, value string) error {
	if errnum := os_setenv(key, value); errnum != 0 {
		return &SyscallError{Syscall: "setenv", Err: errors.New(os_strerror(errnum))}
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	os_unsetenv(key)
	return nil
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

func os_args() []string
func os_environ() []string
func os_setenv(key, value string) int
func os_unsetenv(key string)
func os_getenv(key string) string
func os_lookupenv(key string) bool
func os_exit(code int)
func os_write(fd int, b []byte) int
func os_write_string(fd int, s string) int
func os_read(fd int, b []byte) int
func os_strerror(errnum int) string
