function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {
    const dict = new Set(wordList);
    if (!dict.has(endWord)) return 0;
    let queue = [beginWord];
    dict.delete(beginWord);
    let steps = 1;
    while (queue.length) {
        const next: string[] = [];
        for (const word of queue) {
            if (word === endWord) return steps;
            for (let i = 0; i < word.length; i++) {
                for (let c = 97; c <= 122; c++) {
                    const cand = word.slice(0, i) + String.fromCharCode(c) + word.slice(i + 1);
                    if (dict.has(cand)) {
                        dict.delete(cand);
                        next.push(cand);
                    }
                }
            }
        }
        queue = next;
        steps++;
    }
    return 0;
};
