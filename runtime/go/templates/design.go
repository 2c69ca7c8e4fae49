package main

import "encoding/json"

func main() {
	ccRun(func(input []json.RawMessage) any {
		names, calls := ccCalls(input)
		args := calls[0]
		_ = args
{{constructor_decodes}}
		obj := Constructor({{constructor_arguments}})
		return ccDesign(names, calls, func(name string, args []json.RawMessage) string {
			switch name {
{{methods}}
			}
			panic(ccNoMethod("{{class}}", name))
		})
	})
}
