class Solution {
    fun hammingWeight(n: Int): Int {
        return n.countOneBits()
    }
}
