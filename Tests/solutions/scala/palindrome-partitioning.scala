object Solution {
    def partition(s: String): List[List[String]] = {
        def isPal(t: String): Boolean = t == t.reverse
        def go(start: Int): List[List[String]] = {
            if (start == s.length) List(Nil)
            else (start + 1 to s.length).toList.flatMap { end =>
                val part = s.substring(start, end)
                if (isPal(part)) go(end).map(part :: _) else Nil
            }
        }
        go(0)
    }
}
