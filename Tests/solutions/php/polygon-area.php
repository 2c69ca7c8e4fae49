<?php
$v = array_map('intval', preg_split('/\s+/', trim(stream_get_contents(STDIN))));
$n = $v[0];
$twice = 0;
for ($i = 0; $i < $n; $i++) {
    $j = ($i + 1) % $n;
    $twice += $v[1 + 2 * $i] * $v[2 + 2 * $j] - $v[1 + 2 * $j] * $v[2 + 2 * $i];
}
printf("%.2f\n", abs($twice) / 2);
