object Solution {
    def letterCombinations(digits: String): List[String] = {
        if (digits.isEmpty) return List()
        val map = Map('2' -> "abc", '3' -> "def", '4' -> "ghi", '5' -> "jkl",
                      '6' -> "mno", '7' -> "pqrs", '8' -> "tuv", '9' -> "wxyz")
        digits.foldLeft(List("")) { (acc, d) =>
            for (prefix <- acc; c <- map(d).toList) yield prefix + c
        }
    }
}
