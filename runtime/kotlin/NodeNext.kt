// LeetCode's Kotlin Node of #116/#117 (a tree node with a pointer to its right neighbour), imported
// by the solutions of questions whose signature has NextNode.
package ktnode.next

class Node(var `val`: Int) {
    var left: Node? = null
    var right: Node? = null
    var next: Node? = null
}
