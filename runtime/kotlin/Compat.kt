// Standard-library functions that Kotlin 1.4 to 1.9 added and LeetCode solutions use, for Debian's
// Kotlin 1.3: compiled once into the runner image, in the root package, so that solutions (also in
// the root package) see them without an import. A solution's own declarations come first.
@file:JvmName("CcKotlinCompat")
@file:UseExperimental(kotlin.experimental.ExperimentalTypeInference::class)

import java.util.Locale
import kotlin.coroutines.Continuation
import kotlin.coroutines.EmptyCoroutineContext
import kotlin.coroutines.startCoroutine
import kotlin.collections.max as ccMax
import kotlin.collections.min as ccMin
import kotlin.collections.maxBy as ccMaxBy
import kotlin.collections.minBy as ccMinBy
import kotlin.sequences.max as ccMax
import kotlin.sequences.min as ccMin
import kotlin.sequences.maxBy as ccMaxBy
import kotlin.sequences.minBy as ccMinBy
import kotlin.text.max as ccMax
import kotlin.text.min as ccMin

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

// Kotlin 1.4 overloads sumOf by the selector's result (Int, Long, Double ...), which 1.3 cannot resolve:
// one function per receiver, its result type read from the selector.
@PublishedApi internal fun ccSumKind(k: Class<*>): Int = when (k) {
    java.lang.Integer::class.java -> 0; java.lang.Long::class.java -> 1; java.lang.Double::class.java -> 2
    java.math.BigInteger::class.java -> 3; java.math.BigDecimal::class.java -> 4
    else -> throw UnsupportedOperationException("sumOf: ${k.name}")
}
@PublishedApi internal fun ccSumZero(kind: Int): Any = when (kind) { 0 -> 0; 1 -> 0L; 2 -> 0.0; 3 -> java.math.BigInteger.ZERO; else -> java.math.BigDecimal.ZERO }
@PublishedApi internal fun ccSumAdd(kind: Int, a: Any, b: Any): Any = when (kind) {
    0 -> a as Int + b as Int; 1 -> a as Long + b as Long; 2 -> a as Double + b as Double
    3 -> (a as java.math.BigInteger).add(b as java.math.BigInteger); else -> (a as java.math.BigDecimal).add(b as java.math.BigDecimal)
}
inline fun <T, reified R : Number> Iterable<T>.sumOf(selector: (T) -> R): R { val k = ccSumKind(R::class.javaObjectType); var s = ccSumZero(k); for (e in this) s = ccSumAdd(k, s, selector(e)); return s as R }
inline fun <T, reified R : Number> Sequence<T>.sumOf(selector: (T) -> R): R { val k = ccSumKind(R::class.javaObjectType); var s = ccSumZero(k); for (e in this) s = ccSumAdd(k, s, selector(e)); return s as R }
inline fun <T, reified R : Number> Array<out T>.sumOf(selector: (T) -> R): R { val k = ccSumKind(R::class.javaObjectType); var s = ccSumZero(k); for (e in this) s = ccSumAdd(k, s, selector(e)); return s as R }
inline fun <reified R : Number> IntArray.sumOf(selector: (Int) -> R): R { val k = ccSumKind(R::class.javaObjectType); var s = ccSumZero(k); for (e in this) s = ccSumAdd(k, s, selector(e)); return s as R }
inline fun <reified R : Number> LongArray.sumOf(selector: (Long) -> R): R { val k = ccSumKind(R::class.javaObjectType); var s = ccSumZero(k); for (e in this) s = ccSumAdd(k, s, selector(e)); return s as R }
inline fun <reified R : Number> CharArray.sumOf(selector: (Char) -> R): R { val k = ccSumKind(R::class.javaObjectType); var s = ccSumZero(k); for (e in this) s = ccSumAdd(k, s, selector(e)); return s as R }
inline fun <reified R : Number> CharSequence.sumOf(selector: (Char) -> R): R { val k = ccSumKind(R::class.javaObjectType); var s = ccSumZero(k); for (e in this) s = ccSumAdd(k, s, selector(e)); return s as R }

fun <T : Comparable<T>> Iterable<T>.maxOrNull(): T? = ccMax()
fun <T : Comparable<T>> Iterable<T>.minOrNull(): T? = ccMin()
fun IntArray.maxOrNull(): Int? = ccMax()
fun IntArray.minOrNull(): Int? = ccMin()
fun LongArray.maxOrNull(): Long? = ccMax()
fun LongArray.minOrNull(): Long? = ccMin()
fun CharArray.maxOrNull(): Char? = ccMax()
fun CharArray.minOrNull(): Char? = ccMin()
inline fun <T, R : Comparable<R>> Iterable<T>.maxOf(selector: (T) -> R): R = map(selector).ccMax() ?: throw NoSuchElementException()
inline fun <T, R : Comparable<R>> Iterable<T>.minOf(selector: (T) -> R): R = map(selector).ccMin() ?: throw NoSuchElementException()
inline fun <R : Comparable<R>> IntArray.maxOf(selector: (Int) -> R): R = map(selector).ccMax() ?: throw NoSuchElementException()
inline fun <R : Comparable<R>> IntArray.minOf(selector: (Int) -> R): R = map(selector).ccMin() ?: throw NoSuchElementException()
inline fun <T, R : Comparable<R>> Sequence<T>.maxOf(selector: (T) -> R): R { val it = iterator(); if (!it.hasNext()) throw NoSuchElementException(); var m = selector(it.next()); while (it.hasNext()) { val v = selector(it.next()); if (v > m) m = v }; return m }
inline fun <T, R : Comparable<R>> Sequence<T>.minOf(selector: (T) -> R): R { val it = iterator(); if (!it.hasNext()) throw NoSuchElementException(); var m = selector(it.next()); while (it.hasNext()) { val v = selector(it.next()); if (v < m) m = v }; return m }
inline fun <T, R : Comparable<R>> Array<out T>.maxOf(selector: (T) -> R): R = map(selector).ccMax() ?: throw NoSuchElementException()
inline fun <T, R : Comparable<R>> Array<out T>.minOf(selector: (T) -> R): R = map(selector).ccMin() ?: throw NoSuchElementException()
inline fun <R : Comparable<R>> CharSequence.maxOf(selector: (Char) -> R): R = map(selector).ccMax() ?: throw NoSuchElementException()
inline fun <R : Comparable<R>> CharSequence.minOf(selector: (Char) -> R): R = map(selector).ccMin() ?: throw NoSuchElementException()
inline fun <T, R : Comparable<R>> Iterable<T>.maxOfOrNull(selector: (T) -> R): R? = map(selector).ccMax()
inline fun <T, R : Comparable<R>> Iterable<T>.minOfOrNull(selector: (T) -> R): R? = map(selector).ccMin()
inline fun <R : Comparable<R>> IntArray.maxOfOrNull(selector: (Int) -> R): R? = map(selector).ccMax()
inline fun <R : Comparable<R>> IntArray.minOfOrNull(selector: (Int) -> R): R? = map(selector).ccMin()
fun <T : Comparable<T>> Sequence<T>.maxOrNull(): T? = ccMax()
fun <T : Comparable<T>> Sequence<T>.minOrNull(): T? = ccMin()
fun <T : Comparable<T>> Array<out T>.maxOrNull(): T? = ccMax()
fun <T : Comparable<T>> Array<out T>.minOrNull(): T? = ccMin()
fun DoubleArray.maxOrNull(): Double? = ccMax()
fun DoubleArray.minOrNull(): Double? = ccMin()
inline fun <K, V, R : Comparable<R>> Map<out K, V>.maxByOrNull(selector: (Map.Entry<K, V>) -> R): Map.Entry<K, V>? = ccMaxBy(selector)
inline fun <K, V, R : Comparable<R>> Map<out K, V>.minByOrNull(selector: (Map.Entry<K, V>) -> R): Map.Entry<K, V>? = ccMinBy(selector)
inline fun <T, R : Comparable<R>> Array<out T>.maxByOrNull(selector: (T) -> R): T? = ccMaxBy(selector)
inline fun <T, R : Comparable<R>> Array<out T>.minByOrNull(selector: (T) -> R): T? = ccMinBy(selector)
inline fun <T, R : Comparable<R>> Sequence<T>.maxByOrNull(selector: (T) -> R): T? = ccMaxBy(selector)
inline fun <T, R : Comparable<R>> Sequence<T>.minByOrNull(selector: (T) -> R): T? = ccMinBy(selector)
inline fun <T, R : Any> Iterable<T>.firstNotNullOfOrNull(transform: (T) -> R?): R? { for (e in this) { val r = transform(e); if (r != null) return r }; return null }
fun maxOf(a: Int, b: Int, c: Int, d: Int, vararg more: Int): Int { var m = kotlin.comparisons.maxOf(kotlin.comparisons.maxOf(a, b), kotlin.comparisons.maxOf(c, d)); for (e in more) if (e > m) m = e; return m }
fun minOf(a: Int, b: Int, c: Int, d: Int, vararg more: Int): Int { var m = kotlin.comparisons.minOf(kotlin.comparisons.minOf(a, b), kotlin.comparisons.minOf(c, d)); for (e in more) if (e < m) m = e; return m }
fun maxOf(a: Long, b: Long, c: Long, d: Long, vararg more: Long): Long { var m = kotlin.comparisons.maxOf(kotlin.comparisons.maxOf(a, b), kotlin.comparisons.maxOf(c, d)); for (e in more) if (e > m) m = e; return m }
fun minOf(a: Long, b: Long, c: Long, d: Long, vararg more: Long): Long { var m = kotlin.comparisons.minOf(kotlin.comparisons.minOf(a, b), kotlin.comparisons.minOf(c, d)); for (e in more) if (e < m) m = e; return m }
// Kotlin 1.7 brought back max(), min(), maxBy(), minBy(), maxWith() and minWith() returning the element
// (NoSuchElementException when there is none), where Kotlin 1.3's return null.
fun <T : Comparable<T>> Iterable<T>.max(): T = ccMax() ?: throw NoSuchElementException()
fun <T : Comparable<T>> Iterable<T>.min(): T = ccMin() ?: throw NoSuchElementException()
fun <T : Comparable<T>> Sequence<T>.max(): T = ccMax() ?: throw NoSuchElementException()
fun <T : Comparable<T>> Sequence<T>.min(): T = ccMin() ?: throw NoSuchElementException()
fun <T : Comparable<T>> Array<out T>.max(): T = ccMax() ?: throw NoSuchElementException()
fun <T : Comparable<T>> Array<out T>.min(): T = ccMin() ?: throw NoSuchElementException()
fun IntArray.max(): Int = ccMax() ?: throw NoSuchElementException()
fun IntArray.min(): Int = ccMin() ?: throw NoSuchElementException()
fun LongArray.max(): Long = ccMax() ?: throw NoSuchElementException()
fun LongArray.min(): Long = ccMin() ?: throw NoSuchElementException()
fun DoubleArray.max(): Double = ccMax() ?: throw NoSuchElementException()
fun DoubleArray.min(): Double = ccMin() ?: throw NoSuchElementException()
fun CharArray.max(): Char = ccMax() ?: throw NoSuchElementException()
fun CharArray.min(): Char = ccMin() ?: throw NoSuchElementException()
fun CharSequence.max(): Char = ccMax() ?: throw NoSuchElementException()
fun CharSequence.min(): Char = ccMin() ?: throw NoSuchElementException()
inline fun <T, R : Comparable<R>> Iterable<T>.maxBy(selector: (T) -> R): T = ccMaxBy(selector) ?: throw NoSuchElementException()
inline fun <T, R : Comparable<R>> Iterable<T>.minBy(selector: (T) -> R): T = ccMinBy(selector) ?: throw NoSuchElementException()
inline fun <T, R : Comparable<R>> Array<out T>.maxBy(selector: (T) -> R): T = ccMaxBy(selector) ?: throw NoSuchElementException()
inline fun <T, R : Comparable<R>> Array<out T>.minBy(selector: (T) -> R): T = ccMinBy(selector) ?: throw NoSuchElementException()
inline fun <T, R : Comparable<R>> Sequence<T>.maxBy(selector: (T) -> R): T = ccMaxBy(selector) ?: throw NoSuchElementException()
inline fun <T, R : Comparable<R>> Sequence<T>.minBy(selector: (T) -> R): T = ccMinBy(selector) ?: throw NoSuchElementException()
inline fun <K, V, R : Comparable<R>> Map<out K, V>.maxBy(selector: (Map.Entry<K, V>) -> R): Map.Entry<K, V> = ccMaxBy(selector) ?: throw NoSuchElementException()
inline fun <K, V, R : Comparable<R>> Map<out K, V>.minBy(selector: (Map.Entry<K, V>) -> R): Map.Entry<K, V> = ccMinBy(selector) ?: throw NoSuchElementException()
fun <T> Iterable<T>.maxWith(comparator: Comparator<in T>): T { val it = iterator(); if (!it.hasNext()) throw NoSuchElementException(); var m = it.next(); while (it.hasNext()) { val e = it.next(); if (comparator.compare(m, e) < 0) m = e }; return m }
fun <T> Iterable<T>.minWith(comparator: Comparator<in T>): T { val it = iterator(); if (!it.hasNext()) throw NoSuchElementException(); var m = it.next(); while (it.hasNext()) { val e = it.next(); if (comparator.compare(m, e) > 0) m = e }; return m }
inline fun <T, R : Comparable<R>> Iterable<T>.maxByOrNull(selector: (T) -> R): T? = ccMaxBy(selector)
inline fun <T, R : Comparable<R>> Iterable<T>.minByOrNull(selector: (T) -> R): T? = ccMinBy(selector)

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
inline fun <R> IntArray.runningFold(initial: R, operation: (acc: R, Int) -> R): List<R> {
    val out = ArrayList<R>(size + 1)
    var acc = initial
    out.add(acc)
    for (e in this) { acc = operation(acc, e); out.add(acc) }
    return out
}
inline fun <S, T : S> Iterable<T>.runningReduce(operation: (acc: S, T) -> S): List<S> {
    val it = iterator()
    if (!it.hasNext()) return emptyList()
    var acc: S = it.next()
    val out = mutableListOf(acc)
    while (it.hasNext()) { acc = operation(acc, it.next()); out.add(acc) }
    return out
}
inline fun IntArray.runningReduce(operation: (acc: Int, Int) -> Int): List<Int> {
    if (isEmpty()) return emptyList()
    var acc = this[0]
    val out = ArrayList<Int>(size)
    out.add(acc)
    for (i in 1 until size) { acc = operation(acc, this[i]); out.add(acc) }
    return out
}
inline fun <S, T : S> Iterable<T>.reduceOrNull(operation: (acc: S, T) -> S): S? {
    val it = iterator()
    if (!it.hasNext()) return null
    var acc: S = it.next()
    while (it.hasNext()) acc = operation(acc, it.next())
    return acc
}
fun <T : Any> setOfNotNull(vararg elements: T?): Set<T> = elements.filterNotNull().toSet()
fun Char.digitToInt(radix: Int): Int = Character.digit(this, radix).also { require(it >= 0) { "Char $this is not a digit in radix $radix" } }
fun maxOf(a: Double, b: Double, c: Double, d: Double, vararg more: Double): Double { var m = kotlin.comparisons.maxOf(kotlin.comparisons.maxOf(a, b), kotlin.comparisons.maxOf(c, d)); for (e in more) m = kotlin.comparisons.maxOf(m, e); return m }
fun minOf(a: Double, b: Double, c: Double, d: Double, vararg more: Double): Double { var m = kotlin.comparisons.minOf(kotlin.comparisons.minOf(a, b), kotlin.comparisons.minOf(c, d)); for (e in more) m = kotlin.comparisons.minOf(m, e); return m }
// Builders of Kotlin 1.6 that infer their element type from the calls inside (buildList { add(1) }):
// Kotlin 1.3 infers that only for a suspending lambda, run here at once to its end.
@PublishedApi internal fun <R, T> ccBuild(receiver: R, block: suspend R.() -> Unit, result: T): T {
    var failure: Throwable? = null
    block.startCoroutine(receiver, Continuation(EmptyCoroutineContext) { r -> failure = r.exceptionOrNull() })
    failure?.let { throw it }
    return result
}
fun <E> buildList(@BuilderInference builderAction: suspend MutableList<E>.() -> Unit): List<E> = mutableListOf<E>().let { ccBuild(it, builderAction, it) }
fun <E> buildList(capacity: Int, @BuilderInference builderAction: suspend MutableList<E>.() -> Unit): List<E> = ArrayList<E>(capacity).let { ccBuild(it, builderAction, it) }
fun <E> buildSet(@BuilderInference builderAction: suspend MutableSet<E>.() -> Unit): Set<E> = LinkedHashSet<E>().let { ccBuild(it, builderAction, it) }
fun <K, V> buildMap(@BuilderInference builderAction: suspend MutableMap<K, V>.() -> Unit): Map<K, V> = LinkedHashMap<K, V>().let { ccBuild(it, builderAction, it) }

// Kotlin 1.4 to 1.6 numbers, characters and strings.
fun Char(code: Int): Char { require(code in 0..0xFFFF) { "Invalid Char code: $code" }; return code.toChar() }
fun Int.countOneBits(): Int = Integer.bitCount(this)
fun Int.countLeadingZeroBits(): Int = Integer.numberOfLeadingZeros(this)
fun Int.countTrailingZeroBits(): Int = Integer.numberOfTrailingZeros(this)
fun Int.takeHighestOneBit(): Int = Integer.highestOneBit(this)
fun Int.takeLowestOneBit(): Int = Integer.lowestOneBit(this)
fun Int.rotateLeft(bitCount: Int): Int = Integer.rotateLeft(this, bitCount)
fun Int.rotateRight(bitCount: Int): Int = Integer.rotateRight(this, bitCount)
fun Long.countOneBits(): Int = java.lang.Long.bitCount(this)
fun Long.countLeadingZeroBits(): Int = java.lang.Long.numberOfLeadingZeros(this)
fun Long.countTrailingZeroBits(): Int = java.lang.Long.numberOfTrailingZeros(this)
fun Long.takeHighestOneBit(): Long = java.lang.Long.highestOneBit(this)
fun Long.takeLowestOneBit(): Long = java.lang.Long.lowestOneBit(this)
fun Int.floorDiv(other: Int): Int = Math.floorDiv(this, other)
fun Int.floorDiv(other: Long): Long = Math.floorDiv(this.toLong(), other)
fun Long.floorDiv(other: Int): Long = Math.floorDiv(this, other.toLong())
fun Long.floorDiv(other: Long): Long = Math.floorDiv(this, other)
// x.mod(y) of Kotlin 1.5 (the floor modulo, result with the sign of y), which the compile step renames
// to ccMod because Kotlin 1.3 still has a `mod` member that is an error to call.
fun Int.ccMod(other: Int): Int = Math.floorMod(this, other)
fun Int.ccMod(other: Long): Long = Math.floorMod(this.toLong(), other)
fun Long.ccMod(other: Int): Int = Math.floorMod(this, other.toLong()).toInt()
fun Long.ccMod(other: Long): Long = Math.floorMod(this, other)
fun Double.ccMod(other: Double): Double { val r = this % other; return if (r != 0.0 && (r < 0.0) != (other < 0.0)) r + other else r }
fun Float.ccMod(other: Float): Float { val r = this % other; return if (r != 0.0f && (r < 0.0f) != (other < 0.0f)) r + other else r }
fun java.math.BigInteger.ccMod(m: java.math.BigInteger): java.math.BigInteger = mod(m)
inline fun <R> String.replaceFirstChar(transform: (Char) -> R): String = if (isEmpty()) this else transform(this[0]).toString() + substring(1)
fun StringBuilder.appendLine(): StringBuilder = append('\n')
fun StringBuilder.appendLine(value: Any?): StringBuilder = append(value).append('\n')
fun StringBuilder.deleteAt(index: Int): StringBuilder = deleteCharAt(index)
fun StringBuilder.deleteRange(startIndex: Int, endIndex: Int): StringBuilder = delete(startIndex, endIndex)
fun readln(): String = readLine() ?: throw RuntimeException("EOF has already been reached")
fun readlnOrNull(): String? = readLine()
