impl Solution {
    pub fn find_peak_element(nums: Vec<i32>) -> i32 {
        let (mut lo, mut hi) = (0, nums.len() - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if nums[mid] > nums[mid + 1] {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo as i32
    }
}
