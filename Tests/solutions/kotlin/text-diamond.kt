fun main() {
    val n = readLine()!!.trim().toInt()
    val top = (1..n).map { " ".repeat(n - it) + "*".repeat(2 * it - 1) }
    println((top + top.dropLast(1).reversed()).joinToString("\n"))
}
