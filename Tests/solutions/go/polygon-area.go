package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	x, y := make([]int64, n), make([]int64, n)
	for i := range x {
		fmt.Fscan(in, &x[i], &y[i])
	}
	var twice int64
	for i := 0; i < n; i++ {
		j := (i + 1) % n
		twice += x[i]*y[j] - x[j]*y[i]
	}
	if twice < 0 {
		twice = -twice
	}
	fmt.Println(float64(twice) / 2)
}
