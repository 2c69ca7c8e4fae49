package main

import "encoding/json"

{{nodes}}func main() {
	ccRun(func(args []json.RawMessage) any {
{{decodes}}
{{body}}
	})
}
