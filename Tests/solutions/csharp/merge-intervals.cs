public class Solution {
    public int[][] Merge(int[][] intervals) {
        Array.Sort(intervals, (a, b) => a[0].CompareTo(b[0]));
        var res = new List<int[]>();
        foreach (var iv in intervals) {
            if (res.Count > 0 && res[res.Count - 1][1] >= iv[0]) {
                res[res.Count - 1][1] = Math.Max(res[res.Count - 1][1], iv[1]);
            } else {
                res.Add(new int[] { iv[0], iv[1] });
            }
        }
        return res.ToArray();
    }
}
