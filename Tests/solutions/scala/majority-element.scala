object Solution {
  def majorityElement(nums: Array[Int]): Int = {
    nums.groupMapReduce(identity)(_ => 1)(_ + _).maxByOption(_._2).map(_._1).getOrElse(-1)
  }
}
