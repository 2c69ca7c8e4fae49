impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let (mut l, mut r, mut best) = (0, height.len() - 1, 0);
        while l < r {
            best = best.max(height[l].min(height[r]) * (r - l) as i32);
            if height[l] < height[r] {
                l += 1;
            } else {
                r -= 1;
            }
        }
        best
    }
}
