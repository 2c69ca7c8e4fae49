fun main() {
    val v = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }.map { it.toLong() }
    val n = v[0].toInt()
    var twice = 0L
    for (i in 0 until n) {
        val j = (i + 1) % n
        twice += v[1 + 2 * i] * v[2 + 2 * j] - v[1 + 2 * j] * v[2 + 2 * i]
    }
    println(Math.abs(twice) / 2.0)
}
