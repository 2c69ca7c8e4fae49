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
find /tmp -mindepth 1 -delete   # the compiler's module cache
