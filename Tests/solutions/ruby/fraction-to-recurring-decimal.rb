# @param {Integer} numerator
# @param {Integer} denominator
# @return {String}
def fraction_to_decimal(numerator, denominator)
  return '0' if numerator == 0
  res = ''
  res << '-' if (numerator < 0) != (denominator < 0)
  n = numerator.abs
  d = denominator.abs
  res << (n / d).to_s
  rem = n % d
  return res if rem == 0
  res << '.'
  seen = {}
  while rem != 0
    if seen.key?(rem)
      res.insert(seen[rem], '(')
      res << ')'
      return res
    end
    seen[rem] = res.size
    rem *= 10
    res << (rem / d).to_s
    rem %= d
  end
  res
end
