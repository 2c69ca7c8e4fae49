public class Solution {
    private IList<TreeNode> Build(int low, int high) {
        var output = new List<TreeNode>();
        if (low > high) { output.Add(null); return output; }
        for (int root = low; root <= high; root++)
            foreach (var left in Build(low, root - 1))
                foreach (var right in Build(root + 1, high))
                    output.Add(new TreeNode(root, left, right));
        return output;
    }

    public IList<TreeNode> GenerateTrees(int n) {
        return Build(1, n);
    }
}
