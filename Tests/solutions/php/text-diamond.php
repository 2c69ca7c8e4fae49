<?php
$n = (int)trim(fgets(STDIN));
$top = [];
for ($i = 1; $i <= $n; $i++) $top[] = str_repeat(' ', $n - $i) . str_repeat('*', 2 * $i - 1);
echo implode("\n", array_merge($top, array_reverse(array_slice($top, 0, -1)))), "\n";
