class Solution {
    fun longestCommonPrefix(strs: Array<String>): String {
        var prefix = strs[0]
        for (s in strs) {
            while (!s.startsWith(prefix)) prefix = prefix.dropLast(1)
        }
        return prefix
    }
}
