package main

import (
	"fmt"
	"strings"
)

func main() {
	var n int
	fmt.Scan(&n)
	for row := 1; row < 2*n; row++ {
		i := row
		if row > n {
			i = 2*n - row
		}
		fmt.Println(strings.Repeat(" ", n-i) + strings.Repeat("*", 2*i-1))
	}
}
