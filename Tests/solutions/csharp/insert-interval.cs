public class Solution {
    public int[][] Insert(int[][] intervals, int[] newInterval) {
        var res = new List<int[]>();
        int i = 0, n = intervals.Length;
        while (i < n && intervals[i][1] < newInterval[0]) res.Add(intervals[i++]);
        int s = newInterval[0], e = newInterval[1];
        while (i < n && intervals[i][0] <= e) {
            s = Math.Min(s, intervals[i][0]);
            e = Math.Max(e, intervals[i][1]);
            i++;
        }
        res.Add(new int[] { s, e });
        while (i < n) res.Add(intervals[i++]);
        return res.ToArray();
    }
}
