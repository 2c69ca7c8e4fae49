// A Kotlin submission's solution for the training run of setup.sh, which records the classes a run
// loads (CcReflect's, the Kotlin standard library's, the JDK's) in the run's class-data archive.
class CcTrainSolution {
    fun twoSum(nums: IntArray, target: Int): IntArray {
        val seen = mutableMapOf<Int, Int>()
        val order = ArrayList<Int>()
        for ((i, v) in nums.withIndex()) {
            seen[target - v]?.let { return intArrayOf(it, i) }
            seen[v] = i
            order.add(v)
        }
        return order.sorted().filter { it < 0 }.map { it * 2 }.toIntArray()
    }
}
