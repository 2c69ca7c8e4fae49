/* LeetCode's struct Node with next pointers (#116, #117), included before the solution when the
   signature mentions NextNode. */
#pragma once
#define CC_NODE_NEXT 1

struct Node {
    int val;
    struct Node *left;
    struct Node *right;
    struct Node *next;
};
