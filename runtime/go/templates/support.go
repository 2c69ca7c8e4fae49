package main

// The judge's support for a judged Go solution (CloneCode): LeetCode's ListNode and TreeNode, the
// decoding of test arguments and the encoding of answers (with the Node types of questions that
// declare one in main.go), the builders of linked-list tests, and the loop that runs every test and
// reports it on descriptor 3. main.go, generated from the question's signature, calls ccRun.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"time"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

var ccListType = reflect.TypeOf((*ListNode)(nil))
var ccTreeType = reflect.TypeOf((*TreeNode)(nil))
var ccRawType = reflect.TypeOf(ccRaw(""))

// ccRaw is an answer already encoded as JSON (a design question's list of values).
type ccRaw string

// ccFailure is a failure the driver finds in the solution's answer: its message as it is.
type ccFailure string

// The test being run: the nodes the driver built for its input (kept alive, so that no answer
// node can take their address), the nodes of a builder's first list in order, and the first
// reason the answer is wrong.
var (
	ccInputs map[any]bool
	ccBuilt  []*ListNode
	ccWrong  string
)

func ccNote(message string) {
	if ccWrong == "" {
		ccWrong = message
	}
}

// ccDecode fills target (a pointer) from a JSON test argument.
func ccDecode(raw json.RawMessage, target any) {
	// The common scalars without a decoder: a design test makes one call per argument.
	switch t := target.(type) {
	case *int:
		if n, err := strconv.Atoi(string(raw)); err == nil {
			*t = n
			return
		}
	case *bool:
		if b, err := strconv.ParseBool(string(raw)); err == nil {
			*t = b
			return
		}
	}
	ccSet(reflect.ValueOf(target).Elem(), ccParse(raw))
}

func ccParse(raw json.RawMessage) any {
	var value any
	decoder := json.NewDecoder(bytes.NewReader(raw))
	decoder.UseNumber()
	if err := decoder.Decode(&value); err != nil {
		panic(err)
	}
	return value
}

func ccInt(x any) int {
	n, _ := x.(json.Number).Int64()
	return int(n)
}

func ccSet(v reflect.Value, value any) {
	switch {
	case v.Type() == ccListType:
		head := &ListNode{}
		tail := head
		for _, x := range value.([]any) {
			n, _ := x.(json.Number).Int64()
			tail.Next = &ListNode{Val: int(n)}
			tail = tail.Next
		}
		v.Set(reflect.ValueOf(head.Next))
		return
	case v.Type() == ccTreeType:
		v.Set(reflect.ValueOf(ccTree(value.([]any))))
		return
	}
	switch ccNodeKind(v.Type()) {
	case "next":
		v.Set(ccNextTree(v.Type(), value.([]any)))
		return
	case "random":
		v.Set(ccRandomList(v.Type(), value.([]any)))
		return
	case "graph":
		v.Set(ccGraph(v.Type(), value.([]any)))
		return
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32:
		n, _ := value.(json.Number).Int64()
		v.SetInt(n)
	case reflect.Uint32:
		n, _ := strconv.ParseUint(string(value.(json.Number)), 10, 32)
		v.SetUint(n)
	case reflect.Uint8:
		v.SetUint(uint64(value.(string)[0]))
	case reflect.Float64:
		f, _ := value.(json.Number).Float64()
		v.SetFloat(f)
	case reflect.Bool:
		v.SetBool(value.(bool))
	case reflect.String:
		v.SetString(value.(string))
	case reflect.Slice:
		items := value.([]any)
		s := reflect.MakeSlice(v.Type(), len(items), len(items))
		for i, x := range items {
			ccSet(s.Index(i), x)
		}
		v.Set(s)
	}
}

func ccTree(values []any) *TreeNode {
	if len(values) == 0 || values[0] == nil {
		return nil
	}
	number := func(x any) int { n, _ := x.(json.Number).Int64(); return int(n) }
	root := &TreeNode{Val: number(values[0])}
	queue := []*TreeNode{root}
	for i := 1; len(queue) > 0 && i < len(values); i += 2 {
		node := queue[0]
		queue = queue[1:]
		if values[i] != nil {
			node.Left = &TreeNode{Val: number(values[i])}
			queue = append(queue, node.Left)
		}
		if i+1 < len(values) && values[i+1] != nil {
			node.Right = &TreeNode{Val: number(values[i+1])}
			queue = append(queue, node.Right)
		}
	}
	return root
}

// ccNodeKind tells LeetCode's Node types apart (main.go declares the question's one): "next" for
// Val, Left, Right, Next; "random" for Val, Next, Random; "graph" for Val, Neighbors.
func ccNodeKind(t reflect.Type) string {
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct || t.Elem().Name() != "Node" {
		return ""
	}
	node := t.Elem()
	if _, ok := node.FieldByName("Random"); ok {
		return "random"
	}
	if _, ok := node.FieldByName("Neighbors"); ok {
		return "graph"
	}
	if _, ok := node.FieldByName("Left"); ok {
		return "next"
	}
	return ""
}

func ccNewNode(t reflect.Type, val int) reflect.Value {
	node := reflect.New(t.Elem())
	node.Elem().FieldByName("Val").SetInt(int64(val))
	return node
}

func ccField(node reflect.Value, name string) reflect.Value { return node.Elem().FieldByName(name) }

// ccNextTree: a level-order tree of Nodes with next pointers (all nil).
func ccNextTree(t reflect.Type, values []any) reflect.Value {
	if len(values) == 0 || values[0] == nil {
		return reflect.Zero(t)
	}
	root := ccNewNode(t, ccInt(values[0]))
	queue := []reflect.Value{root}
	for i := 1; len(queue) > 0 && i < len(values); i += 2 {
		node := queue[0]
		queue = queue[1:]
		if values[i] != nil {
			child := ccNewNode(t, ccInt(values[i]))
			ccField(node, "Left").Set(child)
			queue = append(queue, child)
		}
		if i+1 < len(values) && values[i+1] != nil {
			child := ccNewNode(t, ccInt(values[i+1]))
			ccField(node, "Right").Set(child)
			queue = append(queue, child)
		}
	}
	return root
}

// ccRandomList: [[val, index of random or null], ...] as Nodes linked by next.
func ccRandomList(t reflect.Type, pairs []any) reflect.Value {
	nodes := make([]reflect.Value, len(pairs))
	for i, pair := range pairs {
		nodes[i] = ccNewNode(t, ccInt(pair.([]any)[0]))
		ccInputs[nodes[i].Interface()] = true
	}
	for i, pair := range pairs {
		if i+1 < len(nodes) {
			ccField(nodes[i], "Next").Set(nodes[i+1])
		}
		if target := pair.([]any)[1]; target != nil {
			ccField(nodes[i], "Random").Set(nodes[ccInt(target)])
		}
	}
	if len(nodes) == 0 {
		return reflect.Zero(t)
	}
	return nodes[0]
}

// ccGraph: an adjacency list (node i+1's neighbours' values) as Nodes; node 1, or nil.
func ccGraph(t reflect.Type, adjacency []any) reflect.Value {
	nodes := make([]reflect.Value, len(adjacency))
	for i := range adjacency {
		nodes[i] = ccNewNode(t, i+1)
		ccInputs[nodes[i].Interface()] = true
	}
	for i, list := range adjacency {
		neighbors := ccField(nodes[i], "Neighbors")
		items := list.([]any)
		s := reflect.MakeSlice(neighbors.Type(), len(items), len(items))
		for j, x := range items {
			s.Index(j).Set(nodes[ccInt(x)-1])
		}
		neighbors.Set(s)
	}
	if len(nodes) == 0 {
		return reflect.Zero(t)
	}
	return nodes[0]
}

// ccCycle builds a cycle test's list: input [values, pos], the tail linked to node pos (-1: none).
func ccCycle(args []json.RawMessage) *ListNode {
	var values []int
	var pos int
	ccDecode(args[0], &values)
	ccDecode(args[1], &pos)
	ccBuilt = ccNodes(values)
	if len(ccBuilt) > 0 && pos >= 0 {
		ccBuilt[len(ccBuilt)-1].Next = ccBuilt[pos]
	}
	if len(ccBuilt) == 0 {
		return nil
	}
	return ccBuilt[0]
}

// ccIntersection builds an intersection test's lists: input [intersectVal, listA, listB, skipA,
// skipB]; they share their nodes from listA[skipA] / listB[skipB] on, none when intersectVal is 0.
func ccIntersection(args []json.RawMessage) (*ListNode, *ListNode) {
	var intersect, skipA, skipB int
	var listA, listB []int
	ccDecode(args[0], &intersect)
	ccDecode(args[1], &listA)
	ccDecode(args[2], &listB)
	ccDecode(args[3], &skipA)
	ccDecode(args[4], &skipB)
	ccBuilt = ccNodes(listA)
	shared := intersect != 0
	if shared {
		listB = listB[:skipB]
	}
	nodesB := ccNodes(listB)
	if shared {
		if len(nodesB) > 0 {
			nodesB[len(nodesB)-1].Next = ccBuilt[skipA]
		} else {
			nodesB = []*ListNode{ccBuilt[skipA]}
		}
	}
	var headA, headB *ListNode
	if len(ccBuilt) > 0 {
		headA = ccBuilt[0]
	}
	if len(nodesB) > 0 {
		headB = nodesB[0]
	}
	return headA, headB
}

func ccNodes(values []int) []*ListNode {
	nodes := make([]*ListNode, len(values))
	for i, v := range values {
		nodes[i] = &ListNode{Val: v}
		if i > 0 {
			nodes[i-1].Next = nodes[i]
		}
	}
	return nodes
}

// ccPosition judges a builder's ListNode answer by identity: its position in the (first) list,
// null for nil, -1 for a node that is not one of the list's.
func ccPosition(node *ListNode) any {
	if node == nil {
		return nil
	}
	for i, n := range ccBuilt {
		if n == node {
			return i
		}
	}
	return -1
}

// ccPrefix is the judged answer of a function that returns a length k: the array's first k elements.
func ccPrefix(array any, k int, name string) any {
	v := reflect.ValueOf(array)
	if k < 0 {
		panic(ccFailure(fmt.Sprintf("returned k = %d, which is negative", k)))
	}
	if k > v.Len() {
		panic(ccFailure(fmt.Sprintf("returned k = %d, but %s has %d elements", k, name, v.Len())))
	}
	return v.Slice(0, k).Interface()
}

// ccCalls reads a design test's input: the calls' names and each call's arguments.
func ccCalls(input []json.RawMessage) ([]string, [][]json.RawMessage) {
	bad := ccFailure("a design test's input is [[names of the calls], [arguments of each call]]")
	if len(input) != 2 {
		panic(bad)
	}
	items, ok := ccSplit(input[0])
	lists, ok2 := ccSplit(input[1])
	if !ok || !ok2 || len(items) == 0 || len(items) != len(lists) {
		panic(bad)
	}
	names := make([]string, len(items))
	calls := make([][]json.RawMessage, len(lists))
	for i := range items {
		if item := items[i]; len(item) >= 2 && item[0] == '"' && item[len(item)-1] == '"' && bytes.IndexByte(item, '\\') < 0 {
			names[i] = string(item[1 : len(item)-1])
		} else if json.Unmarshal(item, &names[i]) != nil {
			panic(bad)
		}
		if calls[i], ok = ccSplit(lists[i]); !ok {
			panic(bad)
		}
	}
	return names, calls
}

// ccSplit: the elements of a JSON array, as they are written (a design test has many, and
// encoding/json takes long over them).
func ccSplit(raw []byte) ([]json.RawMessage, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) < 2 || raw[0] != '[' || raw[len(raw)-1] != ']' {
		return nil, false
	}
	var items []json.RawMessage
	depth, start, quoted := 0, 1, false
	for i := 1; i < len(raw)-1; i++ {
		c := raw[i]
		switch {
		case quoted:
			if c == '\\' {
				i++
			} else if c == '"' {
				quoted = false
			}
		case c == '"':
			quoted = true
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			depth--
		case c == ',' && depth == 0:
			items = append(items, bytes.TrimSpace(raw[start:i]))
			start = i + 1
		}
	}
	if last := bytes.TrimSpace(raw[start : len(raw)-1]); len(last) > 0 || len(items) > 0 {
		items = append(items, last)
	}
	return items, true
}

// ccDesign makes a design test's calls after the constructor's, each through call, and answers
// the list of their values (null for the constructor).
func ccDesign(names []string, calls [][]json.RawMessage, call func(name string, args []json.RawMessage) string) ccRaw {
	out := []string{"null"}
	for i := 1; i < len(names); i++ {
		out = append(out, call(names[i], calls[i]))
	}
	return ccRaw("[" + strings.Join(out, ",") + "]")
}

func ccNoMethod(class, name string) ccFailure {
	return ccFailure(fmt.Sprintf("%s has no method %s (a test calls it)", class, name))
}

// ccJSON encodes one value (a design method's return value).
func ccJSON(value any) string {
	switch v := value.(type) {
	case int:
		return strconv.Itoa(v)
	case bool:
		return strconv.FormatBool(v)
	}
	var b strings.Builder
	if answer := reflect.ValueOf(&value).Elem().Elem(); answer.IsValid() {
		ccEncode(&b, answer)
	} else {
		b.WriteString("null")
	}
	return b.String()
}

// ccEncode writes an answer as compact JSON, the form the judge compares.
func ccEncode(b *strings.Builder, v reflect.Value) {
	switch {
	case v.Type() == ccListType:
		b.WriteByte('[')
		n := 0
		for node := v.Interface().(*ListNode); node != nil; node = node.Next {
			if n > 0 {
				b.WriteByte(',')
			}
			if n++; n > 1000000 {
				panic("the returned list has a cycle")
			}
			b.WriteString(strconv.Itoa(node.Val))
		}
		b.WriteByte(']')
		return
	case v.Type() == ccTreeType:
		var out []string
		queue := []*TreeNode{v.Interface().(*TreeNode)}
		for len(queue) > 0 {
			node := queue[0]
			queue = queue[1:]
			if node == nil {
				out = append(out, "null")
				continue
			}
			out = append(out, strconv.Itoa(node.Val))
			queue = append(queue, node.Left, node.Right)
		}
		for len(out) > 0 && out[len(out)-1] == "null" {
			out = out[:len(out)-1]
		}
		b.WriteString("[" + strings.Join(out, ",") + "]")
		return
	case v.Type() == ccRawType:
		b.WriteString(v.String())
		return
	}
	switch ccNodeKind(v.Type()) {
	case "next":
		ccNextLevels(b, v)
		return
	case "random":
		ccRandomOut(b, v)
		return
	case "graph":
		ccGraphOut(b, v)
		return
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint32:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Uint8:
		b.WriteString(ccQuote(string([]byte{byte(v.Uint())})))
	case reflect.Float64:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.String:
		b.WriteString(ccQuote(v.String()))
	case reflect.Slice:
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			ccEncode(b, v.Index(i))
		}
		b.WriteByte(']')
	case reflect.Interface, reflect.Invalid:
		b.WriteString("null")
	default:
		panic(fmt.Sprintf("returned a %s, which is not test data", v.Type()))
	}
}

const ccLimit = 1000000 // nodes an answer may have: past it, its pointers surely form a cycle

// ccNextLevels: the levels of a tree read through its next pointers, "#" after each one.
func ccNextLevels(b *strings.Builder, root reflect.Value) {
	var out []string
	count := 0
	for first := root; first.IsValid() && !first.IsNil(); {
		var following reflect.Value
		for node := first; !node.IsNil(); node = ccField(node, "Next") {
			out = append(out, strconv.FormatInt(ccField(node, "Val").Int(), 10))
			if count++; count > ccLimit {
				panic(ccFailure("the next pointers form a cycle or the tree is too large"))
			}
			if !following.IsValid() {
				if left := ccField(node, "Left"); !left.IsNil() {
					following = left
				} else if right := ccField(node, "Right"); !right.IsNil() {
					following = right
				}
			}
		}
		out = append(out, `"#"`)
		first = following
	}
	b.WriteString("[" + strings.Join(out, ",") + "]")
}

// ccRandomOut: [[val, index of random or null], ...] in next order; notes an answer that holds a
// node of the input (not a deep copy).
func ccRandomOut(b *strings.Builder, head reflect.Value) {
	var nodes []reflect.Value
	index := map[uintptr]int{}
	for node := head; !node.IsNil(); node = ccField(node, "Next") {
		if j, ok := index[node.Pointer()]; ok {
			panic(ccFailure(fmt.Sprintf("the list's next pointers form a cycle (node %d is node %d again)", len(nodes), j)))
		}
		index[node.Pointer()] = len(nodes)
		if nodes = append(nodes, node); len(nodes) > ccLimit {
			panic(ccFailure("the list is too long"))
		}
	}
	b.WriteByte('[')
	for i, node := range nodes {
		if i > 0 {
			b.WriteByte(',')
		}
		val := ccField(node, "Val").Int()
		position := "null"
		if target := ccField(node, "Random"); !target.IsNil() {
			j, ok := index[target.Pointer()]
			if !ok {
				j = -1
			}
			position = strconv.Itoa(j)
		}
		if ccInputs[node.Interface()] {
			ccNote(fmt.Sprintf("the answer's node %d (val %d) is a node of the input: not a copy", i, val))
		} else if position == "-1" {
			ccNote(fmt.Sprintf("the answer's node %d (val %d) has a random pointer to a node outside the list", i, val))
		}
		fmt.Fprintf(b, "[%d,%s]", val, position)
	}
	b.WriteByte(']')
}

// ccGraphOut: the graph reachable from start, each node's neighbours' values, the nodes ordered by
// value; notes an answer that holds a node of the input (not a deep copy).
func ccGraphOut(b *strings.Builder, start reflect.Value) {
	if start.IsNil() {
		b.WriteString("[]")
		return
	}
	seen := map[uintptr]bool{start.Pointer(): true}
	order := []reflect.Value{start}
	for k := 0; k < len(order); k++ {
		neighbors := ccField(order[k], "Neighbors")
		for j := 0; j < neighbors.Len(); j++ {
			next := neighbors.Index(j)
			if next.IsNil() {
				panic(ccFailure(fmt.Sprintf("the node with val %d has a nil neighbor", ccField(order[k], "Val").Int())))
			}
			if !seen[next.Pointer()] {
				seen[next.Pointer()] = true
				if order = append(order, next); len(order) > ccLimit {
					panic(ccFailure("the graph is too large"))
				}
			}
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return ccField(order[i], "Val").Int() < ccField(order[j], "Val").Int() })
	for _, node := range order {
		if ccInputs[node.Interface()] {
			ccNote(fmt.Sprintf("the answer's node with val %d is a node of the input: not a copy", ccField(node, "Val").Int()))
			break
		}
	}
	b.WriteByte('[')
	for i, node := range order {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('[')
		neighbors := ccField(node, "Neighbors")
		for j := 0; j < neighbors.Len(); j++ {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.FormatInt(ccField(neighbors.Index(j), "Val").Int(), 10))
		}
		b.WriteByte(']')
	}
	b.WriteByte(']')
}

func ccQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r < 0x20:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

type ccRecord struct {
	I           int      `json:"i"`
	Ms          *float64 `json:"ms,omitempty"`
	Out         *string  `json:"out,omitempty"`
	Wrong       string   `json:"wrong,omitempty"`
	Error       string   `json:"error,omitempty"`
	Stdout      string   `json:"stdout"`
	OutputLimit bool     `json:"output_limit,omitempty"`
}

// ccRun calls test for every input of tests.json and reports each on descriptor 3.
func ccRun(test func(args []json.RawMessage) any) {
	debug.SetMaxStack(256 << 20)
	report := os.NewFile(3, "report")
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var spec struct {
		Inputs [][]json.RawMessage `json:"inputs"`
	}
	if err := json.Unmarshal(data, &spec); err != nil {
		panic(err)
	}
	realStdout := os.Stdout
	capture, _ := os.Create(".stdout")
	var total int64
	send := func(r ccRecord) {
		line, _ := json.Marshal(r)
		report.Write(append(line, '\n'))
	}
	report.Write([]byte("\n")) // ready: the tests begin, and the runner's clock for them starts
	for i, args := range spec.Inputs {
		capture.Truncate(0)
		capture.Seek(0, io.SeekStart)
		os.Stdout = capture
		ccInputs, ccBuilt, ccWrong = map[any]bool{}, nil, ""
		var out string
		var elapsed time.Duration
		failure := func() (message string) {
			defer func() {
				if p := recover(); p != nil {
					message = fmt.Sprintf("panic: %v", p)
					if e, ok := p.(runtime.Error); ok {
						message = "panic: " + e.Error()
					}
					if f, ok := p.(ccFailure); ok {
						message = string(f)
					}
					pcs := make([]uintptr, 64)
					frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
					for {
						frame, more := frames.Next()
						if strings.HasSuffix(frame.File, "solution.go") {
							message += fmt.Sprintf("\n%s()\n    solution.go, line %d", strings.TrimPrefix(frame.Function, "main."), frame.Line)
						}
						if !more {
							break
						}
					}
				}
			}()
			started := time.Now()
			value := test(args)
			elapsed = time.Since(started)
			var b strings.Builder
			if answer := reflect.ValueOf(&value).Elem().Elem(); answer.IsValid() {
				ccEncode(&b, answer)
			} else {
				b.WriteString("null")
			}
			out = b.String()
			return ""
		}()
		os.Stdout = realStdout
		size, _ := capture.Seek(0, io.SeekEnd)
		total += size
		if total > 8<<20 {
			send(ccRecord{I: i, OutputLimit: true})
			return
		}
		// Not the builtin min: solutions written before Go 1.21 often declare their own.
		keep := size
		if keep > 65536 {
			keep = 65536
		}
		kept := make([]byte, keep)
		capture.ReadAt(kept, 0)
		if failure != "" {
			send(ccRecord{I: i, Error: failure, Stdout: string(kept)})
			return
		}
		ms := float64(elapsed.Microseconds()) / 1000
		send(ccRecord{I: i, Ms: &ms, Out: &out, Wrong: ccWrong, Stdout: string(kept)})
	}
}
