object Solution {
  def sortedArrayToBST(nums: Array[Int]): TreeNode = {
    def build(low: Int, high: Int): TreeNode = {
      if (low > high) return null
      val middle = (low + high) / 2
      new TreeNode(nums(middle), build(low, middle - 1), build(middle + 1, high))
    }
    build(0, nums.length - 1)
  }
}
