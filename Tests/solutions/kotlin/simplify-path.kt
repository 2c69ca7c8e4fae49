class Solution {
    fun simplifyPath(path: String): String {
        val stack = ArrayDeque<String>()
        for (part in path.split("/")) {
            when (part) {
                "", "." -> continue
                ".." -> stack.removeLastOrNull()
                else -> stack.addLast(part)
            }
        }
        return stack.joinToString(separator = "/", prefix = "/")
    }
}
