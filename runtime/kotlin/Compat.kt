// Standard-library functions that Kotlin 1.4 to 1.9 added and LeetCode solutions use, for Debian's
// Kotlin 1.3: compiled once into the runner image, in the root package, so that solutions (also in
// the root package) see them without an import. A solution's own declarations come first.
@file:JvmName("CcKotlinCompat")

import java.util.Locale

val Char.code: Int get() = this.toInt()
fun Char.digitToInt(): Int = Character.digit(this, 10).also { require(it >= 0) { "Char $this is not a decimal digit" } }
fun Char.digitToIntOrNull(): Int? = Character.digit(this, 10).takeIf { it >= 0 }
fun Int.digitToChar(): Char = Character.forDigit(this, 10).also { require(this in 0..9) { "Int $this is not a decimal digit" } }
fun Char.lowercaseChar(): Char = Character.toLowerCase(this)
fun Char.uppercaseChar(): Char = Character.toUpperCase(this)
fun Char.lowercase(): String = toString().toLowerCase(Locale.ROOT)
fun Char.uppercase(): String = toString().toUpperCase(Locale.ROOT)
fun String.lowercase(): String = toLowerCase(Locale.ROOT)
fun String.uppercase(): String = toUpperCase(Locale.ROOT)
fun CharArray.concatToString(): String = String(this)
fun Int.toChar(radix: Int): Char = Character.forDigit(this, radix)

inline fun <T> Iterable<T>.sumOf(selector: (T) -> Int): Int { var s = 0; for (e in this) s += selector(e); return s }
inline fun IntArray.sumOf(selector: (Int) -> Int): Int { var s = 0; for (e in this) s += selector(e); return s }
inline fun CharSequence.sumOf(selector: (Char) -> Int): Int { var s = 0; for (e in this) s += selector(e); return s }

fun <T : Comparable<T>> Iterable<T>.maxOrNull(): T? = max()
fun <T : Comparable<T>> Iterable<T>.minOrNull(): T? = min()
fun IntArray.maxOrNull(): Int? = max()
fun IntArray.minOrNull(): Int? = min()
fun LongArray.maxOrNull(): Long? = max()
fun LongArray.minOrNull(): Long? = min()
fun CharArray.maxOrNull(): Char? = max()
fun CharArray.minOrNull(): Char? = min()
inline fun <T, R : Comparable<R>> Iterable<T>.maxOf(selector: (T) -> R): R = map(selector).max() ?: throw NoSuchElementException()
inline fun <T, R : Comparable<R>> Iterable<T>.minOf(selector: (T) -> R): R = map(selector).min() ?: throw NoSuchElementException()
inline fun <R : Comparable<R>> IntArray.maxOf(selector: (Int) -> R): R = map(selector).max() ?: throw NoSuchElementException()
inline fun <R : Comparable<R>> IntArray.minOf(selector: (Int) -> R): R = map(selector).min() ?: throw NoSuchElementException()
inline fun <T, R : Comparable<R>> Iterable<T>.maxByOrNull(selector: (T) -> R): T? = maxBy(selector)
inline fun <T, R : Comparable<R>> Iterable<T>.minByOrNull(selector: (T) -> R): T? = minBy(selector)

fun <T> MutableList<T>.removeFirst(): T = if (isEmpty()) throw NoSuchElementException("List is empty.") else removeAt(0)
fun <T> MutableList<T>.removeLast(): T = if (isEmpty()) throw NoSuchElementException("List is empty.") else removeAt(lastIndex)
fun <T> MutableList<T>.removeFirstOrNull(): T? = if (isEmpty()) null else removeAt(0)
fun <T> MutableList<T>.removeLastOrNull(): T? = if (isEmpty()) null else removeAt(lastIndex)
fun <T> java.util.ArrayDeque<T>.removeFirstOrNull(): T? = pollFirst()
fun <T> java.util.ArrayDeque<T>.removeLastOrNull(): T? = pollLast()
fun <T> java.util.ArrayDeque<T>.firstOrNull(): T? = peekFirst()
fun <T> java.util.ArrayDeque<T>.lastOrNull(): T? = peekLast()

// Kotlin 1.4's in-place reverse of a range [fromIndex, toIndex) of an array.
private fun ccCheckRange(fromIndex: Int, toIndex: Int, size: Int) {
    if (fromIndex < 0 || toIndex > size) throw IndexOutOfBoundsException("fromIndex: $fromIndex, toIndex: $toIndex, size: $size")
    if (fromIndex > toIndex) throw IllegalArgumentException("fromIndex: $fromIndex > toIndex: $toIndex")
}
fun IntArray.reverse(fromIndex: Int, toIndex: Int) { ccCheckRange(fromIndex, toIndex, size); var i = fromIndex; var j = toIndex - 1; while (i < j) { val t = this[i]; this[i] = this[j]; this[j] = t; i++; j-- } }
fun LongArray.reverse(fromIndex: Int, toIndex: Int) { ccCheckRange(fromIndex, toIndex, size); var i = fromIndex; var j = toIndex - 1; while (i < j) { val t = this[i]; this[i] = this[j]; this[j] = t; i++; j-- } }
fun CharArray.reverse(fromIndex: Int, toIndex: Int) { ccCheckRange(fromIndex, toIndex, size); var i = fromIndex; var j = toIndex - 1; while (i < j) { val t = this[i]; this[i] = this[j]; this[j] = t; i++; j-- } }
fun DoubleArray.reverse(fromIndex: Int, toIndex: Int) { ccCheckRange(fromIndex, toIndex, size); var i = fromIndex; var j = toIndex - 1; while (i < j) { val t = this[i]; this[i] = this[j]; this[j] = t; i++; j-- } }
fun BooleanArray.reverse(fromIndex: Int, toIndex: Int) { ccCheckRange(fromIndex, toIndex, size); var i = fromIndex; var j = toIndex - 1; while (i < j) { val t = this[i]; this[i] = this[j]; this[j] = t; i++; j-- } }
fun <T> Array<T>.reverse(fromIndex: Int, toIndex: Int) { ccCheckRange(fromIndex, toIndex, size); var i = fromIndex; var j = toIndex - 1; while (i < j) { val t = this[i]; this[i] = this[j]; this[j] = t; i++; j-- } }

inline fun <T, R> Iterable<T>.runningFold(initial: R, operation: (acc: R, T) -> R): List<R> {
    val out = mutableListOf(initial)
    var acc = initial
    for (e in this) { acc = operation(acc, e); out.add(acc) }
    return out
}
inline fun <T, R> Iterable<T>.scan(initial: R, operation: (acc: R, T) -> R): List<R> = runningFold(initial, operation)
inline fun <E> buildList(builderAction: MutableList<E>.() -> Unit): List<E> = mutableListOf<E>().apply(builderAction)
inline fun <K, V> buildMap(builderAction: MutableMap<K, V>.() -> Unit): Map<K, V> = mutableMapOf<K, V>().apply(builderAction)
