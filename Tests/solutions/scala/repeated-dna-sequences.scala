object Solution {
  def findRepeatedDnaSequences(s: String): List[String] = {
    (0 to s.length - 10)
      .map(i => s.substring(i, i + 10))
      .groupMapReduce(identity)(_ => 1)(_ + _)
      .filter { case (_, cnt) => cnt > 1 }
      .keys
      .to(List)
  }
}
