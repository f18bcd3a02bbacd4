package main

import (
	"errors"
	"os"
	"strconv"
)

func report(v int64, err error) {
	println(v, err == nil)
	if err != nil {
		println(err.Error())
	}
}

func main() {
	for _, s := range []string{"42", "-17", "+8", "", "12x", "9223372036854775808", "-9223372036854775809", "0x1f"} {
		n, err := strconv.Atoi(s)
		report(int64(n), err)
	}
	v, err := strconv.ParseInt("0x_1F", 0, 64)
	report(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	report(v, err)
	v, err = strconv.ParseInt("777", 8, 64)
	report(v, err)
	v, err = strconv.ParseInt("1", 99, 64)
	report(v, err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	println(u, err == nil)
	_, err = strconv.ParseUint("-1", 10, 64)
	println(err.Error())
	var ne *strconv.NumError
	println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax))

	os.Stdout.WriteString(strconv.Itoa(-12345) + " " + strconv.FormatInt(255, 2) + " " + strconv.FormatInt(-255, 16) + " " + strconv.FormatUint(1<<63, 36) + "\n")
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	println(string(buf))

	b, err := strconv.ParseBool("TRUE")
	println(b, err == nil, strconv.FormatBool(false))
	_, err = strconv.ParseBool("yes")
	println(err.Error())

	println(strconv.Quote("hello\n\t\"world\" \x00 é 世 \u2028"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	for _, q := range []string{`"a\tb"`, "`raw`", `'x'`, `"bad`, `"\u00e9"`} {
		s, err := strconv.Unquote(q)
		println(s, err == nil)
	}

	floats := []float64{0, 1, -1, 0.1, 1.5, 3.14159265358979, 1e21, 1e-7, 123456789, 2.5e-308, 1.7976931348623157e308, 100, 0.000123}
	for _, f := range floats {
		os.Stdout.WriteString(strconv.FormatFloat(f, 'g', -1, 64) + " " + strconv.FormatFloat(f, 'e', -1, 64) + " " +
			strconv.FormatFloat(f, 'f', -1, 64) + " " + strconv.FormatFloat(f, 'f', 2, 64) + " " +
			strconv.FormatFloat(f, 'e', 3, 64) + " " + strconv.FormatFloat(f, 'g', 4, 64) + " " +
			strconv.FormatFloat(f, 'G', 10, 64) + " " + strconv.FormatFloat(f, 'g', -1, 32) + "\n")
	}
	var zero float64
	println(strconv.FormatFloat(zero/zero, 'g', -1, 64), strconv.FormatFloat(1/zero, 'f', 2, 64), strconv.FormatFloat(-1/zero, 'e', -1, 64))
	println(strconv.FormatFloat(-zero, 'g', -1, 64), strconv.FormatFloat(1, 'b', -1, 64), strconv.FormatFloat(3, 'x', -1, 64), strconv.FormatFloat(0.1, 'X', 3, 64))
	for _, s := range []string{"3.25", "-0.5e3", "1e400", "-1e400", "1e-400", "inf", "-Infinity", "NaN", "0x1p-2", "1_000.5", "abc", "1e", ".5", "5.", "0x1.8", "1.5x"} {
		f, err := strconv.ParseFloat(s, 64)
		os.Stdout.WriteString(s + " -> " + strconv.FormatFloat(f, 'g', -1, 64))
		if err != nil {
			os.Stdout.WriteString(" " + err.Error())
		}
		os.Stdout.WriteString("\n")
	}
	f32, _ := strconv.ParseFloat("0.1", 32)
	println(strconv.FormatFloat(f32, 'g', -1, 64), strconv.FormatFloat(f32, 'g', -1, 32))
}
