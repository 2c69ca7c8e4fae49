import SandboxProtocol
import Testing

/// The accounting of the files a runner keeps, which worker and runner must agree on.
@Suite struct KeepLedgerTests {
    @Test func forgetsTheLeastRecentlyUsedFirst() {
        var ledger = KeepLedger(capacityBytes: 100)
        #expect(ledger.add("a", size: 40).isEmpty)
        #expect(ledger.add("b", size: 40).isEmpty)
        ledger.touch("a")
        #expect(ledger.add("c", size: 40) == ["b"])
        #expect(ledger.contains("a") && ledger.contains("c") && !ledger.contains("b"))
    }

    @Test func keepsNothingLargerThanItsCapacity() {
        var ledger = KeepLedger(capacityBytes: 100)
        #expect(ledger.add("a", size: 60).isEmpty)
        #expect(ledger.add("huge", size: 101) == ["huge"])
        #expect(!ledger.contains("huge") && ledger.contains("a"))
    }

    @Test func replacingAKeyCountsItsSizeOnce() {
        var ledger = KeepLedger(capacityBytes: 100)
        #expect(ledger.add("a", size: 60).isEmpty)
        #expect(ledger.add("a", size: 70).isEmpty)
        #expect(ledger.add("b", size: 30).isEmpty)
        ledger.remove("a")
        #expect(!ledger.contains("a") && ledger.contains("b"))
    }
}
