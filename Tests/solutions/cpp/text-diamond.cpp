#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    for (int row = 1; row < 2 * n; row++) {
        int i = row <= n ? row : 2 * n - row;
        cout << string(n - i, ' ') << string(2 * i - 1, '*') << '\n';
    }
}
