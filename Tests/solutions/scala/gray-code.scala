object Solution {
    def grayCode(n: Int): List[Int] = {
        (0 until (1 << n)).map(i => i ^ (i >> 1)).toList
    }
}
