// LeetCode's Node with a random pointer (#138), included before the solution when the signature
// mentions RandomNode.
#pragma once
#define CC_NODE_RANDOM 1

class Node {
public:
    int val;
    Node* next;
    Node* random;
    
    Node(int _val) {
        val = _val;
        next = NULL;
        random = NULL;
    }
};
