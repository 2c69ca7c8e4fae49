// LeetCode's Kotlin Node of #138 (a list node with a pointer to any node of the list), imported by
// the solutions of questions whose signature has RandomNode.
package ktnode.random

class Node(var `val`: Int) {
    var next: Node? = null
    var random: Node? = null
}
