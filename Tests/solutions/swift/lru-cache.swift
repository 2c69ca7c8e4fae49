class LRUCache {
    private final class Entry {
        let key: Int
        var value: Int
        var prev: Entry?
        var next: Entry?
        init(_ key: Int, _ value: Int) { self.key = key; self.value = value }
    }

    private let capacity: Int
    private var map: [Int: Entry] = [:]
    private let head = Entry(0, 0)
    private let tail = Entry(0, 0)

    init(_ capacity: Int) {
        self.capacity = capacity
        head.next = tail
        tail.prev = head
    }

    private func unlink(_ e: Entry) {
        e.prev?.next = e.next
        e.next?.prev = e.prev
    }

    private func pushFront(_ e: Entry) {
        e.next = head.next
        e.prev = head
        head.next?.prev = e
        head.next = e
    }

    func get(_ key: Int) -> Int {
        guard let e = map[key] else { return -1 }
        unlink(e)
        pushFront(e)
        return e.value
    }

    func put(_ key: Int, _ value: Int) {
        if let e = map[key] {
            e.value = value
            unlink(e)
            pushFront(e)
            return
        }
        if map.count == capacity, let last = tail.prev, last !== head {
            unlink(last)
            map[last.key] = nil
        }
        let e = Entry(key, value)
        map[key] = e
        pushFront(e)
    }
}

/**
 * Your LRUCache object will be instantiated and called as such:
 * let obj = LRUCache(capacity)
 * let ret_1: Int = obj.get(key)
 * obj.put(key, value)
 */
