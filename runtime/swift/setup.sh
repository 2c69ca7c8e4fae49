# The judge's module (CcJudge: ListNode, TreeNode, JSON, the test loop), compiled once.
export HOME=/tmp
cd /opt/clonecode/swift && /opt/swift/usr/bin/swiftc -O -parse-as-library -module-name CcJudge -emit-module \
  -emit-module-path CcJudge.swiftmodule -emit-library -static -o libCcJudge.a CcJudge.swift && rm -f CcJudge.swift
find /tmp -mindepth 1 -delete   # the compiler's module cache
