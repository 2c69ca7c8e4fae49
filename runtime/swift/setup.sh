# The judge's module (CcJudge: ListNode, TreeNode, JSON, the test loop), compiled once, and LeetCode's three
# `Node` classes, each a module of its own that a question's driver imports (linked automatically).
export HOME=/tmp
cd /opt/clonecode/swift && /opt/swift/usr/bin/swiftc -O -parse-as-library -module-name CcJudge -emit-module \
  -emit-module-path CcJudge.swiftmodule -emit-library -static -o libCcJudge.a CcJudge.swift && rm -f CcJudge.swift
for node in CcNodeNext CcNodeRandom CcNodeGraph; do
  /opt/swift/usr/bin/swiftc -O -parse-as-library -module-name $node -module-link-name $node -I . -emit-module \
    -emit-module-path $node.swiftmodule -emit-library -static -o lib$node.a $node.swift
  rm -f $node.swift
done
# The compiler's module cache (the C modules beneath Foundation and Glibc) built once, where every
# compile reads it (-module-cache-path in language.json; read-only to jobs): in a job's own box it
# would be built again by each compile, about a second every time.
echo 'print(1)' > /tmp/warm.swift
swiftc="/opt/swift/usr/bin/swiftc -O -wmo -use-ld=lld -module-cache-path /opt/clonecode/swift/module-cache -suppress-warnings"
$swiftc -I . -L . -lCcJudge -Xfrontend -import-module -Xfrontend CcJudge -Xfrontend -import-module -Xfrontend Foundation -o /tmp/warm /tmp/warm.swift
$swiftc -Xfrontend -import-module -Xfrontend Foundation -o /tmp/warm /tmp/warm.swift
find /tmp -mindepth 1 -delete   # the compiler's own module cache of the builds above
