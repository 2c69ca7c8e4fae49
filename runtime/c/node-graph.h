/* LeetCode's graph struct Node (#133), included before the solution when the signature mentions
   GraphNode. */
#pragma once
#define CC_NODE_GRAPH 1

struct Node {
    int val;
    int numNeighbors;
    struct Node **neighbors;
};
