class LRUCache(_capacity: Int) {
    private val cache = new java.util.LinkedHashMap[Int, Int](16, 0.75f, true)

    def get(key: Int): Int = {
        if (cache.containsKey(key)) cache.get(key) else -1
    }

    def put(key: Int, value: Int): Unit = {
        cache.put(key, value)
        if (cache.size > _capacity) cache.remove(cache.keySet.iterator.next)
    }

}

/**
 * Your LRUCache object will be instantiated and called as such:
 * val obj = new LRUCache(capacity)
 * val param_1 = obj.get(key)
 * obj.put(key,value)
 */
