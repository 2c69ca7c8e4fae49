package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var n, q int
	fmt.Fscan(in, &n, &q)
	prefix := make([]int64, n+1)
	for i := 0; i < n; i++ {
		var v int64
		fmt.Fscan(in, &v)
		prefix[i+1] = prefix[i] + v
	}
	for ; q > 0; q-- {
		var l, r int
		fmt.Fscan(in, &l, &r)
		out.WriteString(strconv.FormatInt(prefix[r]-prefix[l-1], 10))
		out.WriteByte('\n')
	}
}
