<?php
// The CloneCode judge's driver for PHP solutions, run inside the sandbox:
//
//     php driver.php solution.php tests.json
//
// tests.json holds the signature and the inputs, never the expected outputs. The driver checks the
// solution's syntax (a parse error is a compile error), calls the method the signature names on a
// fresh Solution for every input, and writes one JSON line per test on file descriptor 3, the
// protocol of the other drivers.

/** Singly-linked list node, as LeetCode defines it for PHP. */
class ListNode {
    public $val = 0;
    public $next = null;
    function __construct($val = 0, $next = null) {
        $this->val = $val;
        $this->next = $next;
    }
}

/** Binary tree node, as LeetCode defines it for PHP. */
class TreeNode {
    public $val = null;
    public $left = null;
    public $right = null;
    function __construct($val = 0, $left = null, $right = null) {
        $this->val = $val;
        $this->left = $left;
        $this->right = $right;
    }
}

final class CloneCodeTypeMismatch extends Exception {}

final class CloneCodeDriver {
    const KEPT = 65536;
    const TOTAL = 8388608;
    private static $printed = 0;
    private static $text = "";
    private static $over = false;

    static function element(string $type): ?string {
        if (substr($type, -2) === "[]") return substr($type, 0, -2);
        if (substr($type, 0, 5) === "list<" && substr($type, -1) === ">") return substr($type, 5, -1);
        return null;
    }

    static function decode($value, string $type) {
        if ($type === "ListNode") {
            $head = new ListNode();
            $tail = $head;
            foreach ($value as $v) { $tail->next = new ListNode($v); $tail = $tail->next; }
            return $head->next;
        }
        if ($type === "TreeNode") {
            if (count($value) === 0 || $value[0] === null) return null;
            $root = new TreeNode($value[0]);
            $queue = new SplQueue();
            $queue->enqueue($root);
            $i = 1;
            while (!$queue->isEmpty() && $i < count($value)) {
                $node = $queue->dequeue();
                if ($i < count($value) && $value[$i] !== null) { $node->left = new TreeNode($value[$i]); $queue->enqueue($node->left); }
                $i++;
                if ($i < count($value) && $value[$i] !== null) { $node->right = new TreeNode($value[$i]); $queue->enqueue($node->right); }
                $i++;
            }
            return $root;
        }
        $inner = self::element($type);
        return $inner === null ? $value : array_map(fn($v) => self::decode($v, $inner), $value);
    }

    static function mismatch($value, string $type): CloneCodeTypeMismatch {
        return new CloneCodeTypeMismatch("returned " . get_debug_type($value) . " " . substr(json_encode($value) ?: "?", 0, 60) . " where $type was expected");
    }

    static function encode($value, string $type) {
        switch ($type) {
            case "void": return null;
            case "integer": case "long":
                if (!is_int($value)) throw self::mismatch($value, $type);
                return $value;
            case "double":
                if (!is_int($value) && !is_float($value)) throw self::mismatch($value, $type);
                return (float)$value;
            case "boolean":
                if (!is_bool($value)) throw self::mismatch($value, $type);
                return $value;
            case "string":
                if (!is_string($value)) throw self::mismatch($value, $type);
                return $value;
            case "character":
                if (!is_string($value) || mb_strlen($value) !== 1) throw self::mismatch($value, $type);
                return $value;
            case "ListNode":
                if ($value !== null && !($value instanceof ListNode)) throw self::mismatch($value, $type);
                $out = [];
                for ($node = $value; $node !== null; $node = $node->next) {
                    $out[] = $node->val;
                    if (count($out) > 1000000) throw new CloneCodeTypeMismatch("the returned list has a cycle");
                }
                return $out;
            case "TreeNode":
                if ($value !== null && !($value instanceof TreeNode)) throw self::mismatch($value, $type);
                $out = [];
                $queue = [$value];
                for ($q = 0; $q < count($queue); $q++) {
                    $node = $queue[$q];
                    if ($node === null) { $out[] = null; continue; }
                    $out[] = $node->val;
                    $queue[] = $node->left;
                    $queue[] = $node->right;
                }
                while (count($out) > 0 && end($out) === null) array_pop($out);
                return $out;
        }
        $inner = self::element($type);
        if ($inner === null || !is_array($value)) throw self::mismatch($value, $type);
        return array_map(fn($v) => self::encode($v, $inner), array_values($value));
    }

    static function json($value): string {
        return json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION);
    }

    /** The error as LeetCode shows it: the message, then the lines of the user's file. */
    static function describe(Throwable $e): string {
        if ($e instanceof CloneCodeTypeMismatch) return "TypeError: " . $e->getMessage();
        $lines = [get_class($e) . ": " . $e->getMessage()];
        $frames = array_merge([["file" => $e->getFile(), "line" => $e->getLine()]], $e->getTrace());
        foreach ($frames as $frame) {
            if (isset($frame["file"]) && basename($frame["file"]) === "solution.php") {
                $lines[] = "  at solution.php line " . $frame["line"] . (isset($frame["function"]) ? " in " . $frame["function"] : "");
            }
        }
        return implode("\n", $lines);
    }

    static function capture(string $chunk): string {
        self::$printed += strlen($chunk);
        if (self::$printed > self::TOTAL) self::$over = true;
        if (strlen(self::$text) < self::KEPT) self::$text .= $chunk;
        return "";
    }

    static function main(array $argv): void {
        $report = fopen("php://fd/3", "w");
        $send = function ($record) use ($report) { fwrite($report, json_encode($record, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES) . "\n"); };
        $spec = json_decode(file_get_contents($argv[2]), true);
        $source = file_get_contents($argv[1]);
        // A syntax check without running anything: the tokenizer in parse mode throws ParseError.
        try {
            token_get_all($source, TOKEN_PARSE);
        } catch (ParseError $e) {
            $send(["compile_error" => "PHP Parse error: " . $e->getMessage() . " in solution.php on line " . $e->getLine()]);
            return;
        }
        ob_start([self::class, "capture"], 1);
        try {
            require $argv[1];
            $method = $spec["function"];
            if (!class_exists("Solution") || !method_exists("Solution", $method)) {
                throw new Error("Call to undefined method Solution::$method()");
            }
        } catch (Throwable $e) {
            ob_end_flush();
            $send(["i" => 0, "error" => self::describe($e), "stdout" => self::$text]);
            return;
        }
        foreach ($spec["inputs"] as $i => $values) {
            $args = [];
            foreach ($values as $k => $v) $args[] = self::decode($v, $spec["params"][$k]);
            self::$text = "";
            try {
                $started = hrtime(true);
                $value = (new Solution())->$method(...$args);
                $ms = (hrtime(true) - $started) / 1e6;
                ob_flush();
                if (self::$over) { $send(["i" => $i, "output_limit" => true]); return; }
                $out = self::json(self::encode($value, $spec["returns"]));
            } catch (Throwable $e) {
                ob_flush();
                if (self::$over) { $send(["i" => $i, "output_limit" => true]); return; }
                $send(["i" => $i, "error" => self::describe($e), "stdout" => self::$text]);
                return;
            }
            $send(["i" => $i, "ms" => round($ms, 3), "out" => $out, "stdout" => self::$text]);
        }
        ob_end_flush();
    }
}

ini_set("memory_limit", "-1");
ini_set("display_errors", "stderr");
error_reporting(E_ALL & ~E_DEPRECATED & ~E_NOTICE & ~E_WARNING);
CloneCodeDriver::main($argv);
