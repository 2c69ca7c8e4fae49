# The CloneCode judge's driver for Ruby solutions, run inside the sandbox:
#
#     ruby driver.rb solution.rb tests.json
#
# tests.json holds the signature and the inputs, never the expected outputs. The driver loads the
# solution (a syntax error is a compile error), calls the method the signature names (in LeetCode's
# snake_case) on every input, and writes one JSON line per test on file descriptor 3, the protocol
# of the other drivers:
#
#     {"compile_error": "..."}
#     {"i": 0, "ms": 0.12, "out": "[0,1]", "stdout": "..."}
#     {"i": 3, "error": "...", "stdout": "..."}
#     {"i": 5, "output_limit": true}

# Deep recursion is common in solutions: run again with a large VM stack (keeping descriptor 3).
unless ENV["RUBY_THREAD_VM_STACK_SIZE"]
  require "rbconfig"
  exec({ "RUBY_THREAD_VM_STACK_SIZE" => (64 << 20).to_s }, RbConfig.ruby, "--disable-gems", __FILE__, *ARGV, 3 => 3)
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

module CloneCodeDriver
  STDOUT_KEPT = 64 * 1024
  STDOUT_TOTAL = 8 * 1024 * 1024

  class OutputLimit < Exception; end
  class TypeMismatch < StandardError; end

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

  def decode(value, type)
    case type
    when "ListNode"
      head = ListNode.new
      tail = head
      value.each { |v| tail = (tail.next = ListNode.new(v)) }
      head.next
    when "TreeNode"
      return nil if value.empty? || value[0].nil?
      root = TreeNode.new(value[0])
      queue = [root]
      i = 1
      until queue.empty? || i >= value.length
        node = queue.shift
        node.left = TreeNode.new(value[i]) unless value[i].nil?
        queue << node.left if node.left
        i += 1
        if i < value.length && !value[i].nil?
          node.right = TreeNode.new(value[i])
          queue << node.right
        end
        i += 1
      end
      root
    else
      inner = element(type)
      inner ? value.map { |v| decode(v, inner) } : value
    end
  end

  def mismatch(value, type)
    TypeMismatch.new("returned #{value.class} #{value.inspect[0, 60]} where #{type} was expected")
  end

  def encode(value, type)
    case type
    when "void" then nil
    when "integer", "long"
      raise mismatch(value, type) unless value.is_a?(Integer)
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
    else
      inner = element(type)
      raise mismatch(value, type) unless inner && value.is_a?(Array)
      value.map { |v| encode(v, inner) }
    end
  end

  # The error as LeetCode shows it: the message, then the lines of the user's file.
  def describe(error)
    return "TypeError: #{error.message}" if error.is_a?(TypeMismatch)
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
    capture = Capture.new
    real = $stdout
    name = snake(spec["function"])
    begin
      $stdout = capture
      TOPLEVEL_BINDING.eval(source, "solution.rb")
      raise NoMethodError, "undefined method `#{name}' for main:Object" unless Object.private_method_defined?(name) || Object.method_defined?(name)
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
    spec["inputs"].each_with_index do |values, i|
      args = values.each_with_index.map { |v, k| decode(v, spec["params"][k]) }
      capture.truncate(0)
      capture.rewind
      $stdout = capture
      begin
        started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
        value = TOPLEVEL_BINDING.receiver.send(name, *args)
        ms = (Process.clock_gettime(Process::CLOCK_MONOTONIC) - started) * 1000
        $stdout = real
        out = JSON.generate(encode(value, spec["returns"]))
      rescue OutputLimit
        $stdout = real
        send.call({ "i" => i, "output_limit" => true })
        return
      rescue Exception => e
        $stdout = real
        send.call({ "i" => i, "error" => describe(e), "stdout" => capture.string })
        return
      end
      send.call({ "i" => i, "ms" => ms.round(3), "out" => out, "stdout" => capture.string })
    end
  end
end

CloneCodeDriver.main
