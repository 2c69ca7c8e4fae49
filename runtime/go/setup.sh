# The standard library compiled once (its export data listed in an importcfg) and the helper that
# compiles a submission against it.
export HOME=/root GOCACHE=/opt/clonecode/go/cache GOTOOLCHAIN=local GOFLAGS=-trimpath
cd /opt/clonecode/go && go=/usr/lib/go-1.24/bin/go &&
  $go list -export -f "{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}" std > importcfg &&
  GO111MODULE=off $go build -o build build.go && rm -f build.go
