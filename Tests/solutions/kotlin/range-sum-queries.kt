import java.io.*
import java.util.*

fun main() {
    val tokens = StreamTokenizer(BufferedInputStream(System.`in`))
    fun next(): Long { tokens.nextToken(); return tokens.nval.toLong() }
    val n = next().toInt()
    val q = next().toInt()
    val prefix = LongArray(n + 1)
    for (i in 0 until n) prefix[i + 1] = prefix[i] + next()
    val out = StringBuilder()
    repeat(q) {
        val l = next().toInt()
        val r = next().toInt()
        out.append(prefix[r] - prefix[l - 1]).append('\n')
    }
    print(out)
}
