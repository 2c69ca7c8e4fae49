/* LeetCode's struct Node with a random pointer (#138), included before the solution when the
   signature mentions RandomNode. */
#pragma once
#define CC_NODE_RANDOM 1

struct Node {
    int val;
    struct Node *next;
    struct Node *random;
};
