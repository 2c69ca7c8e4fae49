// Parts of Scala 2.13's library that LeetCode's Scala solutions use and Scala 2.11 lacks, compiled once
// into the runner image beside CcScala. Classes and objects a solution imports by their 2.13 names live
// at those names (scala.jdk.CollectionConverters, scala.util.chaining, mutable.ArrayDeque and
// mutable.TreeMap); methods 2.13 added to existing types (maxOption, groupMapReduce, toIntOption,
// List.from, ...) come from the implicit classes of CcScala213, which the solution template imports,
// so that a solution sees them as 2.13's own members. None of them has a name 2.11 already gives the same type.

package scala.jdk {
  /** `import scala.jdk.CollectionConverters._`: asScala and asJava, as scala.collection.JavaConverters. */
  object CollectionConverters extends scala.collection.convert.DecorateAsJava with scala.collection.convert.DecorateAsScala
}

package scala.util {
  /** `import scala.util.chaining._`: `x.pipe(f)` and `x.tap(f)`. */
  package object chaining {
    implicit final class scalaUtilChainingOps[A](private val self: A) extends AnyVal {
      def pipe[B](f: A => B): B = f(self)
      def tap[U](f: A => U): A = { f(self); self }
    }
  }
}

package scala.collection.mutable {
  import scala.collection.generic._

  /** 2.13's double-ended queue: a growable ring buffer with O(1) work at both ends. */
  final class ArrayDeque[A](initialSize: Int) extends AbstractBuffer[A] with Buffer[A] with IndexedSeq[A]
      with GenericTraversableTemplate[A, ArrayDeque] with BufferLike[A, ArrayDeque[A]]
      with IndexedSeqOptimized[A, ArrayDeque[A]] with Builder[A, ArrayDeque[A]] with Serializable {
    def this() = this(16)
    override def companion: GenericCompanion[ArrayDeque] = ArrayDeque

    private var items = new Array[AnyRef](math.max(initialSize, 8))
    private var start = 0
    private var count = 0

    private def slot(k: Int): Int = { val s = start + k; if (s >= items.length) s - items.length else s }
    private def grow(need: Int): Unit = if (need > items.length) {
      val bigger = new Array[AnyRef](math.max(need, items.length * 2))
      for (k <- 0 until count) bigger(k) = items(slot(k))
      items = bigger
      start = 0
    }
    private def check(k: Int): Unit = if (k < 0 || k >= count) throw new IndexOutOfBoundsException(k.toString)
    private def empty(what: String) = new NoSuchElementException(s"$what on empty ArrayDeque")

    def length: Int = count
    override def size: Int = count
    override def isEmpty: Boolean = count == 0
    override def nonEmpty: Boolean = count != 0
    def apply(k: Int): A = { check(k); items(slot(k)).asInstanceOf[A] }
    def update(k: Int, a: A): Unit = { check(k); items(slot(k)) = a.asInstanceOf[AnyRef] }
    override def head: A = if (count == 0) throw empty("head") else apply(0)
    override def last: A = if (count == 0) throw empty("last") else apply(count - 1)

    def +=(a: A): this.type = { grow(count + 1); items(slot(count)) = a.asInstanceOf[AnyRef]; count += 1; this }
    def +=:(a: A): this.type = {
      grow(count + 1)
      start = if (start == 0) items.length - 1 else start - 1
      items(start) = a.asInstanceOf[AnyRef]
      count += 1
      this
    }
    def addOne(a: A): this.type = this += a
    def append(a: A): this.type = this += a
    def prepend(a: A): this.type = a +=: this
    def addAll(xs: TraversableOnce[A]): this.type = this ++= xs

    def removeHead(resizeInternalRepr: Boolean = false): A = {
      if (count == 0) throw empty("removeHead")
      val a = items(start).asInstanceOf[A]
      items(start) = null
      start = slot(1)
      count -= 1
      a
    }
    def removeLast(resizeInternalRepr: Boolean = false): A = {
      if (count == 0) throw empty("removeLast")
      val s = slot(count - 1)
      val a = items(s).asInstanceOf[A]
      items(s) = null
      count -= 1
      a
    }
    def removeHeadOption(resizeInternalRepr: Boolean = false): Option[A] = if (count == 0) None else Some(removeHead())
    def removeLastOption(resizeInternalRepr: Boolean = false): Option[A] = if (count == 0) None else Some(removeLast())
    def removeHeadWhile(p: A => Boolean): scala.collection.immutable.Seq[A] = {
      val out = Vector.newBuilder[A]
      while (count > 0 && p(head)) out += removeHead()
      out.result()
    }
    def removeLastWhile(p: A => Boolean): scala.collection.immutable.Seq[A] = {
      val out = Vector.newBuilder[A]
      while (count > 0 && p(last)) out += removeLast()
      out.result()
    }
    def removeAll(): scala.collection.immutable.Seq[A] = { val out = toVector; clear(); out }

    def clear(): Unit = { items = new Array[AnyRef](8); start = 0; count = 0 }
    def clearAndShrink(size: Int = 16): this.type = { clear(); this }
    def result(): ArrayDeque[A] = this

    def insertAll(n: Int, xs: scala.collection.Traversable[A]): Unit = {
      if (n < 0 || n > count) throw new IndexOutOfBoundsException(n.toString)
      val tail = (n until count).map(apply).toVector
      count = n
      xs.foreach(this += _)
      tail.foreach(this += _)
    }
    def remove(n: Int): A = {
      check(n)
      val a = apply(n)
      if (n < count / 2) {
        for (k <- n until 0 by -1) items(slot(k)) = items(slot(k - 1))
        removeHead()
      } else {
        for (k <- n until count - 1) items(slot(k)) = items(slot(k + 1))
        removeLast()
      }
      a
    }
    override def remove(n: Int, k: Int): Unit = for (_ <- 0 until k) remove(n)

    override def iterator: Iterator[A] = new scala.collection.AbstractIterator[A] {
      private var k = 0
      def hasNext: Boolean = k < ArrayDeque.this.count
      def next(): A = { val a = ArrayDeque.this.apply(k); k += 1; a }
    }
    override def reverseIterator: Iterator[A] = new scala.collection.AbstractIterator[A] {
      private var k = ArrayDeque.this.count - 1
      def hasNext: Boolean = k >= 0
      def next(): A = { val a = ArrayDeque.this.apply(k); k -= 1; a }
    }
    override def stringPrefix: String = "ArrayDeque"
  }

  /** 2.12's sorted mutable map, backed by java.util.TreeMap under the key's Ordering. */
  final class TreeMap[K, V](implicit val ordering: Ordering[K]) extends AbstractMap[K, V] with Map[K, V]
      with MapLike[K, V, TreeMap[K, V]] with Serializable {
    private val tree = new java.util.TreeMap[K, V](ordering)
    private def pair(e: java.util.Map.Entry[K, V]): Option[(K, V)] = if (e == null) None else Some((e.getKey, e.getValue))
    private def copyOf(m: java.util.SortedMap[K, V]): TreeMap[K, V] = { val t = new TreeMap[K, V]; t.tree.putAll(m); t }

    override def empty: TreeMap[K, V] = new TreeMap[K, V]
    def get(key: K): Option[V] = if (tree.containsKey(key)) Some(tree.get(key)) else None
    override def contains(key: K): Boolean = tree.containsKey(key)
    def iterator: Iterator[(K, V)] = new scala.collection.AbstractIterator[(K, V)] {
      private val it = tree.entrySet.iterator
      def hasNext: Boolean = it.hasNext
      def next(): (K, V) = { val e = it.next(); (e.getKey, e.getValue) }
    }
    def +=(kv: (K, V)): this.type = { tree.put(kv._1, kv._2); this }
    def -=(key: K): this.type = { tree.remove(key); this }
    override def size: Int = tree.size
    override def isEmpty: Boolean = tree.isEmpty
    override def clear(): Unit = tree.clear()

    def firstKey: K = tree.firstKey
    def lastKey: K = tree.lastKey
    override def head: (K, V) = pair(tree.firstEntry).getOrElse(throw new NoSuchElementException("head of empty map"))
    override def last: (K, V) = pair(tree.lastEntry).getOrElse(throw new NoSuchElementException("last of empty map"))
    override def headOption: Option[(K, V)] = pair(tree.firstEntry)
    override def lastOption: Option[(K, V)] = pair(tree.lastEntry)
    def minAfter(key: K): Option[(K, V)] = pair(tree.ceilingEntry(key))
    def maxBefore(key: K): Option[(K, V)] = pair(tree.lowerEntry(key))
    def rangeFrom(from: K): TreeMap[K, V] = copyOf(tree.tailMap(from, true))
    def rangeTo(to: K): TreeMap[K, V] = copyOf(tree.headMap(to, true))
    def rangeUntil(until: K): TreeMap[K, V] = copyOf(tree.headMap(until, false))
    def range(from: K, until: K): TreeMap[K, V] = copyOf(tree.subMap(from, true, until, false))
    def from(from: K): TreeMap[K, V] = rangeFrom(from)
    def until(until: K): TreeMap[K, V] = rangeUntil(until)
    def iteratorFrom(start: K): Iterator[(K, V)] = rangeFrom(start).iterator
    def keysIteratorFrom(start: K): Iterator[K] = rangeFrom(start).keysIterator
    def valuesIteratorFrom(start: K): Iterator[V] = rangeFrom(start).valuesIterator
    override def stringPrefix: String = "TreeMap"
  }

  object TreeMap {
    /** `map` on a TreeMap builds a TreeMap when the new keys have an Ordering, as 2.13's does. */
    implicit def canBuildFrom[K: Ordering, V]: CanBuildFrom[TreeMap[_, _], (K, V), TreeMap[K, V]] =
      new CanBuildFrom[TreeMap[_, _], (K, V), TreeMap[K, V]] {
        def apply(from: TreeMap[_, _]): Builder[(K, V), TreeMap[K, V]] = new TreeMap[K, V]
        def apply(): Builder[(K, V), TreeMap[K, V]] = new TreeMap[K, V]
      }
    def empty[K: Ordering, V]: TreeMap[K, V] = new TreeMap[K, V]
    def apply[K: Ordering, V](kvs: (K, V)*): TreeMap[K, V] = new TreeMap[K, V] ++= kvs
    def from[K: Ordering, V](kvs: TraversableOnce[(K, V)]): TreeMap[K, V] = new TreeMap[K, V] ++= kvs
  }

  object ArrayDeque extends SeqFactory[ArrayDeque] {
    implicit def canBuildFrom[A]: CanBuildFrom[Coll, A, ArrayDeque[A]] = ReusableCBF.asInstanceOf[GenericCanBuildFrom[A]]
    def newBuilder[A]: Builder[A, ArrayDeque[A]] = new ArrayDeque[A]()
  }
}

/** Scala 2.13's additions to types 2.11 has, imported by the solution template. */
object CcScala213 {
  import scala.collection.{GenTraversableOnce, TraversableLike, SeqLike, GenMapLike, mutable}
  import scala.collection.generic.{CanBuildFrom, GenericCompanion, GenMapFactory, Growable, Shrinkable}
  import scala.reflect.ClassTag
  import scala.language.{higherKinds, implicitConversions}

  /** 2.13's LazyList, as 2.11's Stream: lazy in its tail (its head is computed when the cell is made). */
  type LazyList[+A] = Stream[A]
  val LazyList = Stream

  /** Any collection, iterator, array or string. */
  implicit final class CcOnceOps213[C, A](private val c: C)(implicit ev: C => TraversableOnce[A]) {
    def maxOption[B >: A](implicit ord: Ordering[B]): Option[A] = { val t = ev(c); if (t.isEmpty) None else Some(t.max[B]) }
    def minOption[B >: A](implicit ord: Ordering[B]): Option[A] = { val t = ev(c); if (t.isEmpty) None else Some(t.min[B]) }
    def maxByOption[B](f: A => B)(implicit ord: Ordering[B]): Option[A] = { val t = ev(c); if (t.isEmpty) None else Some(t.maxBy(f)) }
    def minByOption[B](f: A => B)(implicit ord: Ordering[B]): Option[A] = { val t = ev(c); if (t.isEmpty) None else Some(t.minBy(f)) }
    def sizeIs: Int = ev(c).size
    def lengthIs: Int = ev(c).size
    def sizeCompare(n: Int): Int = Integer.compare(ev(c).size, n)
    def groupMapReduce[K, B](key: A => K)(f: A => B)(reduce: (B, B) => B): Map[K, B] = {
      val m = mutable.LinkedHashMap.empty[K, B]
      ev(c).foreach { a =>
        val k = key(a)
        m(k) = m.get(k) match { case Some(b) => reduce(b, f(a)); case None => f(a) }
      }
      m.toMap
    }
  }

  /** Any collection, array or string, keeping its type in what a method builds. */
  implicit final class CcLikeOps213[C, A, Repr](private val c: C)(implicit ev: C => TraversableLike[A, Repr]) {
    def tapEach[U](f: A => U): Repr = { val t = ev(c); t.foreach(f); t.repr }
    def distinctBy[B](f: A => B)(implicit cbf: CanBuildFrom[Repr, A, Repr]): Repr = {
      val seen = mutable.HashSet.empty[B]
      val b = cbf(ev(c).repr)
      ev(c).foreach(a => if (seen.add(f(a))) b += a)
      b.result()
    }
    def groupMap[K, B, That](key: A => K)(f: A => B)(implicit cbf: CanBuildFrom[Repr, B, That]): Map[K, That] = {
      val m = mutable.LinkedHashMap.empty[K, mutable.Builder[B, That]]
      ev(c).foreach(a => m.getOrElseUpdate(key(a), cbf(ev(c).repr)) += f(a))
      m.map { case (k, b) => (k, b.result()) }.toMap
    }
    def partitionMap[A1, A2, That1, That2](f: A => Either[A1, A2])(implicit l: CanBuildFrom[Repr, A1, That1], r: CanBuildFrom[Repr, A2, That2]): (That1, That2) = {
      val lb = l(ev(c).repr)
      val rb = r(ev(c).repr)
      ev(c).foreach(a => f(a) match { case Left(x) => lb += x; case Right(x) => rb += x })
      (lb.result(), rb.result())
    }
    def concat[B >: A, That](that: GenTraversableOnce[B])(implicit cbf: CanBuildFrom[Repr, B, That]): That = ev(c).++(that)(cbf)
  }

  implicit final class CcSeqOps213[C, A, Repr](private val c: C)(implicit ev: C => SeqLike[A, Repr]) {
    def appended[B >: A, That](b: B)(implicit cbf: CanBuildFrom[Repr, B, That]): That = ev(c).:+(b)(cbf)
    def prepended[B >: A, That](b: B)(implicit cbf: CanBuildFrom[Repr, B, That]): That = ev(c).+:(b)(cbf)
    def appendedAll[B >: A, That](that: GenTraversableOnce[B])(implicit cbf: CanBuildFrom[Repr, B, That]): That = ev(c).++(that)(cbf)
    def prependedAll[B >: A, That](that: GenTraversableOnce[B])(implicit cbf: CanBuildFrom[Repr, B, That]): That = ev(c).++:(that.toTraversable.seq)(cbf)
    def findLast(p: A => Boolean): Option[A] = ev(c).reverseIterator.find(p)
  }

  /** sortInPlace and friends on arrays and on mutable sequences such as ArrayBuffer. */
  implicit final class CcArrayOps213[A](private val a: Array[A]) extends AnyVal {
    def sortInPlace[B >: A]()(implicit ord: Ordering[B]): Array[A] = { copyBack(a.sorted[B]); a }
    def sortInPlaceWith(lt: (A, A) => Boolean): Array[A] = { copyBack(a.sortWith(lt)); a }
    def sortInPlaceBy[B](f: A => B)(implicit ord: Ordering[B]): Array[A] = { copyBack(a.sortBy(f)); a }
    def mapInPlace(f: A => A): Array[A] = { var k = 0; while (k < a.length) { a(k) = f(a(k)); k += 1 }; a }
    private def copyBack(s: Array[A]): Unit = System.arraycopy(s, 0, a, 0, a.length)
  }

  implicit final class CcMutableSeqOps213[A, S <: mutable.IndexedSeq[A]](private val s: S with mutable.IndexedSeq[A]) {
    def sortInPlace[B >: A]()(implicit ord: Ordering[B]): S = { copyBack(s.sorted[B]); s }
    def sortInPlaceWith(lt: (A, A) => Boolean): S = { copyBack(s.sortWith(lt)); s }
    def sortInPlaceBy[B](f: A => B)(implicit ord: Ordering[B]): S = { copyBack(s.sortBy(f)); s }
    def mapInPlace(f: A => A): S = { s.transform(f); s }
    private def copyBack(sorted: scala.collection.Seq[A]): Unit = { var k = 0; for (x <- sorted) { s(k) = x; k += 1 } }
  }

  implicit final class CcBufferOps213[A, B <: mutable.Buffer[A]](private val b: B with mutable.Buffer[A]) {
    def dropInPlace(n: Int): B = { b.remove(0, math.max(0, math.min(n, b.length))); b }
    def dropRightInPlace(n: Int): B = { b.trimEnd(math.max(0, math.min(n, b.length))); b }
    def takeInPlace(n: Int): B = dropRightInPlace(b.length - math.max(n, 0))
    def takeRightInPlace(n: Int): B = dropInPlace(b.length - math.max(n, 0))
    def filterInPlace(p: A => Boolean): B = { val keep = b.filter(p); b.clear(); b ++= keep; b }
    def removeHead(): A = if (b.isEmpty) throw new NoSuchElementException("removeHead on empty buffer") else b.remove(0)
    def removeLast(): A = if (b.isEmpty) throw new NoSuchElementException("removeLast on empty buffer") else b.remove(b.length - 1)
  }

  /** 2.13's Queue is an ArrayDeque: its removeHead, append and friends on 2.11's Queue. */
  implicit final class CcQueueOps213[A](private val q: mutable.Queue[A]) extends AnyVal {
    def removeHead(): A = q.dequeue()
    def removeHeadOption(): Option[A] = if (q.isEmpty) None else Some(q.dequeue())
    def removeAll(): scala.collection.immutable.Seq[A] = { val out = q.toVector; q.clear(); out }
    def enqueueAll(xs: TraversableOnce[A]): mutable.Queue[A] = { q ++= xs; q }
  }

  implicit final class CcGrowableOps213[A, G <: Growable[A]](private val g: G with Growable[A]) {
    def addOne(a: A): G = { g += a; g }
    def addAll(xs: TraversableOnce[A]): G = { g ++= xs; g }
  }

  implicit final class CcShrinkableOps213[A, S <: Shrinkable[A]](private val s: S with Shrinkable[A]) {
    def subtractOne(a: A): S = { s -= a; s }
    def subtractAll(xs: TraversableOnce[A]): S = { s --= xs; s }
  }

  implicit final class CcMapOps213[K, V](private val m: scala.collection.Map[K, V]) extends AnyVal {
    def foreachEntry[U](f: (K, V) => U): Unit = m.foreach { case (k, v) => f(k, v) }
  }

  implicit final class CcImmutableMapOps213[K, V](private val m: Map[K, V]) extends AnyVal {
    def updatedWith[V1 >: V](key: K)(f: Option[V] => Option[V1]): Map[K, V1] = f(m.get(key)) match {
      case Some(v) => m.updated(key, v)
      case None => m - key
    }
    def removed(key: K): Map[K, V] = m - key
  }

  implicit final class CcMutableMapOps213[K, V](private val m: mutable.Map[K, V]) extends AnyVal {
    def updateWith(key: K)(f: Option[V] => Option[V]): Option[V] = {
      val v = f(m.get(key))
      v match { case Some(x) => m(key) = x; case None => m -= key }
      v
    }
    def filterInPlace(p: ((K, V)) => Boolean): mutable.Map[K, V] = { m.retain((k, v) => p((k, v))); m }
  }

  implicit final class CcMutableSetOps213[A](private val s: mutable.Set[A]) extends AnyVal {
    def filterInPlace(p: A => Boolean): mutable.Set[A] = { s.retain(p); s }
  }

  /** `m.view.mapValues(f)` and `m.view.filterKeys(p)`, as 2.13 writes 2.11's Map.mapValues. */
  implicit final class CcMapViewOps213[K, V](private val v: scala.collection.IterableView[(K, V), _]) extends AnyVal {
    def mapValues[W](f: V => W): Map[K, W] = v.iterator.map { case (k, x) => (k, f(x)) }.toMap
    def filterKeys(p: K => Boolean): Map[K, V] = v.iterator.filter(kv => p(kv._1)).toMap
  }

  /** 2.13's minAfter and maxBefore, 2.12's rangeFrom, rangeTo and rangeUntil on 2.11's sorted maps and sets. */
  implicit final class CcSortedMapOps213[K, V, M <: scala.collection.SortedMap[K, V] with scala.collection.SortedMapLike[K, V, M]](private val m: M with scala.collection.SortedMapLike[K, V, M]) {
    def minAfter(key: K): Option[(K, V)] = m.from(key).headOption
    def maxBefore(key: K): Option[(K, V)] = m.until(key).lastOption
    def rangeFrom(from: K): M = m.from(from)
    def rangeTo(to: K): M = m.to(to)
    def rangeUntil(until: K): M = m.until(until)
  }

  implicit final class CcSortedSetOps213[A, S <: scala.collection.SortedSet[A] with scala.collection.SortedSetLike[A, S]](private val s: S with scala.collection.SortedSetLike[A, S]) {
    def minAfter(key: A): Option[A] = s.from(key).headOption
    def maxBefore(key: A): Option[A] = s.until(key).lastOption
    def rangeFrom(from: A): S = s.from(from)
    def rangeTo(to: A): S = s.to(to)
    def rangeUntil(until: A): S = s.until(until)
  }

  implicit final class CcIteratorOps213[A](private val it: Iterator[A]) extends AnyVal {
    def nextOption(): Option[A] = if (it.hasNext) Some(it.next()) else None
  }

  implicit final class CcStringOps213(private val s: String) extends AnyVal {
    def toIntOption: Option[Int] = try Some(s.toInt) catch { case _: NumberFormatException => None }
    def toLongOption: Option[Long] = try Some(s.toLong) catch { case _: NumberFormatException => None }
    def toDoubleOption: Option[Double] = try Some(s.toDouble) catch { case _: NumberFormatException => None }
    def toBooleanOption: Option[Boolean] = s match { case "true" => Some(true); case "false" => Some(false); case _ => None }
  }

  implicit final class CcOptionCompanion213(private val o: Option.type) extends AnyVal {
    def when[A](cond: Boolean)(a: => A): Option[A] = if (cond) Some(a) else None
    def unless[A](cond: Boolean)(a: => A): Option[A] = if (cond) None else Some(a)
  }

  /** `List.from(xs)`, `mutable.Set.from(xs)`, `ArrayBuffer.from(xs)`, `Vector.unfold(...)`, ... */
  implicit final class CcCompanionOps213[CC[X] <: scala.collection.GenTraversable[X]](private val f: GenericCompanion[CC]) extends AnyVal {
    def from[A](xs: GenTraversableOnce[A]): CC[A] = (f.newBuilder[A] ++= xs.seq).result()
    def unfold[A, S](init: S)(next: S => Option[(A, S)]): CC[A] = {
      val b = f.newBuilder[A]
      var s = init
      var go = true
      while (go) next(s) match { case Some((a, t)) => b += a; s = t; case None => go = false }
      b.result()
    }
  }

  implicit final class CcMapCompanionOps213[CC[A, B] <: scala.collection.Map[A, B] with scala.collection.MapLike[A, B, CC[A, B]]](private val f: GenMapFactory[CC]) extends AnyVal {
    def from[K, V](xs: GenTraversableOnce[(K, V)]): CC[K, V] = (f.newBuilder[K, V] ++= xs.seq).result()
  }

  implicit final class CcArrayCompanionOps213(private val f: Array.type) extends AnyVal {
    def from[A: ClassTag](xs: GenTraversableOnce[A]): Array[A] = xs.toArray[A]
  }

  implicit final class CcIteratorCompanionOps213(private val f: Iterator.type) extends AnyVal {
    def unfold[A, S](init: S)(step: S => Option[(A, S)]): Iterator[A] = new scala.collection.AbstractIterator[A] {
      private var s = init
      private var ahead: Option[(A, S)] = null
      def hasNext: Boolean = { if (ahead == null) ahead = step(s); ahead.isDefined }
      def next(): A = { if (!hasNext) throw new NoSuchElementException("next on empty iterator"); val (a, t) = ahead.get; s = t; ahead = null; a }
    }
  }

  /** `xs.to(List)`, `xs.to(Set)`, `xs.to(mutable.ArrayBuffer)`: a companion where 2.11 takes a builder factory. */
  implicit def ccCompanionToFactory213[A, CC[X] <: scala.collection.GenTraversable[X]](f: GenericCompanion[CC]): CanBuildFrom[Nothing, A, CC[A]] =
    new CanBuildFrom[Nothing, A, CC[A]] {
      def apply(from: Nothing): mutable.Builder[A, CC[A]] = f.newBuilder[A]
      def apply(): mutable.Builder[A, CC[A]] = f.newBuilder[A]
    }
}
