public class LRUCache {
    private readonly int capacity;
    private readonly LinkedList<KeyValuePair<int, int>> order = new LinkedList<KeyValuePair<int, int>>();
    private readonly Dictionary<int, LinkedListNode<KeyValuePair<int, int>>> nodes = new Dictionary<int, LinkedListNode<KeyValuePair<int, int>>>();

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }
    
    public int Get(int key) {
        if (!nodes.TryGetValue(key, out var node)) return -1;
        order.Remove(node);
        order.AddFirst(node);
        return node.Value.Value;
    }
    
    public void Put(int key, int value) {
        if (nodes.TryGetValue(key, out var old)) order.Remove(old);
        nodes[key] = order.AddFirst(new KeyValuePair<int, int>(key, value));
        if (nodes.Count > capacity) {
            nodes.Remove(order.Last.Value.Key);
            order.RemoveLast();
        }
    }
}

/**
 * Your LRUCache object will be instantiated and called as such:
 * LRUCache obj = new LRUCache(capacity);
 * int param_1 = obj.Get(key);
 * obj.Put(key,value);
 */
