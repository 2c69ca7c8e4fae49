<?php
// The CloneCode judge's driver for PHP solutions, run inside the sandbox:
//
//     php driver.php solution.php tests.json
//
// tests.json holds the signature and the inputs, never the expected outputs. The driver checks the
// solution's syntax (a parse error is a compile error), calls the method the signature names on a
// fresh Solution for every input, and writes one JSON line per test on file descriptor 3, the
// protocol of the other drivers.

/** ListNode and TreeNode as LeetCode defines them for PHP: declared for every function question, and
 *  for a design question only when its signature mentions them (a design solution often declares a
 *  ListNode of its own for its linked list). */
function clonecode_declare_lists(bool $list, bool $tree): void {
    if ($list) {
        /** Singly-linked list node, as LeetCode defines it for PHP. */
        class ListNode {
            public $val = 0;
            public $next = null;
            function __construct($val = 0, $next = null) {
                $this->val = $val;
                $this->next = $next;
            }
        }
    }
    if ($tree) {
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
    }
}

/** LeetCode's `Node` of the questions whose nodes have more than ListNode's or TreeNode's fields,
 *  declared only for a question whose signature mentions it (solutions of other questions often
 *  declare a Node of their own). */
function clonecode_declare_node(string $kind): void {
    if ($kind === "NextNode") {
        class Node {
            public $val = null;
            public $left = null;
            public $right = null;
            public $next = null;
            function __construct($val = 0, $left = null, $right = null, $next = null) {
                $this->val = $val;
                $this->left = $left;
                $this->right = $right;
                $this->next = $next;
            }
        }
    } elseif ($kind === "RandomNode") {
        class Node {
            public $val = null;
            public $next = null;
            public $random = null;
            function __construct($val = 0, $next = null, $random = null) {
                $this->val = $val;
                $this->next = $next;
                $this->random = $random;
            }
        }
    } elseif ($kind === "GraphNode") {
        class Node {
            public $val = null;
            public $neighbors = null;
            function __construct($val = 0, $neighbors = null) {
                $this->val = $val;
                $this->neighbors = $neighbors ?? array();
            }
        }
    }
}

final class CloneCodeTypeMismatch extends Exception {}

/** A runtime error of the solution that is not a PHP error (a returned length out of range). */
final class CloneCodeSolutionError extends Exception {}

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

    /** The node classes a tests.json header mentions (NextNode, RandomNode, GraphNode). */
    static function nodeKinds(array $spec): array {
        $types = array_merge($spec["params"] ?? [], [$spec["returns"] ?? "void"]);
        foreach ($spec["methods"] ?? [] as $method) $types = array_merge($types, $method["params"], [$method["returns"]]);
        $kinds = [];
        foreach ($types as $type) {
            $base = preg_replace('/(\[\])+$/', "", preg_replace('/^(list<)+|>+$/', "", $type));
            if (in_array($base, ["NextNode", "RandomNode", "GraphNode"], true)) $kinds[$base] = true;
        }
        return array_keys($kinds);
    }

    /** The nodes built for the current test's input (the deep-copy check) and the first violation. */
    static $made = null;
    static $wrong = null;

    static function made($node) {
        if (self::$made !== null && $node !== null) self::$made->attach($node);
        return $node;
    }

    static function decode($value, string $type) {
        if ($type === "NextNode") {
            if (count($value) === 0 || $value[0] === null) return null;
            $root = self::made(new Node($value[0]));
            $queue = new SplQueue();
            $queue->enqueue($root);
            $i = 1;
            while (!$queue->isEmpty() && $i < count($value)) {
                $node = $queue->dequeue();
                if ($i < count($value) && $value[$i] !== null) { $node->left = self::made(new Node($value[$i])); $queue->enqueue($node->left); }
                $i++;
                if ($i < count($value) && $value[$i] !== null) { $node->right = self::made(new Node($value[$i])); $queue->enqueue($node->right); }
                $i++;
            }
            return $root;
        }
        if ($type === "RandomNode") {
            $nodes = [];
            foreach ($value as $pair) $nodes[] = self::made(new Node($pair[0]));
            foreach ($value as $k => $pair) {
                $nodes[$k]->next = $nodes[$k + 1] ?? null;
                $nodes[$k]->random = $pair[1] === null ? null : $nodes[$pair[1]];
            }
            return $nodes[0] ?? null;
        }
        if ($type === "GraphNode") {
            $nodes = [];
            foreach ($value as $k => $_) $nodes[] = self::made(new Node($k + 1));
            foreach ($value as $k => $adjacent) {
                $nodes[$k]->neighbors = array_map(fn($v) => $nodes[$v - 1], $adjacent);
            }
            return $nodes[0] ?? null;
        }
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
            case "integer": case "long": case "uint32":
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
            case "NextNode":
                if ($value !== null && !is_object($value)) throw self::mismatch($value, $type);
                $out = [];
                $count = 0;
                for ($first = $value; $first !== null; $first = $below) {
                    $below = null;
                    for ($node = $first; $node !== null; $node = $node->next ?? null) {
                        if (++$count > 1000000) throw new CloneCodeTypeMismatch("the next pointers form a cycle");
                        $out[] = $node->val;
                        if ($below === null) $below = $node->left ?? $node->right ?? null;
                    }
                    $out[] = "#";
                }
                return $out;
            case "RandomNode":
                if ($value !== null && !is_object($value)) throw self::mismatch($value, $type);
                $index = new SplObjectStorage();
                $nodes = [];
                for ($node = $value; $node !== null; $node = $node->next ?? null) {
                    if ($index->contains($node)) throw new CloneCodeTypeMismatch("the returned list has a cycle");
                    $index[$node] = count($nodes);
                    $nodes[] = $node;
                }
                $out = [];
                foreach ($nodes as $i => $node) {
                    self::copyCheck($node, $i);
                    $random = $node->random ?? null;
                    if ($random !== null && !$index->contains($random)) {
                        if (self::$wrong === null) self::$wrong = "the answer's node $i (val " . self::json($node->val) . ") has a random pointer to a node that is not in the answer's list";
                        $random = null;
                    }
                    $out[] = [$node->val, $random === null ? null : $index[$random]];
                }
                return $out;
            case "GraphNode":
                if ($value !== null && !is_object($value)) throw self::mismatch($value, $type);
                if ($value === null) return [];
                $seen = new SplObjectStorage();
                $seen->attach($value);
                $order = [$value];
                for ($q = 0; $q < count($order); $q++) {
                    foreach ($order[$q]->neighbors ?? [] as $next) {
                        if (!is_object($next)) throw new CloneCodeTypeMismatch("node " . self::json($order[$q]->val) . " has a neighbor that is not a node");
                        if (!$seen->contains($next)) { $seen->attach($next); $order[] = $next; }
                    }
                }
                usort($order, fn($a, $b) => $a->val <=> $b->val);
                $out = [];
                foreach ($order as $i => $node) {
                    self::copyCheck($node, $i);
                    $out[] = array_map(fn($n) => $n->val, array_values($node->neighbors ?? []));
                }
                return $out;
        }
        $inner = self::element($type);
        if ($inner === null || !is_array($value)) throw self::mismatch($value, $type);
        return array_map(fn($v) => self::encode($v, $inner), array_values($value));
    }

    static function copyCheck($node, int $i): void {
        if (self::$wrong === null && self::$made !== null && self::$made->contains($node)) {
            self::$wrong = "the answer's node $i (val " . self::json($node->val) . ") is a node of the input: not a copy";
        }
    }

    /** The test input of a builder made into the method's arguments, and the nodes of the list
     *  whose positions judge a returned node. */
    static function build(string $kind, array $input): array {
        $list = function (array $values): array {
            $nodes = array_map(fn($v) => new ListNode($v), $values);
            foreach ($nodes as $k => $node) $node->next = $nodes[$k + 1] ?? null;
            return $nodes;
        };
        if ($kind === "cycle") {
            [$values, $pos] = $input;
            $nodes = $list($values);
            if ($pos >= 0 && $pos < count($nodes)) end($nodes)->next = $nodes[$pos];
            return [[$nodes[0] ?? null], $nodes];
        }
        [$intersectVal, $listA, $listB, $skipA, $skipB] = $input;
        $a = $list($listA);
        $b = $list($intersectVal === 0 ? $listB : array_slice($listB, 0, $skipB));
        if ($intersectVal !== 0 && $skipA < count($a)) {
            if (count($b) > 0) end($b)->next = $a[$skipA]; else $b = [$a[$skipA]];
        }
        return [[$a[0] ?? null, $b[0] ?? null], $a];
    }

    /** One test of a function question: the judged answer (the return value, the in-place
     *  parameter, the prefix, or a returned node's position) and the time of the call. */
    static function callFunction(array $spec, string $method, array $input): array {
        $nodes = null;
        if (isset($spec["build"])) {
            [$args, $nodes] = self::build($spec["build"], $input);
        } else {
            $args = [];
            foreach ($input as $k => $v) $args[] = self::decode($v, $spec["params"][$k]);
        }
        $started = hrtime(true);
        $value = (new Solution())->$method(...$args);
        $ms = (hrtime(true) - $started) / 1e6;
        if (isset($spec["inplace"])) {
            $answer = self::encode($args[$spec["inplace"]], $spec["params"][$spec["inplace"]]);
        } elseif (isset($spec["prefix"])) {
            $array = $args[$spec["prefix"]];
            if (!is_int($value)) throw self::mismatch($value, "integer");
            if ($value < 0 || $value > count($array)) {
                throw new CloneCodeSolutionError("returned k = $value, but the array has " . count($array) . " elements");
            }
            $answer = self::encode(array_slice(array_values($array), 0, $value), $spec["params"][$spec["prefix"]]);
        } elseif ($nodes !== null && $spec["returns"] === "ListNode") {
            if ($value !== null && !($value instanceof ListNode)) throw self::mismatch($value, "ListNode");
            $answer = null;
            if ($value !== null) {
                $answer = -1;
                foreach ($nodes as $k => $node) if ($node === $value) { $answer = $k; break; }
            }
        } else {
            $answer = self::encode($value, $spec["returns"]);
        }
        return [$ms, $answer];
    }

    /** One test of a design question: the constructor, then every call; one value per call. */
    static function callDesign(array $spec, array $input): array {
        [$calls, $argLists] = $input;
        $class = $spec["class"];
        $ms = 0;
        $out = [];
        $object = null;
        foreach ($calls as $j => $name) {
            $values = $argLists[$j] ?? [];
            if ($j === 0) {
                $args = [];
                foreach ($values as $k => $v) $args[] = self::decode($v, $spec["params"][$k]);
                $started = hrtime(true);
                $object = new $class(...$args);
                $ms += (hrtime(true) - $started) / 1e6;
                $out[] = null;
                continue;
            }
            $method = $spec["methods"][$name] ?? null;
            if ($method === null) throw new CloneCodeSolutionError("call $j: $name is not a method of $class");
            if (!method_exists($object, $name)) throw new Error("Call to undefined method $class::$name() (call $j)");
            $args = [];
            foreach ($values as $k => $v) $args[] = self::decode($v, $method["params"][$k]);
            $started = hrtime(true);
            $value = $object->$name(...$args);
            $ms += (hrtime(true) - $started) / 1e6;
            try {
                $out[] = self::encode($value, $method["returns"]);
            } catch (CloneCodeTypeMismatch $e) {
                throw new CloneCodeTypeMismatch("$name (call $j) " . $e->getMessage());
            }
        }
        return [$ms, $out];
    }

    static function json($value): string {
        return json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION);
    }

    /** The error as LeetCode shows it: the message, then the lines of the user's file. */
    static function describe(Throwable $e): string {
        if ($e instanceof CloneCodeTypeMismatch) return "TypeError: " . $e->getMessage();
        if ($e instanceof CloneCodeSolutionError) return "Error: " . $e->getMessage();
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
        $design = isset($spec["class"]);
        $mentions = function (string $name) use ($spec): bool {
            $types = json_encode([$spec["params"] ?? [], $spec["returns"] ?? "", $spec["methods"] ?? []]);
            return strpos($types, "\"$name") !== false || strpos($types, "<$name") !== false;
        };
        clonecode_declare_lists(!$design || $mentions("ListNode"), !$design || $mentions("TreeNode"));
        foreach (self::nodeKinds($spec) as $kind) clonecode_declare_node($kind);
        ob_start([self::class, "capture"], 1);
        try {
            require $argv[1];
            if ($design) {
                $method = $spec["class"];
                if (!class_exists($method)) throw new Error("Class \"$method\" not found");
            } else {
                $method = $spec["function"];
                if (!class_exists("Solution") || !method_exists("Solution", $method)) {
                    throw new Error("Call to undefined method Solution::$method()");
                }
            }
        } catch (Throwable $e) {
            ob_end_flush();
            $send(["i" => 0, "error" => self::describe($e), "stdout" => self::$text]);
            return;
        }
        fwrite($report, "\n");  // ready: the solution is loaded, the tests begin (the runner's clock)
        foreach ($spec["inputs"] as $i => $values) {
            self::$text = "";
            self::$made = new SplObjectStorage();
            self::$wrong = null;
            try {
                [$ms, $answer] = $design ? self::callDesign($spec, $values) : self::callFunction($spec, $method, $values);
                ob_flush();
                if (self::$over) { $send(["i" => $i, "output_limit" => true]); return; }
                $out = self::json($answer);
            } catch (Throwable $e) {
                ob_flush();
                if (self::$over) { $send(["i" => $i, "output_limit" => true]); return; }
                $send(["i" => $i, "error" => self::describe($e), "stdout" => self::$text]);
                return;
            }
            $record = ["i" => $i, "ms" => round($ms, 3), "out" => $out];
            if (self::$wrong !== null) $record["wrong"] = self::$wrong;
            $record["stdout"] = self::$text;
            $send($record);
        }
        ob_end_flush();
    }
}

ini_set("memory_limit", "-1");
ini_set("display_errors", "stderr");
error_reporting(E_ALL & ~E_DEPRECATED & ~E_NOTICE & ~E_WARNING);
CloneCodeDriver::main($argv);
