object Solution {
    def fourSum(nums: Array[Int], target: Int): List[List[Int]] = {
        val a = nums.sorted
        val n = a.length
        val res = scala.collection.mutable.ListBuffer[List[Int]]()
        for (i <- 0 until n - 3) {
            if (i == 0 || a(i) != a(i - 1)) {
                for (j <- i + 1 until n - 2) {
                    if (j == i + 1 || a(j) != a(j - 1)) {
                        var l = j + 1
                        var r = n - 1
                        while (l < r) {
                            val sum = a(i).toLong + a(j) + a(l) + a(r)
                            if (sum < target) l += 1
                            else if (sum > target) r -= 1
                            else {
                                res += List(a(i), a(j), a(l), a(r))
                                while (l < r && a(l) == a(l + 1)) l += 1
                                while (l < r && a(r) == a(r - 1)) r -= 1
                                l += 1
                                r -= 1
                            }
                        }
                    }
                }
            }
        }
        res.toList
    }
}
