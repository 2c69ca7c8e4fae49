/// PHP submissions: LeetCode's PHP editor starts at `class Solution {`, without an opening tag, so
/// a solution without `<?php` gets one, on its first line (its line numbers stay the user's). The
/// driver itself is runtime/php/driver.php.
public enum PHPDriver {
    /// solution.php as PHP will read it.
    public static func source(_ solution: String) -> String {
        let start = solution.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        return start.hasPrefix("<?") ? solution : "<?php " + solution
    }
}
