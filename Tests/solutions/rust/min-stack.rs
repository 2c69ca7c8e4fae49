struct MinStack {
    values: Vec<i32>,
    mins: Vec<i32>,
}


/** 
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl MinStack {

    fn new() -> Self {
        MinStack { values: Vec::new(), mins: Vec::new() }
    }
    
    fn push(&mut self, val: i32) {
        self.values.push(val);
        if self.mins.last().map_or(true, |&m| val <= m) {
            self.mins.push(val);
        }
    }
    
    fn pop(&mut self) {
        if self.values.pop() == self.mins.last().copied() {
            self.mins.pop();
        }
    }
    
    fn top(&self) -> i32 {
        *self.values.last().unwrap()
    }
    
    fn get_min(&self) -> i32 {
        *self.mins.last().unwrap()
    }
}

/**
 * Your MinStack object will be instantiated and called as such:
 * let obj = MinStack::new();
 * obj.push(val);
 * obj.pop();
 * let ret_3: i32 = obj.top();
 * let ret_4: i32 = obj.get_min();
 */
