class MinStack
    def initialize()
        @stack = []
        @minimums = []
    end


=begin
    :type val: Integer
    :rtype: Void
=end
    def push(val)
        @stack << val
        @minimums << (@minimums.empty? || val < @minimums.last ? val : @minimums.last)
    end


=begin
    :rtype: Void
=end
    def pop()
        @stack.pop
        @minimums.pop
    end


=begin
    :rtype: Integer
=end
    def top()
        @stack.last
    end


=begin
    :rtype: Integer
=end
    def get_min()
        @minimums.last
    end


end

# Your MinStack object will be instantiated and called as such:
# obj = MinStack.new()
# obj.push(val)
# obj.pop()
# param_3 = obj.top()
# param_4 = obj.get_min()
