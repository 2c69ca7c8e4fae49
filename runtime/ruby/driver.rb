# The CloneCode judge's driver for Ruby solutions, run inside the sandbox:
#
#     ruby driver.rb solution.rb tests.json
#
# tests.json holds the signature and the inputs, never the expected outputs. The driver loads the
# solution (a syntax error is a compile error), calls the method the signature names (in LeetCode's
# snake_case, or as LeetCode writes it where its Ruby stub does: hasCycle) on every input, and
# writes one JSON line per test on file descriptor 3, the protocol of the other drivers:
#
#     {"compile_error": "..."}
#     {"i": 0, "ms": 0.12, "out": "[0,1]", "stdout": "..."}
#     {"i": 0, "ms": 0.12, "out": "[[7,null]]", "wrong": "...", "stdout": "..."}
#     {"i": 3, "error": "...", "stdout": "..."}
#     {"i": 5, "output_limit": true}
#
# The header says what is judged: the return value; the parameter `inplace` after the call; the
# first k elements of the parameter `prefix`, k the returned value; under `build` ("cycle",
# "intersection") the method's arguments are made from the input and a returned ListNode is
# judged by its position in the (first) list. A design question ("class", "methods") runs each
# input's calls on one object and answers one value per call. NextNode, RandomNode and GraphNode
# are LeetCode's `Node` of that question; a RandomNode or GraphNode answer holding a node of the
# input is a wrong answer (`wrong`): the question asks for a copy.

# Deep recursion is common in solutions: run again with large stacks for new threads (keeping
# descriptor 3), and judge in such a thread. The main thread keeps the small stack the judge starts
# Ruby with (language.json's stackMb): Ruby 3.3 touches all of its main thread's stack limit.
unless ENV["RUBY_THREAD_VM_STACK_SIZE"]
  require "rbconfig"
  exec({ "RUBY_THREAD_VM_STACK_SIZE" => (64 << 20).to_s, "RUBY_THREAD_MACHINE_STACK_SIZE" => (256 << 20).to_s },
       RbConfig.ruby, "--disable-gems", __FILE__, *ARGV, 3 => 3)
end

require "json"
require "set"
require "stringio"

# Singly-linked list node, as LeetCode defines it for Ruby.
class ListNode
  attr_accessor :val, :next
  def initialize(val = 0, _next = nil)
    @val = val
    @next = _next
  end
end

# Binary tree node, as LeetCode defines it for Ruby.
class TreeNode
  attr_accessor :val, :left, :right
  def initialize(val = 0, left = nil, right = nil)
    @val = val
    @left = left
    @right = right
  end
end

# LeetCode's `Node` for the question at hand (its fields depend on the question), defined before
# the solution is loaded when the signature mentions it.
NODE_DEFINITIONS = {
  "NextNode" => <<~RUBY,
    class Node
      attr_accessor :val, :left, :right, :next
      def initialize(val = 0)
        @val = val
        @left, @right, @next = nil, nil, nil
      end
    end
  RUBY
  "RandomNode" => <<~RUBY,
    class Node
      attr_accessor :val, :next, :random
      def initialize(val = 0)
        @val = val
        @next = nil
        @random = nil
      end
    end
  RUBY
  "GraphNode" => <<~RUBY,
    class Node
      attr_accessor :val, :neighbors
      def initialize(val = 0, neighbors = nil)
        @val = val
        neighbors = [] if neighbors.nil?
        @neighbors = neighbors
      end
    end
  RUBY
}.freeze

module CloneCodeDriver
  STDOUT_KEPT = 64 * 1024
  STDOUT_TOTAL = 8 * 1024 * 1024
  NODE_LIMIT = 1_000_000

  class OutputLimit < Exception; end
  class TypeMismatch < StandardError; end
  # The answer cannot be read (a returned length out of range).
  class BadAnswer < StandardError; end

  # Takes what the solution prints, counting it across tests.
  class Capture < StringIO
    attr_accessor :total
    def write(*parts)
      text = parts.join
      @total = (@total || 0) + text.bytesize
      raise OutputLimit if @total > STDOUT_TOTAL
      super(text) if size < STDOUT_KEPT
      text.bytesize
    end
  end

  module_function

  def element(type)
    return type[0..-3] if type.end_with?("[]")
    return type[5..-2] if type.start_with?("list<") && type.end_with?(">")
    nil
  end

  # The nodes made for the current test's input (RandomNode, GraphNode), for the deep-copy check.
  def input_nodes
    @input_nodes ||= {}.compare_by_identity
  end

  # Why the current test's answer is wrong whatever the expected one (a "copy" that shares nodes
  # with the input): the first reason found.
  def wrong
    @wrong
  end

  def note(message)
    @wrong ||= message
  end

  def new_test
    input_nodes.clear
    @wrong = nil
  end

  def level_order(value, make)
    return nil if value.empty? || value[0].nil?
    root = make.call(value[0])
    queue = [root]
    i = 1
    until queue.empty? || i >= value.length
      node = queue.shift
      node.left = make.call(value[i]) unless value[i].nil?
      queue << node.left if node.left
      i += 1
      if i < value.length && !value[i].nil?
        node.right = make.call(value[i])
        queue << node.right
      end
      i += 1
    end
    root
  end

  def decode(value, type)
    case type
    when "ListNode"
      head = ListNode.new
      tail = head
      value.each { |v| tail = (tail.next = ListNode.new(v)) }
      head.next
    when "TreeNode"
      level_order(value, ->(v) { TreeNode.new(v) })
    when "NextNode"
      level_order(value, lambda do |v|
        node = Node.new(v)
        node.left = node.right = node.next = nil
        node
      end)
    when "RandomNode"
      nodes = value.map do |pair|
        node = Node.new(pair[0])
        node.next = node.random = nil
        input_nodes[node] = true
        node
      end
      nodes.each_with_index do |node, k|
        node.next = nodes[k + 1]
        node.random = value[k][1].nil? ? nil : nodes[value[k][1]]
      end
      nodes.first
    when "GraphNode"
      nodes = (1..value.length).map do |v|
        node = Node.new(v)
        node.neighbors = []
        input_nodes[node] = true
        node
      end
      value.each_with_index { |adjacent, k| adjacent.each { |v| nodes[k].neighbors << nodes[v - 1] } }
      nodes.first
    else
      inner = element(type)
      inner ? value.map { |v| decode(v, inner) } : value
    end
  end

  def mismatch(value, type)
    TypeMismatch.new("returned #{value.class} #{value.inspect[0, 60]} where #{type} was expected")
  end

  def node?(value)
    defined?(::Node) && value.is_a?(::Node)
  end

  def encode(value, type)
    case type
    when "void" then nil
    when "integer", "long"
      raise mismatch(value, type) unless value.is_a?(Integer)
      value
    when "uint32"
      raise mismatch(value, type) unless value.is_a?(Integer)
      raise TypeMismatch, "returned #{value}, which does not fit in an unsigned 32-bit integer" unless value >= 0 && value < 2**32
      value
    when "double"
      raise mismatch(value, type) unless value.is_a?(Numeric)
      value.to_f
    when "boolean"
      raise mismatch(value, type) unless value == true || value == false
      value
    when "string"
      raise mismatch(value, type) unless value.is_a?(String)
      value
    when "character"
      raise mismatch(value, type) unless value.is_a?(String) && value.length == 1
      value
    when "ListNode"
      raise mismatch(value, type) unless value.nil? || value.is_a?(ListNode)
      out = []
      while value
        out << value.val
        raise TypeMismatch, "the returned list has a cycle" if out.length > 1_000_000
        value = value.next
      end
      out
    when "TreeNode"
      raise mismatch(value, type) unless value.nil? || value.is_a?(TreeNode)
      out = []
      queue = [value]
      until queue.empty?
        node = queue.shift
        if node.nil?
          out << nil
        else
          out << node.val
          queue << node.left << node.right
        end
      end
      out.pop while !out.empty? && out.last.nil?
      out
    when "NextNode" then encode_next(value, type)
    when "RandomNode" then encode_random(value, type)
    when "GraphNode" then encode_graph(value, type)
    else
      inner = element(type)
      raise mismatch(value, type) unless inner && value.is_a?(Array)
      value.map { |v| encode(v, inner) }
    end
  end

  # The levels as the `next` pointers link them, "#" after each level.
  def encode_next(root, type)
    raise mismatch(root, type) unless root.nil? || node?(root)
    out = []
    count = 0
    first = root
    while first
      following = nil
      node = first
      while node
        raise mismatch(node, type) unless node?(node)
        out << encode(node.val, "integer")
        count += 1
        raise TypeMismatch, "the answer's next pointers run in a cycle" if count > NODE_LIMIT
        following ||= node.left || node.right
        node = node.next
      end
      out << "#"
      first = following
    end
    out
  end

  # [val, index of random] per node, in `next` order.
  def encode_random(head, type)
    raise mismatch(head, type) unless head.nil? || node?(head)
    nodes = []
    index = {}.compare_by_identity
    node = head
    while node
      raise mismatch(node, type) unless node?(node)
      if index.key?(node)
        raise TypeMismatch, "the list's next pointers form a cycle (node #{nodes.length} is node #{index[node]} again)"
      end
      raise TypeMismatch, "the list is too long" if nodes.length >= NODE_LIMIT
      index[node] = nodes.length
      nodes << node
      node = node.next
    end
    nodes.each_with_index.map do |n, k|
      target = n.random
      raise mismatch(target, type) unless target.nil? || node?(target)
      position = target.nil? ? nil : index.fetch(target, -1)
      if input_nodes.key?(n)
        note("the answer's node #{k} (val #{n.val}) is a node of the input: not a copy")
      elsif position == -1
        note("the answer's node #{k} (val #{n.val}) has a random pointer to a node outside the list")
      end
      [encode(n.val, "integer"), position]
    end
  end

  # Every node reachable from the answer, by value: its neighbours' values in their order.
  def encode_graph(start, type)
    raise mismatch(start, type) unless start.nil? || node?(start)
    return [] if start.nil?
    seen = { start => true }.compare_by_identity
    order = [start]
    k = 0
    while k < order.length
      node = order[k]
      raise mismatch(node.neighbors, "list of neighbours") unless node.neighbors.is_a?(Array)
      node.neighbors.each do |n|
        raise mismatch(n, type) unless node?(n)
        next if seen.key?(n)
        seen[n] = true
        order << n
        raise TypeMismatch, "the answer has more than #{NODE_LIMIT} nodes" if order.length > NODE_LIMIT
      end
      k += 1
    end
    order.each { |n| encode(n.val, "integer") }
    order = order.sort_by.with_index { |n, i| [n.val, i] }
    copied = order.find { |n| input_nodes.key?(n) }
    note("the answer's node with val #{copied.val} is a node of the input: not a copy") if copied
    order.map { |n| n.neighbors.map(&:val) }
  end

  # The error as LeetCode shows it: the message, then the lines of the user's file.
  def describe(error)
    return "TypeError: #{error.message}" if error.is_a?(TypeMismatch)
    return error.message if error.is_a?(BadAnswer)
    return "stack level too deep (SystemStackError)" if error.is_a?(SystemStackError)
    lines = ["#{error.message} (#{error.class})"]
    (error.backtrace || []).each do |frame|
      next unless frame.start_with?("solution.rb:")
      lines << "  #{frame.sub(/:in /, ' in ')}"
    end
    lines.join("\n")
  end

  def snake(name)
    name.gsub(/([A-Z])/) { "_" + $1.downcase }
  end

  # snake_case with a run of capitals as one word, as LeetCode writes sortedArrayToBST: sorted_array_to_bst.
  def snake_words(name)
    name.gsub(/([a-z0-9])([A-Z])/, '\1_\2').gsub(/([A-Z]+)([A-Z][a-z])/, '\1_\2').downcase
  end

  # The types a header mentions (parameters and returns, of the function or of every method).
  def header_types(spec)
    types = (spec["params"] || []) + [spec["returns"]]
    (spec["methods"] || {}).each_value { |m| types += (m["params"] || []) + [m["returns"]] }
    types.compact.map { |t| t = element(t) while element(t); t }
  end

  # The name a solution defines for LeetCode's `name`: snake_case, or as LeetCode writes it.
  def defined_name(name)
    [snake(name), snake_words(name), name].uniq.find { |n| Object.private_method_defined?(n) || Object.method_defined?(n) }
  end

  # The method's arguments for one input, and how to turn its result into the judged answer.
  def prepare(spec, values)
    params = spec["params"]
    case spec["build"]
    when "cycle"
      list, pos = values
      nodes = list.map { |v| ListNode.new(v) }
      nodes.each_cons(2) { |a, b| a.next = b }
      nodes.last.next = nodes[pos] if !nodes.empty? && pos >= 0
      [[nodes.first], positions(nodes)]
    when "intersection"
      intersect, list_a, list_b, skip_a, skip_b = values
      nodes_a = list_a.map { |v| ListNode.new(v) }
      nodes_a.each_cons(2) { |a, b| a.next = b }
      own_b = (intersect == 0 ? list_b : list_b[0, skip_b]).map { |v| ListNode.new(v) }
      own_b.each_cons(2) { |a, b| a.next = b }
      shared = intersect == 0 ? nil : nodes_a[skip_a]
      own_b.last.next = shared unless own_b.empty?
      [[nodes_a.first, own_b.first || shared], positions(nodes_a)]
    else
      [values.each_with_index.map { |v, k| decode(v, params[k]) }, nil]
    end
  end

  def positions(nodes)
    index = {}.compare_by_identity
    nodes.each_with_index { |n, k| index[n] = k }
    index
  end

  # The judged answer of a function call.
  def answer(spec, args, value, positions)
    if (k = spec["inplace"])
      begin
        encode(args[k], spec["params"][k])
      rescue TypeMismatch => e
        raise TypeMismatch, e.message.sub(/\Areturned /, "after the call, the modified argument holds ")
      end
    elsif (k = spec["prefix"])
      length = encode(value, "integer")
      array = args[k]
      raise TypeMismatch, "the array became #{array.class} #{array.inspect[0, 60]}" unless array.is_a?(Array)
      raise BadAnswer, "returned k = #{length}, which is negative" if length.negative?
      if length > array.length
        raise BadAnswer, "returned k = #{length}, but the array has #{array.length} element#{array.length == 1 ? '' : 's'}"
      end
      encode(array[0, length], spec["params"][k])
    elsif positions && spec["returns"] == "ListNode"
      raise mismatch(value, "ListNode") unless value.nil? || value.is_a?(ListNode)
      value.nil? ? nil : positions.fetch(value, -1)
    else
      encode(value, spec["returns"])
    end
  end

  SCALARS = %w[integer long uint32 double boolean string character].freeze

  def clock
    Process.clock_gettime(Process::CLOCK_MONOTONIC)
  end

  # One design test: the constructor, then each call on the object; one answer per call, and the
  # milliseconds spent in the calls themselves.
  def run_design(spec, klass, input)
    names, arguments = input
    methods = spec["methods"]
    answers = [nil]
    args = (arguments[0] || []).each_with_index.map { |v, j| decode(v, spec["params"][j]) }
    started = clock
    object = klass.new(*args)
    spent = clock - started
    resolved = {}
    k = 1
    while k < names.length
      name = names[k]
      own, params, returns = resolved[name] ||= begin
        method = methods[name]
        raise NoMethodError, "#{spec['class']} has no method #{name} in this question" unless method
        found = [snake(name), snake_words(name), name].uniq.find { |n| object.respond_to?(n) }
        raise NoMethodError, "undefined method `#{snake_words(name)}' for an instance of #{spec['class']} (call #{k}: #{name})" unless found
        [found, method["params"] || [], method["returns"]]
      end
      values = arguments[k] || []
      args = params.each_with_index.map { |type, j| SCALARS.include?(type) ? values[j] : decode(values[j], type) }
      started = clock
      value = object.public_send(own, *args)
      spent += clock - started
      answers << (returns == "void" ? nil : encode(value, returns))
      k += 1
    end
    [answers, spent * 1000]
  end

  def main
    solution_path, tests_path = ARGV
    report = IO.new(3, "w")
    report.sync = true
    send = ->(record) { report.write(JSON.generate(record) + "\n") }
    spec = JSON.parse(File.read(tests_path))
    source = File.read(solution_path)
    begin
      RubyVM::InstructionSequence.compile(source, "solution.rb")
    rescue SyntaxError => e
      send.call({ "compile_error" => e.message })
      return
    end
    node_type = (header_types(spec) & NODE_DEFINITIONS.keys).first
    TOPLEVEL_BINDING.eval(NODE_DEFINITIONS[node_type], "node.rb") if node_type
    capture = Capture.new
    real = $stdout
    design = spec.key?("class")
    name = nil
    klass = nil
    begin
      $stdout = capture
      TOPLEVEL_BINDING.eval(source, "solution.rb")
      if design
        unless Object.const_defined?(spec["class"]) && Object.const_get(spec["class"]).is_a?(Class)
          raise NameError, "uninitialized constant #{spec['class']}: the solution defines no class #{spec['class']}"
        end
        klass = Object.const_get(spec["class"])
      else
        name = defined_name(spec["function"])
        raise NoMethodError, "undefined method `#{snake_words(spec['function'])}' for main:Object" unless name
      end
    rescue OutputLimit
      $stdout = real
      send.call({ "i" => 0, "output_limit" => true })
      return
    rescue Exception => e
      $stdout = real
      send.call({ "i" => 0, "error" => describe(e), "stdout" => capture.string })
      return
    end
    $stdout = real
    report.write("\n") # ready: the solution is loaded, the tests begin (the runner's clock)
    spec["inputs"].each_with_index do |values, i|
      new_test
      args, positions = design ? [nil, nil] : prepare(spec, values)
      capture.truncate(0)
      capture.rewind
      $stdout = capture
      begin
        if design
          result, ms = run_design(spec, klass, values)
          $stdout = real
          out = JSON.generate(result)
        else
          started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
          value = TOPLEVEL_BINDING.receiver.send(name, *args)
          ms = (Process.clock_gettime(Process::CLOCK_MONOTONIC) - started) * 1000
          $stdout = real
          out = JSON.generate(answer(spec, args, value, positions))
        end
      rescue OutputLimit
        $stdout = real
        send.call({ "i" => i, "output_limit" => true })
        return
      rescue Exception => e
        $stdout = real
        send.call({ "i" => i, "error" => describe(e), "stdout" => capture.string })
        return
      end
      record = { "i" => i, "ms" => ms.round(3), "out" => out }
      record["wrong"] = wrong if wrong
      record["stdout"] = capture.string
      send.call(record)
    end
  end
end

Thread.new { CloneCodeDriver.main }.join
