public class Solution {
    public int LadderLength(string beginWord, string endWord, IList<string> wordList) {
        var dict = new HashSet<string>(wordList);
        if (!dict.Contains(endWord)) return 0;
        var queue = new Queue<string>();
        queue.Enqueue(beginWord);
        dict.Remove(beginWord);
        int steps = 1;
        while (queue.Count > 0) {
            for (int size = queue.Count; size > 0; size--) {
                var word = queue.Dequeue();
                if (word == endWord) return steps;
                var chars = word.ToCharArray();
                for (int i = 0; i < chars.Length; i++) {
                    char orig = chars[i];
                    for (char c = 'a'; c <= 'z'; c++) {
                        chars[i] = c;
                        var cand = new string(chars);
                        if (dict.Remove(cand)) queue.Enqueue(cand);
                    }
                    chars[i] = orig;
                }
            }
            steps++;
        }
        return 0;
    }
}
