# @param {Float} x
# @param {Integer} n
# @return {Float}
def my_pow(x, n)
  if n < 0
    x = 1 / x
    n = -n
  end
  result = 1.0
  while n > 0
    result *= x if n.odd?
    x *= x
    n >>= 1
  end
  result
end
