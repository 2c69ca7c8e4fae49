use std::collections::HashMap;

struct LRUCache {
    capacity: usize,
    map: HashMap<i32, usize>,
    keys: Vec<i32>,
    values: Vec<i32>,
    prev: Vec<usize>,
    next: Vec<usize>,
}


/** 
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl LRUCache {

    // Slot 0 is the sentinel of a circular list: next[0] is the most recently used entry.
    fn new(capacity: i32) -> Self {
        LRUCache {
            capacity: capacity as usize,
            map: HashMap::new(),
            keys: vec![0],
            values: vec![0],
            prev: vec![0],
            next: vec![0],
        }
    }

    fn unlink(&mut self, i: usize) {
        let (p, n) = (self.prev[i], self.next[i]);
        self.next[p] = n;
        self.prev[n] = p;
    }

    fn push_front(&mut self, i: usize) {
        let first = self.next[0];
        self.prev[i] = 0;
        self.next[i] = first;
        self.prev[first] = i;
        self.next[0] = i;
    }
    
    fn get(&mut self, key: i32) -> i32 {
        match self.map.get(&key).copied() {
            Some(i) => {
                self.unlink(i);
                self.push_front(i);
                self.values[i]
            }
            None => -1,
        }
    }
    
    fn put(&mut self, key: i32, value: i32) {
        if let Some(&i) = self.map.get(&key) {
            self.values[i] = value;
            self.unlink(i);
            self.push_front(i);
            return;
        }
        let i = if self.map.len() == self.capacity {
            let last = self.prev[0];
            self.unlink(last);
            self.map.remove(&self.keys[last]);
            self.keys[last] = key;
            self.values[last] = value;
            last
        } else {
            self.keys.push(key);
            self.values.push(value);
            self.prev.push(0);
            self.next.push(0);
            self.keys.len() - 1
        };
        self.map.insert(key, i);
        self.push_front(i);
    }
}

/**
 * Your LRUCache object will be instantiated and called as such:
 * let obj = LRUCache::new(capacity);
 * let ret_1: i32 = obj.get(key);
 * obj.put(key, value);
 */
