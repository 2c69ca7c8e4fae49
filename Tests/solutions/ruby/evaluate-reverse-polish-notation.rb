# @param {String[]} tokens
# @return {Integer}
def eval_rpn(tokens)
  stack = []
  tokens.each do |t|
    case t
    when '+', '-', '*', '/'
      b = stack.pop
      a = stack.pop
      stack << case t
               when '+' then a + b
               when '-' then a - b
               when '*' then a * b
               else (a.to_f / b).truncate
               end
    else
      stack << t.to_i
    end
  end
  stack.pop
end
