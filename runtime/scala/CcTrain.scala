// A Scala submission's run for the training run of setup.sh, which records the classes a run loads
// (the driver's support, the Scala library's, the JDK's) in the run's class-data archive. Shaped
// like a generated driver (templates/CcMain.scala) calling a two-sum solution.
object CcTrain {
  object Solution {
    def twoSum(nums: Array[Int], target: Int): Array[Int] = {
      val seen = scala.collection.mutable.HashMap[Int, Int]()
      val order = scala.collection.mutable.ArrayBuffer[Int]()
      for ((v, i) <- nums.zipWithIndex) {
        seen.get(target - v) match {
          case Some(j) => return Array(j, i)
          case None => seen(v) = i
        }
        order += v
      }
      order.sorted.filter(_ < 0).map(_ * 2).toList.toArray
    }
  }

  def main(argv: Array[String]): Unit = {
    CcJudge.userFile = "CcTrain.scala"
    CcJudge.main(argv(0), new CcJudge.Test {
      def run(args: java.util.List[Object]): String = {
        val a0 = CcScala.array(args.get(0), (x0: Object) => CcScala.int(x0))
        val a1 = CcScala.int(args.get(1))
        CcScala.encode(Solution.twoSum(a0, a1))
      }
    })
  }
}
