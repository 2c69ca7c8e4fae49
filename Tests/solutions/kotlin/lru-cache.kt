class LRUCache(capacity: Int) {
    private val capacity = capacity
    private val map = LinkedHashMap<Int, Int>(16, 0.75f, true)

    fun get(key: Int): Int {
        return map[key] ?: -1
    }

    fun put(key: Int, value: Int) {
        map[key] = value
        if (map.size > capacity) {
            map.remove(map.keys.iterator().next())
        }
    }

}

/**
 * Your LRUCache object will be instantiated and called as such:
 * var obj = LRUCache(capacity)
 * var param_1 = obj.get(key)
 * obj.put(key,value)
 */
