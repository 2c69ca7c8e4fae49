<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$q = (int)$data[1];
$prefix = [0];
for ($i = 0; $i < $n; $i++) $prefix[] = $prefix[$i] + (int)$data[2 + $i];
$out = [];
for ($k = 0, $at = 2 + $n; $k < $q; $k++, $at += 2) $out[] = $prefix[(int)$data[$at + 1]] - $prefix[(int)$data[$at] - 1];
echo implode("\n", $out), "\n";
