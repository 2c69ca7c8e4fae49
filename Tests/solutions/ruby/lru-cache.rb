class LRUCache
    Entry = Struct.new(:key, :value, :prev, :next)

=begin
    :type capacity: Integer
=end
    def initialize(capacity)
        @capacity = capacity
        @entries = {}
        @head = Entry.new
        @tail = Entry.new
        @head.next = @tail
        @tail.prev = @head
    end


=begin
    :type key: Integer
    :rtype: Integer
=end
    def get(key)
        entry = @entries[key]
        return -1 unless entry
        unlink(entry)
        push_front(entry)
        entry.value
    end


=begin
    :type key: Integer
    :type value: Integer
    :rtype: Void
=end
    def put(key, value)
        entry = @entries[key]
        if entry
            entry.value = value
            unlink(entry)
        else
            if @entries.size == @capacity
                oldest = @tail.prev
                unlink(oldest)
                @entries.delete(oldest.key)
            end
            entry = @entries[key] = Entry.new(key, value)
        end
        push_front(entry)
    end

    private

    def unlink(entry)
        entry.prev.next = entry.next
        entry.next.prev = entry.prev
    end

    def push_front(entry)
        entry.next = @head.next
        entry.prev = @head
        @head.next.prev = entry
        @head.next = entry
    end


end

# Your LRUCache object will be instantiated and called as such:
# obj = LRUCache.new(capacity)
# param_1 = obj.get(key)
# obj.put(key, value)
