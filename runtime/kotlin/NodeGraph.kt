// LeetCode's Kotlin Node of #133 (a graph node with its neighbours), imported by the solutions of
// questions whose signature has GraphNode.
package ktnode.graph

class Node(var `val`: Int) {
    var neighbors: ArrayList<Node?> = ArrayList<Node?>()
}
