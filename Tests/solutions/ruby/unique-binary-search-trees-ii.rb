# @param {Integer} n
# @return {TreeNode[]}
def generate_trees(n)
  build(1, n)
end

def build(low, high)
  return [nil] if low > high
  out = []
  (low..high).each do |root|
    lefts = build(low, root - 1)
    rights = build(root + 1, high)
    lefts.each do |left|
      rights.each do |right|
        out << TreeNode.new(root, left, right)
      end
    end
  end
  out
end
