# The judge's module (CcJudge: ListNode, TreeNode, JSON, the test loop), compiled once, and LeetCode's three
# `Node` classes, each a module of its own that a question's driver imports (linked automatically).
# Debian's swiftlang is the whole toolchain (/usr/libexec/swift).
export HOME=/tmp
swiftc=/usr/libexec/swift/bin/swiftc
cd /opt/clonecode/swift && $swiftc -O -parse-as-library -module-name CcJudge -emit-module \
  -emit-module-path CcJudge.swiftmodule -emit-library -static -o libCcJudge.a CcJudge.swift && rm -f CcJudge.swift
for node in CcNodeNext CcNodeRandom CcNodeGraph; do
  $swiftc -O -parse-as-library -module-name $node -module-link-name $node -I . -emit-module \
    -emit-module-path $node.swiftmodule -emit-library -static -o lib$node.a $node.swift
  rm -f $node.swift
done
# The compiler's module cache (the C modules beneath Foundation and Glibc) built once, where every
# compile reads it (-module-cache-path in language.json; read-only to jobs): in a job's own box it
# would be built again by each compile, about a second every time. The flags are the compile's own.
echo 'print(1)' > /tmp/warm.swift
cc="$swiftc -O -wmo -use-ld=lld -module-cache-path /opt/clonecode/swift/module-cache -suppress-warnings"
$cc -I . -L . -lCcJudge -Xfrontend -import-module -Xfrontend CcJudge -Xfrontend -import-module -Xfrontend Foundation -o /tmp/warm /tmp/warm.swift
$cc -Xfrontend -import-module -Xfrontend Foundation -o /tmp/warm /tmp/warm.swift
find /tmp -mindepth 1 -delete   # the compiler's own module cache of the builds above
# What compiling and linking a program does not use (about 1.2 GB of the package's 2.2 GB): the
# debugger, the IDE and package tools, embedded-Swift and static-linking libraries, LTO.
cd /usr/libexec/swift && rm -rf lib/swift/embedded lib/swift_static lib/liblldb.so* lib/libsourcekitdInProc.so lib/libLTO.so* \
  bin/lldb bin/lldb-server bin/lldb-dap bin/lldb-argdumper bin/repl_swift bin/clangd bin/sourcekit-lsp bin/swift-package \
  bin/docc share/docc bin/swift-format
